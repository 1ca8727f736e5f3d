package dev.ariadne.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UiWatchdogTest {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final UiWatchdog watchdog = new UiWatchdog(scheduler);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void aQuickBodyIsNotInterrupted() {
        boolean[] ran = new boolean[1];
        assertThat(watchdog.run(() -> ran[0] = true, 5000)).isFalse();
        assertThat(ran[0]).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aBlockedBodyIsInterruptedAndTheFlagIsCleared() {
        boolean[] interrupted = new boolean[1];
        boolean fired = watchdog.run(() -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted[0] = true;
            }
        }, 100);
        assertThat(fired).isTrue();
        assertThat(interrupted[0]).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aThrowingBodyStillClearsTheTimer() {
        try {
            watchdog.run(() -> {
                throw new IllegalStateException("x");
            }, 100);
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("x");
        }
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
}
