package dev.ariadne.example.notes.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
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

/** A {@link JobService} on a small pool of {@code test-worker-N} threads, recording the names of the jobs. */
final class FakeJobService implements JobService, AutoCloseable {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "test-worker-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong ids = new AtomicLong();
    final List<String> submitted = new CopyOnWriteArrayList<>();

    @Override
    public <T> Job<T> submit(String name, JobWork<T> work) {
        submitted.add(name);
        long id = ids.incrementAndGet();
        CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> {
            try {
                return work.run(new Context());
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, pool);
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
                JobState state = result.isDone() ? JobState.SUCCEEDED : JobState.RUNNING;
                return new JobStatus(id, name, state, 0, -1, 0, -1, "", 0, Optional.empty(), 0, Instant.now(), null,
                        null);
            }

            @Override
            public List<ItemError> errors() {
                return List.of();
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
        return 2;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private final class Context implements JobContext {
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
            return pool;
        }

        @Override
        public int parallelism() {
            return 1;
        }
    }
}
