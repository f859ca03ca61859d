package org.yrdsim.engine;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.cluster.HostTable;
import org.yrdsim.metrics.MetricsRecorder;
import org.yrdsim.placement.DatacenterScheduler;
import org.yrdsim.placement.HostFinder;
import org.yrdsim.scenario.QueueSpec;
import org.yrdsim.workload.VmRequest;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Requests of streams that wait for room rather than being rejected, in one {@link WaitingLine}
 * for the cluster. Whenever room frees (VMs leave, hosts come back) the first in line is tried,
 * then the next, as long as they start. Behind a first in line that cannot start, a request of an
 * {@code easy-backfill} stream may start if it cannot delay the {@link Reservation} promised to the
 * first; a request of a {@code fifo} stream waits its turn.
 *
 * <p>Retrying must not walk the whole line at every departure when nothing can start. A waiting
 * request that could not start can start later only on a host whose room has grown since (one in
 * {@link #grown}), or on the host of a promise that refused it and has changed (that host then
 * counts as grown). So a walk behind the first in line starts only when a grown host has room for
 * one of the sizes that bound the waiting requests from below ({@link #backfillerSizes}), and
 * stops as soon as none has; it goes the whole way only when hosts come back or a lending cap
 * loosens. Within a walk, a request as large as one that just found no room is passed over
 * without a search ({@link WalkMisses}).
 */
final class WaitingQueue {
    private final Map<String, QueueSpec> specs;
    private final WaitingLine line;
    private final Placer placer;
    private final MetricsRecorder metrics;
    private final DatacenterScheduler scheduler;
    private final Departures departures;
    private final Clock clock;
    /** The promise to the first in line; null when it must be worked out again. */
    private Reservation reservation;
    /** Some request was refused only because of the room held under the current promise. */
    private boolean heldBack;
    /** Hosts came back or a lending cap loosened: any waiting request may fit anywhere, so walk the whole line. */
    private boolean walkAll;
    /**
     * Waiting requests that may start ahead of others, and sizes of which each of theirs is at
     * least one: of those that may end before the promise, and of those that outlast it (these
     * cannot use the promised room).
     */
    private int backfillers;
    private final SizeStaircase backfillerSizes = new SizeStaircase();
    private final SizeStaircase outlastingSizes = new SizeStaircase();
    private final WalkMisses misses = new WalkMisses();
    /** Hosts whose room grew since the last retry. */
    private ClusterDatacenter[] grownDcs = new ClusterDatacenter[16];
    private int[] grownSlots = new int[16];
    private int grown;
    /** Made once: the host search that keeps the promised room for the first in line. */
    private final HostFinder keepingPromise = this::findKeepingPromise;

    WaitingQueue(Map<String, QueueSpec> specs, Placer placer, MetricsRecorder metrics, DatacenterScheduler scheduler,
                 Departures departures, Clock clock) {
        this.specs = Map.copyOf(specs);
        this.line = new WaitingLine(specs.values());
        this.placer = placer;
        this.metrics = metrics;
        this.scheduler = scheduler;
        this.departures = departures;
        this.clock = clock;
    }

    /** The queue of the request's stream, or null when its stream rejects. */
    QueueSpec specOf(VmRequest request) {
        return specs.get(request.stream());
    }

    /** A request of a queueing stream arrives: it starts now if it may and can, else it waits. */
    void arrive(VmRequest request, QueueSpec spec) {
        boolean first = !line.anyoneAheadOf(spec.priority());
        if (first ? placer.start(request, HostFinder.RUNNING).isPresent()
            : spec.discipline() == QueueSpec.Discipline.EASY_BACKFILL && backfill(request, outlastsPromise(request))) {
            metrics.waited(request, 0, clock.now());
            return;
        }
        if (!scheduler.couldEverHold(request)) {
            // larger than every host it may use: waiting cannot help
            metrics.rejected(request);
            return;
        }
        WaitingLine.Waiting waiting = line.add(request, spec);
        metrics.queued(request);
        if (spec.discipline() == QueueSpec.Discipline.EASY_BACKFILL) {
            backfillers++;
            backfillerSizes.add(request.milliCores(), request.memoryMib());
        }
        if (Double.isFinite(spec.maxWait())) {
            clock.at(clock.now() + spec.maxWait(), EngineEvent.WAIT_ENDS, waiting);
        }
        if (first) {
            headChanged();
            retry();
        }
    }

    /** A waiting request's longest wait is over: unless it has started, it gives up. */
    void waitEnded(WaitingLine.Waiting waiting) {
        if (waiting.gone) {
            return;
        }
        boolean wasHead = line.head() == waiting;
        leave(waiting);
        metrics.abandoned(waiting.request, clock.now());
        if (wasHead) {
            headChanged();
            retry();
        }
    }

    /** A VM left a host (a borrowed one may also loosen a lending cap, letting requests in elsewhere). */
    void roomFreed(ClusterDatacenter dc, int slot, boolean borrowed) {
        if (backfillers == 0) {
            return;
        }
        walkAll |= borrowed;
        if (grown == grownSlots.length) {
            grownDcs = Arrays.copyOf(grownDcs, grown * 2);
            grownSlots = Arrays.copyOf(grownSlots, grown * 2);
        }
        grownDcs[grown] = dc;
        grownSlots[grown++] = slot;
    }

    /** Hosts came back or were added: any waiting request may now fit somewhere. */
    void hostsChanged() {
        headChanged();
        walkAll = true;
    }

    /** A VM was put on a host other than through this queue: the promise may no longer hold. */
    void placedElsewhere(ClusterDatacenter dc, int slot) {
        if (reservation != null && reservation.on(dc, slot)) {
            headChanged();
            retry();
        }
    }

    /** Starts the first in line while it fits, then lets others ahead where they may. */
    void retry() {
        WaitingLine.Waiting head = line.head();
        while (head != null && placer.start(head.request, HostFinder.RUNNING).isPresent()) {
            started(head);
            headChanged();
            head = line.head();
        }
        if (head != null && backfillers > 0 && (walkAll || grownHostFits())) {
            walkBehindHead();
        }
        grown = 0;
        walkAll = false;
    }

    /** Counts every request still waiting when the run ends. */
    void finish() {
        line.waiting().forEach(w -> metrics.stillWaiting(w.request));
    }

    private void walkBehindHead() {
        boolean whole = walkAll;
        walkAll = false;
        if (whole) {
            heldBack = false;
        }
        misses.clear();
        boolean[] cut = {false};
        line.visitBehindHead(w -> {
            if (w.spec.discipline() != QueueSpec.Discipline.EASY_BACKFILL) {
                return true;
            }
            boolean outlasts = outlastsPromise(w.request);
            if (misses.ruledOut(w.request, outlasts)) {
                return true;
            }
            if (backfill(w.request, outlasts)) {
                started(w);
                cut[0] = !whole && !grownHostFits();
                return !cut[0];
            }
            misses.missed(w.request, outlasts);
            return true;
        });
        // a walk cut short keeps the old sizes for the requests it did not reach
        if (!cut[0]) {
            backfillerSizes.clear();
            outlastingSizes.clear();
            // the first in line counts too: a newcomer of higher priority may put it behind
            WaitingLine.Waiting head = line.head();
            if (head.spec.discipline() == QueueSpec.Discipline.EASY_BACKFILL) {
                backfillerSizes.add(head.request.milliCores(), head.request.memoryMib());
            }
        }
        misses.addSizesTo(backfillerSizes, outlastingSizes);
    }

    private boolean outlastsPromise(VmRequest request) {
        return !promise().endsBefore(clock.now() + request.lifetime());
    }

    /** Starts a request ahead of the first in line if that cannot delay the promise made to it. */
    private boolean backfill(VmRequest request, boolean outlasts) {
        Optional<DatacenterScheduler.Choice> placed = placer.start(request, outlasts ? keepingPromise : HostFinder.RUNNING);
        if (placed.isPresent() && outlasts && reservation.on(placed.get().datacenter(), placed.get().slot())) {
            reservation.take(request);
        }
        return placed.isPresent();
    }

    /** The host search for a request that outlasts the promise: on the promised host, only its spare room. */
    private int findKeepingPromise(ClusterDatacenter dc, VmRequest request) {
        int slot = dc.find(request.milliCores(), request.memoryMib());
        Reservation promise = reservation;
        if (!promise.on(dc, slot) || (request.milliCores() <= promise.spareMilli() && request.memoryMib() <= promise.spareMemory())) {
            return slot;
        }
        heldBack = true;
        return dc.findHolding(request.milliCores(), request.memoryMib(), slot, Math.max(0, promise.spareMilli()),
            Math.max(0, promise.spareMemory()));
    }

    private Reservation promise() {
        if (reservation != null && reservation.time < clock.now()) {
            headChanged();
        }
        if (reservation == null) {
            reservation = Reservation.of(line.head().request, departures, scheduler);
        }
        return reservation;
    }

    /**
     * The first in line is another request, or its promise no longer holds. Requests refused only
     * because of the room it held could use only that host's room: that host counts as grown. A
     * request that outlasted the old promise may end before the new one, so all count as such.
     */
    private void headChanged() {
        if (heldBack && reservation != null && reservation != Reservation.NONE) {
            roomFreed(reservation.datacenter, reservation.slot, false);
        }
        heldBack = false;
        reservation = null;
        backfillerSizes.addAll(outlastingSizes);
        outlastingSizes.clear();
    }

    private void started(WaitingLine.Waiting waiting) {
        leave(waiting);
        metrics.waited(waiting.request, clock.now() - waiting.request.arrival(), clock.now());
    }

    private void leave(WaitingLine.Waiting waiting) {
        line.remove(waiting);
        metrics.dequeued(waiting.request);
        if (waiting.spec.discipline() == QueueSpec.Discipline.EASY_BACKFILL) {
            backfillers--;
        }
    }

    /** Whether a host whose room grew since the last retry has room for some waiting request that may start ahead. */
    private boolean grownHostFits() {
        for (int i = 0; i < grown; i++) {
            HostTable hosts = grownDcs[i].table();
            int slot = grownSlots[i];
            if (!hosts.takesVms(slot)) {
                continue;
            }
            int roomMilli = hosts.freeMilli(slot);
            long roomMemory = hosts.freeMemory(slot);
            if (reservation != null && reservation.on(grownDcs[i], slot)) {
                if (backfillerSizes.fitsIn(roomMilli, roomMemory) || outlastingSizes.fitsIn(
                    Math.min(roomMilli, reservation.spareMilli()), Math.min(roomMemory, reservation.spareMemory()))) {
                    return true;
                }
            } else if (backfillerSizes.fitsIn(roomMilli, roomMemory) || outlastingSizes.fitsIn(roomMilli, roomMemory)) {
                return true;
            }
        }
        return false;
    }
}
