package dev.ariadne.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobStatus;
import org.junit.jupiter.api.Test;

/** Closing a case waits for the work queued before it, but not forever. */
class CloseCaseCommandTest {

    private static Job<Void> job(String name, CompletableFuture<Void> result) {
        return new Job<>() {
            @Override
            public long id() {
                return name.hashCode();
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public JobStatus status() {
                throw new AssertionError("not read");
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
            public CompletionStage<Void> result() {
                return result;
            }
        };
    }

    @Test
    void waitsForQueuedSavesToFinish() throws Exception {
        CompletableFuture<Void> save = new CompletableFuture<>();
        Thread saver = new Thread(() -> save.complete(null));
        saver.start();
        CloseCaseCommand.awaitAll(List.of(job("save note", save)), Duration.ofSeconds(30));
        assertThat(save).isCompleted();
    }

    @Test
    void givesUpOnAJobThatNeverEnds() throws Exception {
        CompletableFuture<Void> stuck = new CompletableFuture<>();
        CompletableFuture<Void> failed = CompletableFuture.failedFuture(new IllegalStateException("disk full"));
        long start = System.nanoTime();
        CloseCaseCommand.awaitAll(List.of(job("failed", failed), job("stuck", stuck)), Duration.ofMillis(200));
        assertThat(stuck).isNotDone();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
