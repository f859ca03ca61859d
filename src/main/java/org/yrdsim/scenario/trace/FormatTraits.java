package org.yrdsim.scenario.trace;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which parts of a {@link TraceMapping} a request format uses, so a scenario or a command asks for
 * a reference machine, a memory per core or a parallelism only where the format needs one.
 */
public final class FormatTraits {
    private static final Set<TraceFormat> CORES_AS_SHARES = EnumSet.of(TraceFormat.GOOGLE_2011_TASK_EVENTS);
    private static final Set<TraceFormat> MEMORY_AS_SHARES = EnumSet.of(TraceFormat.GOOGLE_2011_TASK_EVENTS,
        TraceFormat.ALIBABA_2017_BATCH_TASK, TraceFormat.ALIBABA_2018_BATCH_TASK,
        TraceFormat.ALIBABA_2018_BATCH_INSTANCE, TraceFormat.ALIBABA_2018_CONTAINER_META);
    private static final Set<TraceFormat> MAY_LACK_MEMORY = EnumSet.of(TraceFormat.SWF);
    private static final Set<TraceFormat> BATCH_TASKS = EnumSet.of(TraceFormat.ALIBABA_2017_BATCH_TASK,
        TraceFormat.ALIBABA_2018_BATCH_TASK);

    /** Formats whose files hold no trace of work begun before the file's own start (a job log opens empty). */
    private static final Set<TraceFormat> BLIND_BEFORE_START = EnumSet.of(TraceFormat.SWF);

    private FormatTraits() {
    }

    /** CPU requests are shares of a reference machine's cores ({@link TraceMapping#referenceCores()}). */
    public static boolean coresAreShares(TraceFormat format) {
        return CORES_AS_SHARES.contains(format);
    }

    /** Memory requests are shares of a reference machine's memory ({@link TraceMapping#referenceMemoryMib()}). */
    public static boolean memoryIsShare(TraceFormat format) {
        return MEMORY_AS_SHARES.contains(format);
    }

    /** Some rows give no memory and get {@link TraceMapping#memoryPerCoreMib()} per core. */
    public static boolean mayLackMemory(TraceFormat format) {
        return MAY_LACK_MEMORY.contains(format);
    }

    /** Rows are tasks of many instances that a {@link Parallelism} spreads over the task's span. */
    public static boolean hasInstances(TraceFormat format) {
        return BATCH_TASKS.contains(format);
    }

    /**
     * The file can show work that was already running when it begins (Google's events at time 0 or
     * without a SUBMIT, Alibaba's tasks created before the trace start), so a replay from the file's
     * start can begin with it; an SWF log lists only jobs submitted while it was kept.
     */
    public static boolean recordsEarlierWork(TraceFormat format) {
        return !BLIND_BEFORE_START.contains(format);
    }
}
