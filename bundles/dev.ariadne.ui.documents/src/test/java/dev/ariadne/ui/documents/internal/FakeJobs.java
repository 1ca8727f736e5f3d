package dev.ariadne.ui.documents.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobContext;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.jobs.JobState;
import dev.ariadne.api.jobs.JobStatus;
import dev.ariadne.api.jobs.JobWork;

/** A {@link JobService} on two {@code test-worker-N} threads that records the names of the jobs submitted. */
final class FakeJobs implements JobService, AutoCloseable {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "test-worker-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong ids = new AtomicLong();
    final List<String> submitted = new CopyOnWriteArrayList<>();

    long count(String prefix) {
        return submitted.stream().filter(name -> name.startsWith(prefix)).count();
    }

    @Override
    public <T> Job<T> submit(String name, JobWork<T> work) {
        submitted.add(name);
        FakeJob<T> job = new FakeJob<>(ids.incrementAndGet(), name);
        pool.execute(() -> {
            try {
                job.complete(work.run(job.context));
            } catch (Exception e) {
                job.fail(e);
            }
        });
        return job;
    }

    @Override
    public List<JobStatus> jobs() {
        return List.of();
    }

    @Override
    public Optional<Job<?>> job(long id) {
        return Optional.empty();
    }

    @Override
    public int workers() {
        return 2;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** A job handle the test completes itself, or that {@link FakeJobs} completes with the work's result. */
    static final class FakeJob<T> implements Job<T> {
        final long id;
        final String name;
        final CompletableFuture<T> result = new CompletableFuture<>();
        final List<ItemError> errors = new CopyOnWriteArrayList<>();
        final AtomicBoolean cancelled = new AtomicBoolean();
        final JobContext context = new JobContext() {
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
                errors.add(new ItemError(item, reason, Instant.now()));
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }

            @Override
            public ExecutorService executor() {
                throw new UnsupportedOperationException("not in tests");
            }

            @Override
            public int parallelism() {
                return 1;
            }
        };

        FakeJob(long id, String name) {
            this.id = id;
            this.name = name;
        }

        void complete(T value) {
            result.complete(value);
        }

        void fail(Throwable error) {
            result.completeExceptionally(error);
        }

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
            JobState state = result.isCancelled() ? JobState.CANCELLED
                    : result.isCompletedExceptionally() ? JobState.FAILED
                    : result.isDone() ? JobState.SUCCEEDED : JobState.RUNNING;
            return new JobStatus(id, name, state, 0, -1, 0, -1, "", 0, Optional.empty(), errors.size(),
                    Instant.now(), null, null);
        }

        @Override
        public List<ItemError> errors() {
            return List.copyOf(errors);
        }

        @Override
        public void cancel() {
            cancelled.set(true);
            result.cancel(false);
        }

        @Override
        public CompletionStage<T> result() {
            return result;
        }
    }
}
