package dev.ariadne.importer.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.importer.internal.formats.ReadGuard;

/**
 * Runs each parse on a thread of its own ({@code ariadne-parse-N}), so that a parser that hangs or loops can be
 * abandoned when the per-file time limit passes: the caller gets a {@link TimeoutException}, the parse thread is
 * interrupted and left to end on its own (parsers rarely check interrupts), and the import goes on. Parse threads
 * have the importer bundle's class loader as context loader, which Tika and POI need.
 *
 * <p>One per activation of the import service; {@link #run} is called from import threads, concurrently.
 */
final class ParseRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ParseRunner.class);
    private static final long POLL_MILLIS = 100;

    private final ClassLoader contextLoader;
    private final ExecutorService threads;
    private final AtomicInteger abandoned = new AtomicInteger();

    /** A parse failed with something else than an {@link IOException}; the message says what. */
    static final class ParseFailure extends Exception {
        private static final long serialVersionUID = 1L;

        ParseFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    ParseRunner(ClassLoader contextLoader) {
        this.contextLoader = contextLoader;
        AtomicInteger count = new AtomicInteger();
        threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "ariadne-parse-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(contextLoader);
            return thread;
        });
    }

    /**
     * Runs {@code work} on a parse thread and waits for it at most {@code limit}.
     *
     * @param cancelled polled while waiting; when it turns true the parse is abandoned
     * @throws IOException what the work threw
     * @throws TimeoutException when the limit passed
     * @throws CancellationException when {@code cancelled} turned true
     * @throws ParseFailure when the work threw anything else (a parser bug, or memory ran out)
     * @throws InterruptedException when the calling thread was interrupted
     */
    <T> T run(Callable<T> work, Duration limit, BooleanSupplier cancelled)
            throws IOException, TimeoutException, ParseFailure, InterruptedException {
        Future<T> future = threads.submit(work);
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException();
                }
                try {
                    return future.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)),
                            TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("The import was cancelled");
                    }
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw failure(cause);
        } catch (TimeoutException | CancellationException | InterruptedException e) {
            if (future.cancel(true)) {
                int count = abandoned.incrementAndGet();
                LOG.debug("Abandoned a parse thread ({} so far)", count);
            }
            throw e;
        }
    }

    /**
     * Runs {@code work} on the calling thread, with the parse threads' context loader, reporting as {@link #run}
     * does: for work whose reads are checked by a {@link ReadGuard}, which ends it with a
     * {@link ReadGuard.TimeLimitException} once its time is over.
     *
     * @throws IOException what the work threw
     * @throws TimeoutException when the guard's deadline passed
     * @throws ParseFailure when the work threw anything else (a parser bug, or memory ran out)
     */
    <T> T runHere(Callable<T> work) throws IOException, TimeoutException, ParseFailure {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(contextLoader);
        try {
            return work.call();
        } catch (ReadGuard.TimeLimitException e) {
            throw new TimeoutException();
        } catch (IOException | CancellationException e) {
            throw e;
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            throw failure(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static ParseFailure failure(Throwable cause) {
        String what = cause instanceof OutOfMemoryError ? "out of memory while parsing" : "the parser failed: " + cause;
        return new ParseFailure(what, cause);
    }

    /** How many parses were abandoned since activation. */
    int abandoned() {
        return abandoned.get();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
