package dev.ariadne.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.ariadne.api.jobs.JobState;
import dev.ariadne.api.jobs.JobStatus;

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
}
