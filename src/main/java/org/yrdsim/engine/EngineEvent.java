package org.yrdsim.engine;

/**
 * The engine's own simulation events. CloudSim Plus runs events of the same instant in the order
 * of their tags, and the tags follow the order of this enum, so the order here is the engine's
 * order within an instant: a sample reads the cluster before anything else happens at its
 * instant; VMs whose lives end leave before new requests arrive, so capacity freed at an instant
 * can be used at that instant (and waiting requests get it before new arrivals), as can hosts that
 * come into service at it; a wait that runs out at the instant room frees ends after the waiting
 * request has had its chance; power and failure events come after the requests of their instant.
 */
enum EngineEvent {
    SAMPLE,
    DEPARTURES_DUE,
    HOSTS_COMMISSIONED,
    ARRIVAL,
    WAIT_ENDS,
    IDLE_CHECK,
    BOOT_DONE,
    HOST_FAILS,
    HOST_REPAIRED,
    OUTAGE_STARTS,
    OUTAGE_ENDS;

    /** Above every tag CloudSim Plus uses for its own housekeeping events. */
    private static final int FIRST_TAG = 900_000;
    private static final EngineEvent[] BY_ORDINAL = values();

    int tag() {
        return FIRST_TAG + ordinal();
    }

    static boolean isEngineTag(int tag) {
        return tag >= FIRST_TAG && tag < FIRST_TAG + BY_ORDINAL.length;
    }

    /** The event of an engine tag ({@link #isEngineTag}). */
    static EngineEvent ofTag(int tag) {
        return BY_ORDINAL[tag - FIRST_TAG];
    }
}
