package dev.ariadne.ui.platform.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobContext;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.jobs.JobState;
import dev.ariadne.api.jobs.JobStatus;
import dev.ariadne.api.jobs.JobWork;

/**
 * A JobService for tests: statuses are set by the test ({@link #put}); submitted work runs on one background thread
 * and appears as a job too.
 */
public final class FakeJobs implements JobService, AutoCloseable {

    private final Map<Long, FakeJob> jobs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1000);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-worker"));
    public final List<String> submitted = new CopyOnWriteArrayList<>();

    /** Adds or replaces a job with this status and these item errors. */
    public FakeJob put(JobStatus status, ItemError... errors) {
        FakeJob job = jobs.computeIfAbsent(status.id(), id -> new FakeJob(id));
        job.status = status;
        job.errors.clear();
        job.errors.addAll(List.of(errors));
        return job;
    }

    @Override
    public <T> Job<T> submit(String name, JobWork<T> work) {
        submitted.add(name);
        long id = ids.incrementAndGet();
        FakeJob job = new FakeJob(id);
        job.status = status(id, name, JobState.RUNNING, 0, -1);
        jobs.put(id, job);
        CompletableFuture<T> future = new CompletableFuture<>();
        worker.execute(() -> {
            try {
                T result = work.run(new Context());
                job.status = status(id, name, JobState.SUCCEEDED, 1, 1);
                future.complete(result);
            } catch (Exception e) {
                job.status = status(id, name, JobState.FAILED, 0, 1);
                future.completeExceptionally(e);
            }
        });
        @SuppressWarnings("unchecked")
        Job<T> typed = (Job<T>) new TypedJob<>(job, future);
        return typed;
    }

    @Override
    public List<JobStatus> jobs() {
        List<JobStatus> statuses = new ArrayList<>();
        jobs.values().stream().sorted((a, b) -> Long.compare(a.id, b.id)).forEach(job -> statuses.add(job.status));
        return statuses;
    }

    @Override
    public Optional<Job<?>> job(long id) {
        FakeJob job = jobs.get(id);
        return Optional.ofNullable(job);
    }

    @Override
    public int workers() {
        return 1;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** A status with the given counts, no bytes, started a second ago. */
    public static JobStatus status(long id, String name, JobState state, long done, long total) {
        Instant started = Instant.now().minusSeconds(1);
        return new JobStatus(id, name, state, done, total, 0, -1, "", 0, Optional.empty(), 0, started,
                state.isFinal() ? Instant.now() : null, null);
    }

    /** A job handle whose status the test sets. */
    public static final class FakeJob implements Job<Object> {
        final long id;
        volatile JobStatus status;
        final List<ItemError> errors = new CopyOnWriteArrayList<>();
        public volatile boolean cancelled;

        FakeJob(long id) {
            this.id = id;
        }

        @Override
        public long id() {
            return id;
        }

        @Override
        public String name() {
            return status.name();
        }

        @Override
        public JobStatus status() {
            return status;
        }

        @Override
        public List<ItemError> errors() {
            return List.copyOf(errors);
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public CompletionStage<Object> result() {
            return new CompletableFuture<>();
        }
    }

    private record TypedJob<T>(FakeJob job, CompletableFuture<T> future) implements Job<T> {
        @Override
        public long id() {
            return job.id;
        }

        @Override
        public String name() {
            return job.name();
        }

        @Override
        public JobStatus status() {
            return job.status;
        }

        @Override
        public List<ItemError> errors() {
            return job.errors();
        }

        @Override
        public void cancel() {
            job.cancel();
        }

        @Override
        public CompletionStage<T> result() {
            return future;
        }
    }

    private static final class Context implements JobContext {
        @Override
        public void total(long totalItems, long totalBytes) {
        }

        @Override
        public void worked(long items, long bytes) {
        }

        @Override
        public void current(String item) {
        }

        @Override
        public void itemFailed(String item, String reason) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public ExecutorService executor() {
            throw new UnsupportedOperationException("not needed by the platform views");
        }

        @Override
        public int parallelism() {
            return 1;
        }
    }
}
