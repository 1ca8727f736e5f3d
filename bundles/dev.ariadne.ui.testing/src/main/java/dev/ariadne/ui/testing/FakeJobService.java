package dev.ariadne.ui.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobContext;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.jobs.JobState;
import dev.ariadne.api.jobs.JobStatus;
import dev.ariadne.api.jobs.JobWork;

/**
 * A {@link JobService} for the unit tests of the UI bundles, standing in for the core bundle's worker pool. Submitted
 * work runs on {@value #WORKERS} daemon threads named {@code test-worker-N}; the name of every submitted job is kept
 * in {@link #submitted}. Tests that show jobs (the progress view) add jobs with a status they choose by {@link #put};
 * {@link #jobs()} and {@link #job(long)} list both kinds.
 *
 * <p>Every method may be called from any thread, the UI thread included, and returns at once. The test closes the
 * service when it is done, which stops its threads.
 */
public final class FakeJobService implements JobService, AutoCloseable {

    /** The number of worker threads, returned by {@link #workers()}. */
    public static final int WORKERS = 2;

    /**
     * The first id of a submitted job is one more than this, so that submitted jobs do not take the small ids tests
     * give to {@link #put}.
     */
    private static final long FIRST_ID = 1000;

    /** The name of every job submitted so far, oldest first. */
    public final List<String> submitted = new CopyOnWriteArrayList<>();

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(WORKERS, r -> {
        Thread t = new Thread(r, "test-worker-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong ids = new AtomicLong(FIRST_ID);
    private final Map<Long, FakeJob<?>> jobs = new ConcurrentHashMap<>();

    /**
     * How many jobs were submitted whose name starts with {@code prefix}.
     *
     * @return the number of names in {@link #submitted} that start with {@code prefix}
     */
    public long count(String prefix) {
        return submitted.stream().filter(name -> name.startsWith(prefix)).count();
    }

    /**
     * Adds the job {@code status.id()} with this status and these item errors, or replaces the status and errors of
     * the job with that id. The job keeps the status until the next {@code put}; it has no work, and its result
     * completes only when the test completes it or the job is cancelled.
     *
     * @return the job, whose {@link FakeJob#isCancelled()} tells whether the code under test cancelled it
     */
    public FakeJob<?> put(JobStatus status, ItemError... errors) {
        FakeJob<?> job = jobs.computeIfAbsent(status.id(), id -> new FakeJob<>(id, status.name(), Instant.now()));
        job.fixed = status;
        job.errors.clear();
        job.errors.addAll(List.of(errors));
        return job;
    }

    /**
     * Records {@code name} in {@link #submitted} and runs {@code work} on a worker thread with the job's
     * {@link FakeJob#context()}. The result completes with what the work returns, exceptionally with what it throws
     * (not wrapped), or with a {@link CancellationException} when the job is cancelled.
     *
     * @return the job, queued or already running
     */
    @Override
    public <T> FakeJob<T> submit(String name, JobWork<T> work) {
        submitted.add(name);
        FakeJob<T> job = new FakeJob<>(ids.incrementAndGet(), name, null);
        jobs.put(job.id, job);
        pool.execute(() -> job.run(work));
        return job;
    }

    /** @return the status of every submitted and {@linkplain #put put} job, by id */
    @Override
    public List<JobStatus> jobs() {
        return jobs.values().stream().sorted(Comparator.comparingLong(Job::id)).map(Job::status).toList();
    }

    /** @return the submitted or {@linkplain #put put} job with this id, or empty */
    @Override
    public Optional<Job<?>> job(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** @return {@link #WORKERS} */
    @Override
    public int workers() {
        return WORKERS;
    }

    /** Stops the worker threads, interrupting work that still runs. */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    /**
     * A job handle of a {@link FakeJobService}, or one a test makes itself for a fake service that returns jobs (an
     * importer) and ends with {@link #complete} or {@link #fail}. Thread-safe, like the real one.
     *
     * <p>Its status is the one {@linkplain FakeJobService#put put} last, if any; otherwise it is made from the state
     * of the job and the progress its work reported to {@link #context()}.
     *
     * @param <T> what the work returns
     */
    public static final class FakeJob<T> implements Job<T> {

        private final long id;
        private final String name;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private final List<ItemError> errors = new CopyOnWriteArrayList<>();
        private final Context context = new Context();
        private volatile JobStatus fixed;
        private volatile boolean cancelled;
        private boolean running;
        private volatile Instant started;
        private volatile Instant finished;
        private volatile JobState ended;
        private volatile String failure;
        private ExecutorService executor; // guarded by this

        /**
         * A running job without work, made by a test, that runs until the test {@linkplain #complete completes} or
         * {@linkplain #fail fails} it or the code under test cancels it.
         */
        public FakeJob(long id, String name) {
            this(id, name, Instant.now());
        }

        private FakeJob(long id, String name, Instant started) {
            this.id = id;
            this.name = name;
            this.started = started;
        }

        /** Ends the job as {@link JobState#SUCCEEDED} with {@code value}, unless it has ended already. Any thread. */
        public void complete(T value) {
            Instant now = Instant.now();
            if (result.complete(value)) {
                finished = now;
                ended = JobState.SUCCEEDED;
                stopExecutor();
            }
        }

        /**
         * Ends the job with {@code error}, unless it has ended already: as {@link JobState#CANCELLED} for a
         * {@link CancellationException}, else as {@link JobState#FAILED}. Any thread.
         */
        public void fail(Throwable error) {
            Instant now = Instant.now();
            if (result.completeExceptionally(error)) {
                finished = now;
                if (error instanceof CancellationException) {
                    ended = JobState.CANCELLED;
                } else {
                    failure = error.getMessage() == null ? error.getClass().getName() : error.getMessage();
                    ended = JobState.FAILED;
                }
                stopExecutor();
            }
        }

        /** @return whether the job was cancelled; what its work sees in {@link JobContext#isCancelled()} */
        public boolean isCancelled() {
            return cancelled;
        }

        /**
         * What the job's work sees: it records the progress and item errors reported to it for {@link #status()} and
         * {@link #errors()}. Its parallelism is 1: its {@link JobContext#executor() executor} has one thread, made at
         * the first request and shut down when the job ends.
         *
         * @return the job's context
         */
        public JobContext context() {
            return context;
        }

        private synchronized ExecutorService executor() {
            if (executor == null) {
                executor = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "test-job-" + id);
                    t.setDaemon(true);
                    return t;
                });
                if (ended != null) {
                    executor.shutdown();
                }
            }
            return executor;
        }

        private synchronized void stopExecutor() {
            if (executor != null) {
                executor.shutdown();
            }
        }

        private void run(JobWork<T> work) {
            synchronized (this) {
                if (cancelled) {
                    return;
                }
                running = true;
                started = Instant.now();
            }
            try {
                T value = work.run(context);
                if (cancelled) {
                    fail(new CancellationException("Job '" + name + "' was cancelled"));
                } else {
                    complete(value);
                }
            } catch (Throwable e) {
                fail(cancelled ? new CancellationException("Job '" + name + "' was cancelled") : e);
            } finally {
                synchronized (this) {
                    running = false;
                }
            }
        }

        /** @return the id given to the constructor or to {@link FakeJobService#put} */
        @Override
        public long id() {
            return id;
        }

        /** @return the name in the status {@linkplain FakeJobService#put put} last, or the one it was made with */
        @Override
        public String name() {
            JobStatus status = fixed;
            return status != null ? status.name() : name;
        }

        /**
         * The job's progress: {@link JobState#QUEUED} until its work starts, {@link JobState#RUNNING} until it ends,
         * with the items, bytes, current item and item errors the work reported.
         *
         * @return the status {@linkplain FakeJobService#put put} last, or one made from the job's progress
         */
        @Override
        public JobStatus status() {
            JobStatus status = fixed;
            if (status != null) {
                return status;
            }
            JobState end = ended;
            JobState state = end != null ? end : started != null ? JobState.RUNNING : JobState.QUEUED;
            return new JobStatus(id, name, state, context.doneItems.get(), context.totalItems, context.doneBytes.get(),
                    context.totalBytes, context.current, 0, Optional.empty(), errors.size(), started,
                    end != null ? finished : null, end == JobState.FAILED ? failure : null);
        }

        /** @return the item errors put with the job or reported by its work, oldest first */
        @Override
        public List<ItemError> errors() {
            return List.copyOf(errors);
        }

        /**
         * Marks the job cancelled. A job whose work is running ends as cancelled when the work returns; any other job
         * ends as cancelled now. Returns at once.
         */
        @Override
        public void cancel() {
            synchronized (this) {
                cancelled = true;
                if (running) {
                    return;
                }
            }
            fail(new CancellationException("Job '" + name + "' was cancelled"));
        }

        /** @return the result, completed as {@link #complete}, {@link #fail} or {@link #cancel} say */
        @Override
        public CompletionStage<T> result() {
            return result;
        }

        /** The context given to the work: records progress and item errors. */
        private final class Context implements JobContext {
            private final AtomicLong doneItems = new AtomicLong();
            private final AtomicLong doneBytes = new AtomicLong();
            private volatile long totalItems = -1;
            private volatile long totalBytes = -1;
            private volatile String current = "";

            @Override
            public void total(long items, long bytes) {
                totalItems = items;
                totalBytes = bytes;
            }

            @Override
            public void worked(long items, long bytes) {
                doneItems.addAndGet(items);
                doneBytes.addAndGet(bytes);
            }

            @Override
            public void current(String item) {
                current = item;
            }

            @Override
            public void itemFailed(String item, String reason) {
                errors.add(new ItemError(item, reason, Instant.now()));
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }

            @Override
            public ExecutorService executor() {
                return FakeJob.this.executor();
            }

            @Override
            public int parallelism() {
                return 1;
            }
        }
    }
}
