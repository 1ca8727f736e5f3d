package dev.ariadne.search.lucene.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
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

/** A job service for unit tests: each job runs on its own thread; the jobs submitted are kept for assertions. */
final class ThreadJobs implements JobService {

    final List<String> submitted = new CopyOnWriteArrayList<>();
    final List<CompletableFuture<?>> results = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public <T> Job<T> submit(String name, JobWork<T> work) {
        submitted.add(name);
        long id = ids.incrementAndGet();
        List<ItemError> errors = new CopyOnWriteArrayList<>();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        JobContext context = new JobContext() {
            @Override
            public void total(long totalItems, long totalBytes) {
                // progress is not observed by these tests
            }

            @Override
            public void worked(long items, long bytes) {
                // progress is not observed by these tests
            }

            @Override
            public void current(String item) {
                // progress is not observed by these tests
            }

            @Override
            public void itemFailed(String item, String reason) {
                errors.add(new ItemError(item, reason, Instant.now()));
            }

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public ExecutorService executor() {
                return executor;
            }

            @Override
            public int parallelism() {
                return 1;
            }
        };
        CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> {
            try {
                return work.run(context);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                executor.shutdown();
            }
        }, runnable -> new Thread(runnable, "test-job-" + id).start());
        results.add(result);
        return new Job<>() {
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
                JobState state = result.isDone() ? (result.isCompletedExceptionally() ? JobState.FAILED
                        : JobState.SUCCEEDED) : JobState.RUNNING;
                return new JobStatus(id, name, state, 0, -1, 0, -1, "", 0, Optional.empty(), errors.size(), null,
                        null, null);
            }

            @Override
            public List<ItemError> errors() {
                return List.copyOf(errors);
            }

            @Override
            public void cancel() {
                result.cancel(false);
            }

            @Override
            public CompletionStage<T> result() {
                return result;
            }
        };
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
        return 1;
    }
}
