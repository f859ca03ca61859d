package org.yrdsim.study;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent simulations on a fixed pool of one thread per processor (each simulation is its
 * own CloudSim Plus instance and keeps to one thread). Results come back by task index, never by
 * completion order, so the numbers do not depend on how many threads ran them.
 */
public final class ParallelRuns {
    /** Told of each task as it finishes, on the calling thread, in completion order. */
    public interface Listener<T> {
        void finished(int index, T result);
    }

    private ParallelRuns() {
    }

    public static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs every task and returns their results in task order. The first task to fail stops the
     * rest and its exception is thrown (unwrapped when it is unchecked).
     */
    public static <T> List<T> run(List<? extends Callable<T>> tasks, Listener<? super T> listener) {
        List<T> results = new ArrayList<>(tasks.size());
        tasks.forEach(t -> results.add(null));
        if (tasks.isEmpty()) {
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads(), tasks.size()), r -> {
            Thread t = new Thread(r, "yrdsim-run");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<Indexed<T>> done = new ExecutorCompletionService<>(pool);
            List<Future<Indexed<T>>> futures = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                int index = i;
                Callable<T> task = tasks.get(i);
                futures.add(done.submit(() -> new Indexed<>(index, task.call())));
            }
            for (int i = 0; i < tasks.size(); i++) {
                Indexed<T> finished = done.take().get();
                results.set(finished.index, finished.result);
                listener.finished(finished.index, finished.result);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private record Indexed<T>(int index, T result) {
    }
}
