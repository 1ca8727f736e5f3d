package dev.ariadne.importer.itest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.osgi.framework.BundleContext;

import dev.ariadne.api.jobs.Job;

/** Work folders under target/work, waiting with a deadline, and job results. */
final class ItestSupport {

    /** How long the tests wait for a job or a condition. */
    static final Duration WAIT = Duration.ofSeconds(120);

    private ItestSupport() {
    }

    /** A new, not yet existing folder for one test under target/work. */
    static Path newWorkFolder(BundleContext context, String prefix) throws IOException {
        String work = context.getProperty("ariadne.itest.work");
        if (work == null) {
            throw new IllegalStateException("The test run does not set the framework property ariadne.itest.work");
        }
        Path folder = Path.of(work);
        Files.createDirectories(folder);
        return folder.resolve(prefix + "-" + UUID.randomUUID());
    }

    /** The result of a job, waiting at most {@link #WAIT}. */
    static <T> T result(Job<T> job) throws InterruptedException, ExecutionException, TimeoutException {
        return job.result().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Polls {@code condition} every 20 ms until it holds; fails with {@code what} after {@link #WAIT}. */
    static void waitFor(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + WAIT + " waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }
}
