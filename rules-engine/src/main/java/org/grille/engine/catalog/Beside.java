package org.grille.engine.catalog;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Work that runs on its own thread beside the caller's: validation does two independent things at once (the two
 * Drools builds, the gates and the scenarios), since policy staff wait for the slower of the two instead of the sum.
 * What the work throws is thrown again by {@link #join()}, as if it had run on the caller's thread.
 *
 * @param <T> what the work returns
 */
public final class Beside<T> {

    private final CompletableFuture<T> result = new CompletableFuture<>();

    private Beside() {
    }

    /** Starts {@code work} on a new daemon thread named {@code name}. */
    public static <T> Beside<T> start(String name, Supplier<T> work) {
        Beside<T> beside = new Beside<>();
        Thread thread = new Thread(() -> {
            try {
                beside.result.complete(work.get());
            } catch (RuntimeException | Error e) {
                beside.result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return beside;
    }

    /** Waits for the work and returns its value, or throws what it threw. */
    public T join() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + Thread.currentThread().getName(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
