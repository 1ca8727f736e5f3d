package dev.ariadne.cli.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.jobs.JobState;
import dev.ariadne.api.jobs.JobStatus;
import dev.ariadne.api.jobs.JobWork;

/**
 * Shows the progress of a {@link Job} on standard error until it ends, for verbs that run long work (import, index):
 * on a terminal a one-line bar redrawn in place with {@code \r} (items, bytes, rate, ETA, current item), otherwise a
 * plain line at most once a second and only when something moved. Ctrl-C (any JVM shutdown) while it follows a job
 * cancels the job and waits a little for it to stop.
 *
 * <p>Created by a verb and called on the launcher's main thread; {@link #follow} blocks until the job ends and returns
 * its final status, {@link #run} also submits the work and returns its result. Standard output is left alone, so
 * {@code --json} output stays clean.
 */
final class JobProgressPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(JobProgressPrinter.class);

    /** How often the terminal bar is redrawn. */
    static final Duration TERMINAL_INTERVAL = Duration.ofMillis(200);
    /** The least time between two plain lines. */
    static final Duration PLAIN_INTERVAL = Duration.ofSeconds(1);
    /** How many item errors {@link #run} prints before it only counts them. */
    static final int ERRORS_SHOWN = 20;
    /** How long a cancelled job may take to stop before the JVM goes on shutting down. */
    static final Duration CANCEL_GRACE = Duration.ofSeconds(10);

    /** Where the Ctrl-C hook is registered; the JVM's {@link Runtime} outside tests. */
    interface ShutdownHooks {
        void add(Thread hook);

        void remove(Thread hook);
    }

    private final Output output;
    private final Clock clock;
    private final ShutdownHooks hooks;

    /** A printer on {@code output} using the system clock and the JVM's shutdown hooks. */
    JobProgressPrinter(Output output) {
        this(output, Clock.systemUTC(), new ShutdownHooks() {
            @Override
            public void add(Thread hook) {
                Runtime.getRuntime().addShutdownHook(hook);
            }

            @Override
            public void remove(Thread hook) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        });
    }

    JobProgressPrinter(Output output, Clock clock, ShutdownHooks hooks) {
        this.output = output;
        this.clock = clock;
        this.hooks = hooks;
    }

    /**
     * Prints the progress of {@code job} until it ends, then its summary line.
     *
     * @return the final status (or the last one seen when interrupted)
     */
    JobStatus follow(Job<?> job) {
        CountDownLatch ended = new CountDownLatch(1);
        job.result().whenComplete((result, failure) -> ended.countDown());
        Thread hook = new Thread(() -> cancelOnShutdown(job, ended), "ariadne-cli-cancel-job-" + job.id());
        hooks.add(hook);
        JobStatus status = job.status();
        try {
            status = output.terminal() ? followOnTerminal(job, ended) : followPlain(job, ended);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.debug("Stopped following job {} on interrupt", job.id(), e);
            job.cancel();
            status = job.status();
        } finally {
            removeHook(hook);
        }
        output.err().println(ProgressFormat.summary(status));
        output.err().flush();
        return status;
    }

    /**
     * Submits {@code work} to {@code jobs}, shows its progress until it ends, prints its item errors (the first
     * {@value #ERRORS_SHOWN}, then how many more) and returns its result: the whole of what a verb such as
     * {@code import} needs to run long work.
     *
     * @param jobs the job service
     * @param name the job's name, shown before the progress
     * @param work the work
     * @return what the work returned
     * @throws CliException (exit code 1) when the job failed or was cancelled, saying which
     */
    <T> T run(JobService jobs, String name, JobWork<T> work) throws CliException {
        return await(jobs.submit(name, work), name, true);
    }

    /**
     * Shows the progress of {@code job}, already submitted by a service (such as an import), until it ends, prints
     * its item errors when asked (the first {@value #ERRORS_SHOWN}, then how many more) and returns its result.
     *
     * @param job the job
     * @param name the job in words, for the messages ("The import")
     * @param showErrors whether to print the item errors on standard error; a verb whose result lists them itself
     *        passes {@code false}
     * @return what the job's work returned
     * @throws CliException (exit code 1) when the job failed or was cancelled, saying which
     */
    <T> T await(Job<T> job, String name, boolean showErrors) throws CliException {
        CompletableFuture<T> result = new CompletableFuture<>();
        job.result().whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(failure);
            }
        });
        JobStatus status = follow(job);
        if (showErrors) {
            printErrors(job.errors());
        }
        switch (status.state()) {
            case SUCCEEDED:
                // Completes at once: the job's result is what ended the wait above.
                return result.join();
            case CANCELLED:
                throw new CliException(name + " was cancelled.");
            default:
                throw new CliException(name + " failed" + (status.failure() == null ? "." : ": " + status.failure()));
        }
    }

    private void printErrors(List<ItemError> errors) {
        for (int i = 0; i < errors.size() && i < ERRORS_SHOWN; i++) {
            output.err().println("  " + errors.get(i).item() + ": " + errors.get(i).reason());
        }
        if (errors.size() > ERRORS_SHOWN) {
            output.err().println("  … and " + Formats.count(errors.size() - ERRORS_SHOWN) + " more");
        }
        output.err().flush();
    }

    private JobStatus followOnTerminal(Job<?> job, CountDownLatch ended) throws InterruptedException {
        PrintStream err = output.err();
        long tick = 0;
        int drawn = 0;
        do {
            String line = ProgressFormat.bar(job.status(), output.columns(), tick++, clock.instant());
            err.print('\r' + line + " ".repeat(Math.max(0, drawn - line.length())));
            err.flush();
            drawn = line.length();
        } while (!ended.await(TERMINAL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS));
        err.print('\r' + " ".repeat(drawn) + '\r');
        return job.status();
    }

    private JobStatus followPlain(Job<?> job, CountDownLatch ended) throws InterruptedException {
        String last = null;
        do {
            JobStatus status = job.status();
            if (status.state() != JobState.QUEUED) {
                String line = ProgressFormat.line(status, clock.instant());
                if (!line.equals(last)) {
                    output.err().println(line);
                    output.err().flush();
                    last = line;
                }
            }
        } while (!ended.await(PLAIN_INTERVAL.toMillis(), TimeUnit.MILLISECONDS));
        return job.status();
    }

    private void cancelOnShutdown(Job<?> job, CountDownLatch ended) {
        if (ended.getCount() == 0) {
            return;
        }
        job.cancel();
        output.err().println();
        output.err().println("Cancelling " + job.name() + " …");
        output.err().flush();
        try {
            if (!ended.await(CANCEL_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                output.err().println(job.name() + " did not stop within " + CANCEL_GRACE.toSeconds() + " s.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.debug("Interrupted while waiting for cancelled job {}", job.id(), e);
        }
    }

    private void removeHook(Thread hook) {
        try {
            hooks.remove(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down (Ctrl-C): the hook runs or ran, and cannot be removed any more.
            LOG.debug("Shutdown in progress; kept the cancel hook: {}", e.toString());
        }
    }
}
