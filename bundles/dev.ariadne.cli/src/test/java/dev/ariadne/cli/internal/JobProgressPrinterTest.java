package dev.ariadne.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.jobs.JobState;
import dev.ariadne.api.jobs.JobStatus;
import dev.ariadne.api.jobs.JobWork;

class JobProgressPrinterTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final List<Thread> hooks = new CopyOnWriteArrayList<>();
    final List<Thread> removed = new CopyOnWriteArrayList<>();
    final JobProgressPrinter.ShutdownHooks fakeHooks = new JobProgressPrinter.ShutdownHooks() {
        @Override
        public void add(Thread hook) {
            hooks.add(hook);
        }

        @Override
        public void remove(Thread hook) {
            removed.add(hook);
        }
    };

    JobProgressPrinter printer(boolean terminal) {
        Output output = new Output(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), terminal, 100);
        return new JobProgressPrinter(output, Clock.fixed(ProgressFormatTest.START.plusSeconds(2), ZoneOffset.UTC),
                fakeHooks);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceThenReplacedByTheSummary() throws Exception {
        FakeJob job = new FakeJob("Import");
        job.progress(1, 4, "one.txt");
        CompletableFuture<JobStatus> followed = CompletableFuture.supplyAsync(() -> printer(true).follow(job));

        Eventually.until("the first bar is drawn", () -> err().contains("one.txt"));
        job.progress(3, 4, "three.txt");
        Eventually.until("the bar is redrawn", () -> err().contains("three.txt"));
        job.end(JobState.SUCCEEDED);
        JobStatus last = followed.get(10, TimeUnit.SECONDS);

        assertThat(last.state()).isEqualTo(JobState.SUCCEEDED);
        String text = err();
        assertThat(text).startsWith("\rImport [").contains("\rImport [").contains(" 75%  3/4 items");
        assertThat(text).endsWith("\rImport: succeeded, 3 items in 0:05" + System.lineSeparator());
        assertThat(text.chars().filter(c -> c == '\n').count()).as("one line in all").isEqualTo(1);
        assertThat(out.size()).as("nothing on standard output").isZero();
    }

    @Test
    void withoutATerminalPlainLinesArePrintedOnlyWhenSomethingMoved() throws Exception {
        FakeJob job = new FakeJob("Index");
        CompletableFuture<JobStatus> followed = CompletableFuture.supplyAsync(() -> printer(false).follow(job));

        job.progress(1, 2, "a");
        Eventually.until("a plain line", () -> err().contains("Index: 50%, 1/2 items, 10.0 items/s, a"));
        job.progress(2, 2, "b");
        Eventually.until("a second line", () -> err().contains("Index: 100%, 2/2 items, 10.0 items/s, b"));
        job.end(JobState.SUCCEEDED);
        followed.get(10, TimeUnit.SECONDS);

        List<String> lines = err().lines().toList();
        assertThat(lines).doesNotHaveDuplicates().allSatisfy(l -> assertThat(l).doesNotContain("\r"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Index: succeeded, 2 items in 0:05");
        assertThat(lines).noneMatch(l -> l.contains("queued"));
    }

    @Test
    void shutdownWhileFollowingCancelsTheJob() throws Exception {
        FakeJob job = new FakeJob("Import");
        job.progress(1, 100, "x");
        CompletableFuture<JobStatus> followed = CompletableFuture.supplyAsync(() -> printer(false).follow(job));
        Eventually.until("the hook is registered", () -> !hooks.isEmpty());

        Thread hook = hooks.get(0);
        hook.start();
        hook.join(10_000);

        assertThat(job.cancelled).isTrue();
        assertThat(followed.get(10, TimeUnit.SECONDS).state()).isEqualTo(JobState.CANCELLED);
        assertThat(err()).contains("Cancelling Import").contains("Import: cancelled after 1 item");
    }

    @Test
    void theHookIsRemovedWhenTheJobEnds() throws Exception {
        FakeJob job = new FakeJob("Quick");
        job.progress(1, 1, null);
        job.end(JobState.SUCCEEDED);

        printer(false).follow(job);

        assertThat(hooks).hasSize(1);
        assertThat(removed).containsExactlyElementsOf(hooks);
        assertThat(job.cancelled).isFalse();
    }

    @Test
    void aHookRunAfterTheJobEndedDoesNothing() throws Exception {
        FakeJob job = new FakeJob("Quick");
        job.end(JobState.SUCCEEDED);
        printer(false).follow(job);

        Thread hook = hooks.get(0);
        hook.start();
        hook.join(10_000);

        assertThat(job.cancelled).isFalse();
        assertThat(err()).doesNotContain("Cancelling");
    }

    /** A job service whose jobs are {@link FakeJob}s the test ends. */
    static final class FakeJobs implements JobService {
        final CompletableFuture<FakeJob> submitted = new CompletableFuture<>();
        volatile String name;
        volatile JobWork<?> work;

        @Override
        @SuppressWarnings("unchecked")
        public <T> Job<T> submit(String jobName, JobWork<T> jobWork) {
            name = jobName;
            work = jobWork;
            FakeJob job = new FakeJob(jobName);
            submitted.complete(job);
            return (Job<T>) job;
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

    @Test
    void runSubmitsTheWorkAndReturnsItsResultAfterListingItemErrors() throws Exception {
        FakeJobs jobs = new FakeJobs();
        JobWork<String> work = context -> "unused";
        CompletableFuture<String> ran = CompletableFuture.supplyAsync(() -> {
            try {
                return printer(false).run(jobs, "Import", work);
            } catch (CliException e) {
                throw new IllegalStateException(e);
            }
        });
        FakeJob job = jobs.submitted.get(10, TimeUnit.SECONDS);
        job.errors = List.of(new ItemError("a.pdf", "encrypted", ProgressFormatTest.START),
                new ItemError("b.doc", "not a Word file", ProgressFormatTest.START));
        job.progress(3, 3, null);
        job.end(JobState.SUCCEEDED);

        assertThat(ran.get(10, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(jobs.name).isEqualTo("Import");
        assertThat(jobs.work).isSameAs(work);
        assertThat(err()).contains("Import: succeeded, 3 items in 0:05; 2 items failed")
                .contains("  a.pdf: encrypted").contains("  b.doc: not a Word file");
    }

    @Test
    void runSaysWhenTheJobFailedOrWasCancelled() throws Exception {
        for (JobState state : List.of(JobState.FAILED, JobState.CANCELLED)) {
            FakeJobs jobs = new FakeJobs();
            CompletableFuture<Throwable> thrown = CompletableFuture.supplyAsync(() -> {
                try {
                    printer(false).run(jobs, "Index", context -> 1);
                    return null;
                } catch (CliException e) {
                    return e;
                }
            });
            jobs.submitted.get(10, TimeUnit.SECONDS).end(state, state == JobState.FAILED ? "disk full" : null);

            assertThat(thrown.get(10, TimeUnit.SECONDS)).isInstanceOf(CliException.class)
                    .hasMessage(state == JobState.FAILED ? "Index failed: disk full" : "Index was cancelled.");
        }
    }

    @Test
    void longListsOfItemErrorsAreCut() throws Exception {
        FakeJobs jobs = new FakeJobs();
        CompletableFuture<String> ran = CompletableFuture.supplyAsync(() -> {
            try {
                return printer(false).run(jobs, "Import", context -> "unused");
            } catch (CliException e) {
                throw new IllegalStateException(e);
            }
        });
        FakeJob job = jobs.submitted.get(10, TimeUnit.SECONDS);
        List<ItemError> many = new java.util.ArrayList<>();
        for (int i = 0; i < JobProgressPrinter.ERRORS_SHOWN + 5; i++) {
            many.add(new ItemError("file" + i, "unreadable", ProgressFormatTest.START));
        }
        job.errors = many;
        job.end(JobState.SUCCEEDED);
        ran.get(10, TimeUnit.SECONDS);

        assertThat(err()).contains("file19: unreadable").doesNotContain("file20:").contains("… and 5 more");
    }
}
