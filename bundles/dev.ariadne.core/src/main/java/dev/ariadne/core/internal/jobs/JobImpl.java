package dev.ariadne.core.internal.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobContext;
import dev.ariadne.api.jobs.JobState;
import dev.ariadne.api.jobs.JobStatus;
import dev.ariadne.api.jobs.JobWork;

/**
 * One job: the handle its submitter holds ({@link Job}), the context its work reports to ({@link JobContext}) and
 * the task a worker thread runs. Every method is thread-safe; progress and state are guarded by one monitor.
 *
 * @param <T> the result of the work
 */
final class JobImpl<T> implements Job<T>, JobContext, Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(JobImpl.class);

    /** Item errors kept per job; more are counted but not kept, so a job over a million bad files stays small. */
    static final int MAX_KEPT_ERRORS = 10_000;
    private static final long RATE_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long RATE_SAMPLE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    /** What the job tells its service. */
    interface Owner {
        /** The job started running on the calling worker thread. */
        void started(JobImpl<?> job);

        /** The job reached a final state; its future is complete. */
        void finished(JobImpl<?> job);

        /** Removes a queued job from the worker queue. */
        void dequeue(JobImpl<?> job);
    }

    private final long id;
    private final String name;
    private final JobWork<T> work;
    private final int parallelism;
    private final Owner owner;
    private final Clock clock;
    private final LongSupplier nanos;
    private final CompletableFuture<T> future = new CompletableFuture<>();
    private final RateWindow rate = new RateWindow(RATE_WINDOW_NANOS, RATE_SAMPLE_NANOS);
    private final List<ItemError> errors = new ArrayList<>();

    private JobState state = JobState.QUEUED;
    private volatile boolean cancelled;
    private long doneItems;
    private long totalItems = -1;
    private long doneBytes;
    private long totalBytes = -1;
    private String current = "";
    private int failedItems;
    private Instant started;
    private Instant finished;
    private String failure;
    private ThreadPoolExecutor executor;

    JobImpl(long id, String name, JobWork<T> work, int parallelism, Owner owner, Clock clock, LongSupplier nanos) {
        this.id = id;
        this.name = name;
        this.work = work;
        this.parallelism = parallelism;
        this.owner = owner;
        this.clock = clock;
        this.nanos = nanos;
    }

    // ----------------------------------------------------------------------------------------------------------------
    // the worker side

    @Override
    public void run() {
        synchronized (this) {
            if (state != JobState.QUEUED) {
                return;
            }
            state = JobState.RUNNING;
            started = clock.instant();
            rate.start(nanos.getAsLong());
        }
        owner.started(this);
        T result = null;
        Throwable thrown = null;
        try {
            result = work.run(this);
        } catch (Throwable e) {
            thrown = e;
        } finally {
            shutDownExecutor();
        }
        JobState end;
        synchronized (this) {
            if (cancelled) {
                end = JobState.CANCELLED;
            } else if (thrown != null) {
                end = JobState.FAILED;
                failure = describe(thrown);
            } else {
                end = JobState.SUCCEEDED;
            }
            state = end;
            finished = clock.instant();
            current = "";
        }
        if (end == JobState.FAILED) {
            LOG.warn("Job {} '{}' failed", id, name, thrown);
        } else if (thrown != null) {
            LOG.debug("Job {} '{}' was cancelled and ended with", id, name, thrown);
        }
        owner.finished(this);
        switch (end) {
            case CANCELLED -> future.completeExceptionally(cancellation());
            case FAILED -> future.completeExceptionally(thrown);
            default -> future.complete(result);
        }
    }

    /** Ends the job as FAILED without running it (the pool refused it). */
    void reject(String reason) {
        synchronized (this) {
            if (state != JobState.QUEUED) {
                return;
            }
            state = JobState.FAILED;
            failure = reason;
            finished = clock.instant();
        }
        owner.finished(this);
        future.completeExceptionally(new IllegalStateException(reason));
    }

    private static String describe(Throwable thrown) {
        String message = thrown.getMessage();
        return message == null || message.isBlank() ? thrown.getClass().getName() : message;
    }

    private CancellationException cancellation() {
        return new CancellationException("Job '" + name + "' was cancelled");
    }

    private void shutDownExecutor() {
        ThreadPoolExecutor toShutDown;
        synchronized (this) {
            toShutDown = executor;
        }
        if (toShutDown == null) {
            return;
        }
        toShutDown.shutdown();
        List<Runnable> pending = new ArrayList<>();
        toShutDown.getQueue().drainTo(pending);
        for (Runnable task : pending) {
            if (task instanceof Future<?> unstarted) {
                unstarted.cancel(false);
            }
        }
        if (!pending.isEmpty()) {
            LOG.debug("Job {} '{}' ended with {} parallel tasks never started; they are cancelled", id, name,
                    pending.size());
        }
    }

    // ----------------------------------------------------------------------------------------------------------------
    // JobContext

    @Override
    public synchronized void total(long totalItems, long totalBytes) {
        this.totalItems = totalItems < 0 ? -1 : totalItems;
        this.totalBytes = totalBytes < 0 ? -1 : totalBytes;
    }

    @Override
    public synchronized void worked(long items, long bytes) {
        doneItems += Math.max(0, items);
        doneBytes += Math.max(0, bytes);
        if (state == JobState.RUNNING) {
            rate.record(nanos.getAsLong(), doneItems, doneBytes);
        }
    }

    @Override
    public synchronized void current(String item) {
        current = item == null ? "" : item;
    }

    @Override
    public void itemFailed(String item, String reason) {
        ItemError error = new ItemError(item == null ? "" : item, reason == null ? "failed" : reason,
                clock.instant());
        synchronized (this) {
            failedItems++;
            if (errors.size() < MAX_KEPT_ERRORS) {
                errors.add(error);
            }
        }
        LOG.debug("Job {} '{}': {} failed: {}", id, name, error.item(), error.reason());
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public synchronized ExecutorService executor() {
        if (executor == null) {
            AtomicInteger threads = new AtomicInteger();
            BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
            executor = new ThreadPoolExecutor(parallelism, parallelism, 10, TimeUnit.SECONDS, queue, task -> {
                Thread thread = new Thread(task, "ariadne-job-" + id + "-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            executor.allowCoreThreadTimeOut(true);
            if (state.isFinal()) {
                executor.shutdown();
            }
        }
        return executor;
    }

    @Override
    public int parallelism() {
        return parallelism;
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Job

    @Override
    public long id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public JobStatus status() {
        synchronized (this) {
            double itemsPerSecond = 0;
            Optional<Duration> eta = Optional.empty();
            if (state == JobState.RUNNING) {
                long now = nanos.getAsLong();
                itemsPerSecond = rate.itemsPerSecond(now, doneItems);
                double bytesPerSecond = rate.bytesPerSecond(now, doneBytes);
                if (totalBytes > 0 && bytesPerSecond > 0) {
                    eta = Optional.of(secondsLeft(totalBytes - doneBytes, bytesPerSecond));
                } else if (totalItems > 0 && itemsPerSecond > 0) {
                    eta = Optional.of(secondsLeft(totalItems - doneItems, itemsPerSecond));
                }
            }
            return new JobStatus(id, name, state, doneItems, totalItems, doneBytes, totalBytes, current,
                    itemsPerSecond, eta, failedItems, started, finished, failure);
        }
    }

    private static Duration secondsLeft(long left, double perSecond) {
        return Duration.ofMillis(Math.round(Math.max(0, left) / perSecond * 1000));
    }

    synchronized JobState state() {
        return state;
    }

    @Override
    public synchronized List<ItemError> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void cancel() {
        boolean wasQueued;
        synchronized (this) {
            if (state.isFinal()) {
                return;
            }
            cancelled = true;
            wasQueued = state == JobState.QUEUED;
            if (wasQueued) {
                state = JobState.CANCELLED;
                finished = clock.instant();
            }
        }
        if (wasQueued) {
            owner.dequeue(this);
            owner.finished(this);
            future.completeExceptionally(cancellation());
        }
    }

    @Override
    public CompletionStage<T> result() {
        return future.minimalCompletionStage();
    }

    @Override
    public String toString() {
        return "Job[" + id + ", " + name + ", " + state() + "]";
    }
}
