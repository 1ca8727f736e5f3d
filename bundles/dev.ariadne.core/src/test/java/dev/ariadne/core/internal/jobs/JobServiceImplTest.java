package dev.ariadne.core.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

import dev.ariadne.api.events.Topics;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobContext;
import dev.ariadne.api.jobs.JobState;
import dev.ariadne.api.jobs.JobStatus;
import dev.ariadne.core.internal.Poll;
import dev.ariadne.core.internal.RecordingEventAdmin;

class JobServiceImplTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    JobServiceImpl service;
    RecordingEventAdmin events = new RecordingEventAdmin();
    final List<CountDownLatch> toRelease = new ArrayList<>();

    private JobServiceImpl start(int workers) {
        service = new JobServiceImpl(workers);
        service.eventAdmin = events;
        return service;
    }

    @AfterEach
    void tearDown() {
        toRelease.forEach(CountDownLatch::countDown);
        if (service != null) {
            service.deactivate();
        }
    }

    private CountDownLatch latch() {
        CountDownLatch latch = new CountDownLatch(1);
        toRelease.add(latch);
        return latch;
    }

    private static <T> T result(Job<T> job) throws Exception {
        return job.result().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static void awaitState(Job<?> job, JobState state) {
        Poll.until(WAIT, job.name() + " " + state, () -> job.status().state() == state);
    }

    @Test
    void workRunsOnANamedWorkerThreadAndItsResultCompletesTheJob() throws Exception {
        start(2);

        Job<String> job = service.submit("Name the thread", context -> Thread.currentThread().getName());

        assertThat(result(job)).startsWith("ariadne-worker-");
        JobStatus status = job.status();
        assertThat(status.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(status.name()).isEqualTo("Name the thread");
        assertThat(status.started()).isNotNull();
        assertThat(status.finished()).isAfterOrEqualTo(status.started());
        assertThat(status.fraction()).isEqualTo(1.0);
        assertThat(service.job(job.id())).containsSame(job);
        assertThat(service.workers()).isEqualTo(2);
    }

    @Test
    void progressReportsItemsBytesTheCurrentItemTheRecentRateAndAnEta() throws Exception {
        start(1);
        AtomicLong nanos = new AtomicLong(0);
        service.nanos = nanos::get;
        AtomicReference<JobContext> context = new AtomicReference<>();
        CountDownLatch release = latch();
        Job<Void> job = service.submit("Import 100 files", ctx -> {
            context.set(ctx);
            release.await();
            return null;
        });
        Poll.until(WAIT, "the job to run", () -> context.get() != null);
        JobContext ctx = context.get();

        ctx.total(100, -1);
        for (int second = 1; second <= 4; second++) {
            nanos.set(second * 1_000_000_000L);
            ctx.current("file-" + second + ".pdf");
            ctx.worked(5, 1000);
        }
        JobStatus status = job.status();

        assertThat(status.state()).isEqualTo(JobState.RUNNING);
        assertThat(status.doneItems()).isEqualTo(20);
        assertThat(status.totalItems()).isEqualTo(100);
        assertThat(status.doneBytes()).isEqualTo(4000);
        assertThat(status.totalBytes()).isEqualTo(-1);
        assertThat(status.current()).isEqualTo("file-4.pdf");
        assertThat(status.fraction()).isCloseTo(0.2, within(1e-9));
        assertThat(status.itemsPerSecond()).isCloseTo(5.0, within(0.01));
        assertThat(status.eta()).hasValueSatisfying(eta -> assertThat(eta).isEqualTo(Duration.ofSeconds(16)));

        ctx.total(100, 10_000);
        assertThat(job.status().eta()).hasValueSatisfying(eta -> assertThat(eta).isEqualTo(Duration.ofSeconds(6)));
        assertThat(job.status().fraction()).isCloseTo(0.4, within(1e-9));

        release.countDown();
        result(job);
        assertThat(job.status().eta()).isEmpty();
        assertThat(job.status().current()).isEmpty();
    }

    @Test
    void aQueuedJobThatIsCancelledNeverRuns() throws Exception {
        start(1);
        CountDownLatch release = latch();
        Job<Void> blocker = service.submit("Blocker", ctx -> {
            release.await();
            return null;
        });
        awaitState(blocker, JobState.RUNNING);
        AtomicBoolean ran = new AtomicBoolean();
        Job<Void> queued = service.submit("Queued", ctx -> {
            ran.set(true);
            return null;
        });
        assertThat(queued.status().state()).isEqualTo(JobState.QUEUED);
        assertThat(queued.status().started()).isNull();

        queued.cancel();

        assertThat(queued.status().state()).isEqualTo(JobState.CANCELLED);
        assertThatThrownBy(() -> result(queued)).hasCauseInstanceOf(CancellationException.class);
        release.countDown();
        result(blocker);
        Job<Boolean> after = service.submit("After", ctx -> ran.get());
        assertThat(result(after)).isFalse();
        assertThat(ran).isFalse();
        assertThat(events.events(Topics.JOB_STARTED)).extracting(e -> e.getProperty(Topics.JOB_NAME))
                .containsExactly("Blocker", "After");
    }

    @Test
    void aRunningJobSeesTheCancelAndEndsCancelled() throws Exception {
        start(1);
        CountDownLatch running = new CountDownLatch(1);
        AtomicInteger items = new AtomicInteger();
        Job<Integer> job = service.submit("Endless", ctx -> {
            running.countDown();
            while (!ctx.isCancelled()) {
                items.incrementAndGet();
                ctx.worked(1, 0);
                Thread.onSpinWait();
            }
            return items.get();
        });
        assertThat(running.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        job.cancel();

        assertThatThrownBy(() -> result(job)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(CancellationException.class);
        assertThat(job.status().state()).isEqualTo(JobState.CANCELLED);
        assertThat(job.status().finished()).isNotNull();
        Poll.until(WAIT, "the finished event", () -> !events.events(Topics.JOB_FINISHED).isEmpty());
        assertThat(events.events(Topics.JOB_FINISHED).get(0).getProperty(Topics.JOB_STATE)).isEqualTo("CANCELLED");
    }

    @Test
    void itemErrorsAreKeptWithTheJobAndTheJobStillSucceeds() throws Exception {
        start(1);

        Job<String> job = service.submit("Import", ctx -> {
            ctx.total(3, -1);
            ctx.itemFailed("a.pdf", "encrypted");
            ctx.worked(1, 0);
            ctx.itemFailed("b.doc", "not a Word file");
            ctx.worked(2, 0);
            return "done";
        });

        assertThat(result(job)).isEqualTo("done");
        assertThat(job.status().state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(job.status().failedItems()).isEqualTo(2);
        assertThat(job.errors()).extracting(e -> e.item() + ": " + e.reason())
                .containsExactly("a.pdf: encrypted", "b.doc: not a Word file");
        assertThat(job.errors()).allSatisfy(e -> assertThat(e.at()).isNotNull());
        Poll.until(WAIT, "the finished event", () -> !events.events(Topics.JOB_FINISHED).isEmpty());
        Event finished = events.events(Topics.JOB_FINISHED).get(0);
        assertThat(finished.getProperty(Topics.JOB_ID)).isEqualTo(job.id());
        assertThat(finished.getProperty(Topics.JOB_NAME)).isEqualTo("Import");
        assertThat(finished.getProperty(Topics.JOB_STATE)).isEqualTo("SUCCEEDED");
        assertThat(finished.getProperty(Topics.JOB_FAILED_ITEMS)).isEqualTo(2);
    }

    @Test
    void workThatThrowsFailsTheJobWithItsMessage() throws Exception {
        start(1);
        IOException failure = new IOException("disk full");

        Job<Void> job = service.submit("Export", ctx -> {
            throw failure;
        });

        assertThatThrownBy(() -> result(job)).isInstanceOf(ExecutionException.class).cause().isSameAs(failure);
        JobStatus status = job.status();
        assertThat(status.state()).isEqualTo(JobState.FAILED);
        assertThat(status.failure()).isEqualTo("disk full");
    }

    @Test
    void theLastFiftyFinishedJobsAreKeptOldestFirst() throws Exception {
        start(1); // one worker: jobs finish in the order they were submitted, so "the last fifty" is well defined
        List<Job<Integer>> submitted = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int n = i;
            submitted.add(service.submit("Job " + i, ctx -> n));
        }
        for (Job<Integer> job : submitted) {
            result(job);
        }
        Poll.until(WAIT, "old jobs to be dropped", () -> service.jobs().size() == 50);

        List<JobStatus> kept = service.jobs();

        assertThat(kept).extracting(JobStatus::id).isSorted();
        assertThat(kept).allSatisfy(status -> assertThat(status.state()).isEqualTo(JobState.SUCCEEDED));
        assertThat(kept).extracting(JobStatus::id).doesNotContain(submitted.get(0).id());
        assertThat(service.job(submitted.get(59).id())).isPresent();
    }

    @Test
    void jobsListsQueuedAndRunningJobsToo() {
        start(1);
        CountDownLatch release = latch();
        Job<Void> running = service.submit("Running", ctx -> {
            release.await();
            return null;
        });
        awaitState(running, JobState.RUNNING);
        Job<Void> queued = service.submit("Queued", ctx -> null);

        assertThat(service.jobs()).extracting(JobStatus::name, JobStatus::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Running", JobState.RUNNING),
                org.assertj.core.groups.Tuple.tuple("Queued", JobState.QUEUED));
        assertThat(queued.status().fraction()).isEqualTo(-1);
    }

    @Test
    void theJobExecutorUsesAtMostParallelismThreadsAndIsShutDownAtTheEnd() throws Exception {
        start(3);
        AtomicReference<ExecutorService> executor = new AtomicReference<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        List<String> threadNames = java.util.Collections.synchronizedList(new ArrayList<>());

        Job<Integer> job = service.submit("Parallel", ctx -> {
            executor.set(ctx.executor());
            assertThat(ctx.parallelism()).isEqualTo(3);
            List<Future<?>> tasks = new ArrayList<>();
            CountDownLatch allThree = new CountDownLatch(3);
            for (int i = 0; i < 12; i++) {
                tasks.add(ctx.executor().submit(() -> {
                    int now = running.incrementAndGet();
                    peak.accumulateAndGet(now, Math::max);
                    threadNames.add(Thread.currentThread().getName());
                    allThree.countDown();
                    allThree.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                    running.decrementAndGet();
                    ctx.worked(1, 0);
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
            return peak.get();
        });

        assertThat(result(job)).isEqualTo(3);
        assertThat(job.status().doneItems()).isEqualTo(12);
        assertThat(threadNames).allSatisfy(name -> assertThat(name).startsWith("ariadne-job-" + job.id() + "-"));
        assertThat(executor.get().isShutdown()).isTrue();
    }

    @Test
    void resizingThePoolLetsMoreJobsRunAtOnce() throws Exception {
        start(1);
        service.resize(3);
        CountDownLatch release = latch();
        CountDownLatch allRunning = new CountDownLatch(3);
        List<Job<Void>> jobs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            jobs.add(service.submit("Wide " + i, ctx -> {
                allRunning.countDown();
                release.await();
                return null;
            }));
        }

        assertThat(allRunning.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(service.workers()).isEqualTo(3);
        release.countDown();
        for (Job<Void> job : jobs) {
            result(job);
        }
        service.resize(0);
        assertThat(service.workers()).isEqualTo(1);
    }

    @Test
    void theWorkerCountDefaultsToOnePerProcessor() {
        assertThat(JobServiceImpl.workersOf(null)).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(JobServiceImpl.workersOf(config(0))).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(JobServiceImpl.workersOf(config(7))).isEqualTo(7);
    }

    @Test
    void deactivateCancelsEveryJobAndRefusesNewOnes() throws Exception {
        start(1);
        Job<Void> running = service.submit("Running", ctx -> {
            while (!ctx.isCancelled()) {
                Thread.onSpinWait();
            }
            return null;
        });
        awaitState(running, JobState.RUNNING);
        Job<Void> queued = service.submit("Queued", ctx -> null);

        service.deactivate();

        assertThat(running.status().state()).isEqualTo(JobState.CANCELLED);
        assertThat(queued.status().state()).isEqualTo(JobState.CANCELLED);
        Job<Void> late = service.submit("Late", ctx -> null);
        assertThat(late.status().state()).isEqualTo(JobState.FAILED);
        assertThatThrownBy(() -> result(late)).hasMessageContaining("stopping");
        service = null;
    }

    private static JobsConfig config(int workers) {
        return new JobsConfig() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return JobsConfig.class;
            }

            @Override
            public int workers() {
                return workers;
            }
        };
    }
}
