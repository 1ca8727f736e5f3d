package dev.ariadne.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import dev.ariadne.ui.testing.FakeJobService.FakeJob;
import org.junit.jupiter.api.Test;

/** Closing a case waits for the work queued before it, but not forever. */
class CloseCaseCommandTest {

    @Test
    void waitsForQueuedSavesToFinish() throws Exception {
        FakeJob<Void> save = new FakeJob<>(1, "save note");
        Thread saver = new Thread(() -> save.complete(null));
        saver.start();
        CloseCaseCommand.awaitAll(List.of(save), Duration.ofSeconds(30));
        assertThat(save.result().toCompletableFuture()).isCompleted();
    }

    @Test
    void givesUpOnAJobThatNeverEnds() throws Exception {
        FakeJob<Void> stuck = new FakeJob<>(1, "stuck");
        FakeJob<Void> failed = new FakeJob<>(2, "failed");
        failed.fail(new IllegalStateException("disk full"));
        long start = System.nanoTime();
        CloseCaseCommand.awaitAll(List.of(failed, stuck), Duration.ofMillis(200));
        assertThat(stuck.result().toCompletableFuture()).isNotDone();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
