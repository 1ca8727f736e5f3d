package dev.ariadne.ui.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets a view instance off the UI thread with a deadline. Getting a prototype-scope service runs the plugin's
 * constructor and {@code @Activate}, which may throw or hang; neither may reach the window. Called on the UI thread;
 * the work runs on the given executor and the deadline on the scheduler.
 */
final class ViewActivator {
    private static final Logger LOG = LoggerFactory.getLogger(ViewActivator.class);

    private final Executor executor;
    private final ScheduledExecutorService scheduler;

    ViewActivator(Executor executor, ScheduledExecutorService scheduler) {
        this.executor = executor;
        this.scheduler = scheduler;
    }

    /**
     * Starts getting an instance.
     *
     * @param get gets the instance, on a worker thread; {@code null} means the component failed to activate
     * @param release gives back an instance that arrived after the deadline
     * @param timeoutMillis the deadline
     * @param failureReason describes why {@code get} returned {@code null} (asked on the worker thread)
     * @return completes with the instance, or exceptionally with a {@link TimeoutException} or the failure
     */
    <T> CompletableFuture<T> obtain(Supplier<T> get, Consumer<T> release, long timeoutMillis,
            Supplier<String> failureReason) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                T instance;
                try {
                    instance = get.get();
                } catch (RuntimeException | LinkageError e) {
                    result.completeExceptionally(e);
                    return;
                }
                if (instance == null) {
                    result.completeExceptionally(new IllegalStateException(failureReason.get()));
                } else if (!result.complete(instance)) {
                    LOG.warn("A view instance arrived after its deadline and is released");
                    try {
                        release.accept(instance);
                    } catch (RuntimeException e) {
                        LOG.warn("Could not release a late view instance", e);
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(e);
            return result;
        }
        scheduler.schedule(() -> result.completeExceptionally(new TimeoutException(
                "its component did not start within " + formatSeconds(timeoutMillis))), timeoutMillis,
                TimeUnit.MILLISECONDS);
        return result;
    }

    static String formatSeconds(long millis) {
        return millis % 1000 == 0 ? (millis / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
