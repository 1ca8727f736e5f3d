package dev.ariadne.ui.entities.internal;

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

/** A {@link JobService} on two daemon threads that records the names of the jobs submitted. */
final class FakeJobs implements JobService, AutoCloseable {

    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "test-worker");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong ids = new AtomicLong();
    final List<String> submitted = new CopyOnWriteArrayList<>();

    @Override
    public <T> Job<T> submit(String name, JobWork<T> work) {
        submitted.add(name);
        long id = ids.incrementAndGet();
        CompletableFuture<T> result = new CompletableFuture<>();
        JobContext context = null; // the entity views do not report progress
        pool.execute(() -> {
            try {
                result.complete(work.run(context));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
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
                return null;
            }

            @Override
            public List<ItemError> errors() {
                return List.of();
            }

            @Override
            public void cancel() {
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
        return 2;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
