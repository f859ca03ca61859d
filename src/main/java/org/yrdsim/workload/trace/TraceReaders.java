package org.yrdsim.workload.trace;

import org.yrdsim.scenario.trace.TraceFormat;
import org.yrdsim.scenario.trace.TraceMapping;
import org.yrdsim.scenario.trace.TraceOptions;

import java.nio.file.Path;
import java.util.Map;

/**
 * Opens trace files by format. Request readers read and sort the whole file while opening (see
 * {@link TraceRequestReader}), so format errors and missing files surface here as
 * {@link TraceException}s whose message is fit to print as it is.
 */
public final class TraceReaders {
    private TraceReaders() {
    }

    /** VM requests from a request format (see {@link TraceFormat.Yields#REQUESTS}). */
    public static TraceRequestSource open(TraceFormat format, Path file, TraceOptions options) {
        TraceMapping mapping = options.mapping();
        TaskParser parser = switch (format) {
            case ALIBABA_2017_BATCH_TASK -> new Alibaba2017BatchTaskParser(mapping);
            case ALIBABA_2018_BATCH_TASK -> new Alibaba2018BatchTaskParser(mapping);
            case ALIBABA_2018_BATCH_INSTANCE -> new Alibaba2018BatchInstanceParser(mapping);
            case ALIBABA_2018_CONTAINER_META -> new Alibaba2018ContainerMetaParser(mapping);
            case GOOGLE_2011_TASK_EVENTS -> new GoogleTaskEventsParser(mapping, Map.of());
            case SWF -> new SwfParser(mapping);
            case AZURE_VMTABLE_V1, AZURE_VMTABLE_V2 -> new AzureVmTableParser();
            default -> throw wrongKind(format, TraceFormat.Yields.REQUESTS);
        };
        return TraceRequestReader.read(file, parser, options);
    }

    /** Google task_events with the users of job_events for task rows that lack one. */
    public static TraceRequestSource openGoogle(Path taskEvents, Path jobEvents, TraceOptions options) {
        var parser = new GoogleTaskEventsParser(options.mapping(), GoogleJobUsers.read(jobEvents));
        return TraceRequestReader.read(taskEvents, parser, options);
    }

    /**
     * The machines of a machine-list format.
     *
     * @param referenceMemoryMib MiB of a machine whose normalised memory is 1.0 (Alibaba 2017) or 100 (2018)
     */
    public static MachineReader openMachines(TraceFormat format, Path file, long referenceMemoryMib) {
        if (referenceMemoryMib <= 0) {
            throw new IllegalArgumentException("reference memory must be positive: " + referenceMemoryMib);
        }
        MachineParser parser = switch (format) {
            case ALIBABA_2017_SERVER_EVENT -> new Alibaba2017ServerEventParser(referenceMemoryMib);
            case ALIBABA_2018_MACHINE_META -> new Alibaba2018MachineMetaParser(referenceMemoryMib);
            default -> throw wrongKind(format, TraceFormat.Yields.MACHINES);
        };
        return new MachineReader(file, parser);
    }

    /**
     * Usage series of a usage format: PlanetLab (a directory), Bitbrains (a file or directory),
     * Alibaba 2018 machine_usage (a file, at {@link AlibabaMachineUsage#DEFAULT_STEP_SECONDS}).
     */
    public static UsageLibrary readUsage(TraceFormat format, Path path) {
        UsageLibrary library = switch (format) {
            case PLANETLAB -> PlanetLabUsage.read(path);
            case BITBRAINS -> BitbrainsUsage.read(path);
            case ALIBABA_2018_MACHINE_USAGE -> AlibabaMachineUsage.read(path, AlibabaMachineUsage.DEFAULT_STEP_SECONDS);
            default -> throw wrongKind(format, TraceFormat.Yields.USAGE);
        };
        if (library.size() == 0) {
            throw new TraceException("%s: no usable CPU series in it (%s)".formatted(path, library.report()));
        }
        return library;
    }

    private static IllegalArgumentException wrongKind(TraceFormat format, TraceFormat.Yields wanted) {
        return new IllegalArgumentException("trace format %s yields %s, not %s".formatted(
            format.scenarioName(), format.yields().name().toLowerCase(), wanted.name().toLowerCase()));
    }
}
