package org.yrdsim.scenario.trace;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The trace formats yrdsim reads, by what they yield, each with the name scenario files use. */
public enum TraceFormat {
    ALIBABA_2017_BATCH_TASK("alibaba-2017-batch-task", Yields.REQUESTS),
    ALIBABA_2018_BATCH_TASK("alibaba-2018-batch-task", Yields.REQUESTS),
    ALIBABA_2018_BATCH_INSTANCE("alibaba-2018-batch-instance", Yields.REQUESTS),
    ALIBABA_2018_CONTAINER_META("alibaba-2018-container-meta", Yields.REQUESTS),
    GOOGLE_2011_TASK_EVENTS("google-2011-task-events", Yields.REQUESTS),
    SWF("swf", Yields.REQUESTS),
    AZURE_VMTABLE_V1("azure-2017-vmtable", Yields.REQUESTS),
    AZURE_VMTABLE_V2("azure-2019-vmtable", Yields.REQUESTS),
    ALIBABA_2017_SERVER_EVENT("alibaba-2017-server-event", Yields.MACHINES),
    ALIBABA_2018_MACHINE_META("alibaba-2018-machine-meta", Yields.MACHINES),
    ALIBABA_2018_MACHINE_USAGE("alibaba-2018-machine-usage", Yields.USAGE),
    PLANETLAB("planetlab", Yields.USAGE),
    BITBRAINS("bitbrains", Yields.USAGE);

    /** What a format's reader produces. */
    public enum Yields { REQUESTS, MACHINES, USAGE }

    private final String scenarioName;
    private final Yields yields;

    TraceFormat(String scenarioName, Yields yields) {
        this.scenarioName = scenarioName;
        this.yields = yields;
    }

    public String scenarioName() {
        return scenarioName;
    }

    public Yields yields() {
        return yields;
    }

    /** The format with this scenario name, e.g. {@code swf} or {@code google-2011-task-events}. */
    public static TraceFormat byName(String name) {
        return Arrays.stream(values())
            .filter(f -> f.scenarioName.equals(name.strip()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown trace format '%s'; known: %s".formatted(name,
                Arrays.stream(values()).map(TraceFormat::scenarioName).collect(Collectors.joining(", ")))));
    }
}
