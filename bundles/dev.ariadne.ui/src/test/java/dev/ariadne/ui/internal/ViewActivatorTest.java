package dev.ariadne.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ViewActivatorTest {
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ViewActivator activator = new ViewActivator(executor, scheduler);

    @AfterEach
    void stop() {
        executor.shutdownNow();
        scheduler.shutdownNow();
    }

    @Test
    void deliversTheInstance() throws Exception {
        assertThat(activator.obtain(() -> "view", v -> { }, 5000, () -> "?").get(5, TimeUnit.SECONDS))
                .isEqualTo("view");
    }

    @Test
    void nullMeansFailureWithTheGivenReason() {
        CompletableFuture<String> f = activator.obtain(() -> null, v -> { }, 5000, () -> "activate threw");
        assertThat(f).failsWithin(5, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
                .withMessageContaining("activate threw");
    }

    @Test
    void exceptionsAreReported() {
        CompletableFuture<String> f = activator.obtain(() -> {
            throw new IllegalStateException("broken constructor");
        }, v -> { }, 5000, () -> "?");
        assertThat(f).failsWithin(5, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
                .withMessageContaining("broken constructor");
    }

    @Test
    void aHangingActivationTimesOutAndALateInstanceIsReleased() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> released = new CopyOnWriteArrayList<>();
        CompletableFuture<String> f = activator.obtain(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "late";
        }, released::add, 100, () -> "?");
        assertThat(f).failsWithin(5, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(TimeoutException.class);
        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (released.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(released).containsExactly("late");
    }
}
