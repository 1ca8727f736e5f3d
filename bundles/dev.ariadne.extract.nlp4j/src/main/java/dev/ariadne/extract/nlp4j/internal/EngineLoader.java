package dev.ariadne.extract.nlp4j.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Callable;

/**
 * Loads the {@link Nlp4jEngine} once, in the background, at first need: the first {@link #get()} (or
 * {@link #start()}) starts a daemon thread that loads it, and every caller waits for that one load. Nothing is loaded
 * before: not at bundle start, not at component activation.
 *
 * <p>Called by {@link Nlp4jExtractor} on extraction threads, concurrently; never blocks the caller beyond the load
 * itself, and waiting can be interrupted. A failed load is reported to every caller and retried by none (the failure
 * is not transient: a broken store).
 */
final class EngineLoader {

    private final Callable<Nlp4jEngine> load;
    private FutureTask<Nlp4jEngine> task;
    private Thread thread;

    EngineLoader(Callable<Nlp4jEngine> load) {
        this.load = load;
    }

    /** Starts loading unless it has started; returns at once. */
    synchronized void start() {
        if (task == null) {
            task = new FutureTask<>(load);
            thread = new Thread(task, "nlp4j-engine-loader");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY);
            thread.start();
        }
    }

    /** Whether the engine is loaded and ready. */
    synchronized boolean isReady() {
        return task != null && task.isDone() && !task.isCancelled();
    }

    /**
     * The engine, loading it first if needed.
     *
     * @throws InterruptedException when the caller is interrupted while waiting
     * @throws IllegalStateException when loading failed or the loader was closed
     */
    Nlp4jEngine get() throws InterruptedException {
        FutureTask<Nlp4jEngine> t;
        synchronized (this) {
            start();
            t = task;
        }
        try {
            return t.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the NLP4J engine could not be loaded", e.getCause());
        } catch (CancellationException e) {
            throw new IllegalStateException("the NLP4J extractor was stopped", e);
        }
    }

    /** Stops a load under way and forgets the engine (on deactivation). */
    synchronized void close() {
        if (task != null) {
            task.cancel(true);
        }
    }
}
