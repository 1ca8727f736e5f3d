package dev.ariadne.ui.internal;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Interrupts the UI thread when plugin code called on it (a view's {@code createControl}) does not return in time.
 * {@link #run} is called on the UI thread; the timer runs on the given scheduler.
 */
final class UiWatchdog {
    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int FIRED = 2;

    private final ScheduledExecutorService scheduler;

    UiWatchdog(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Runs {@code body} on the calling thread; if it has not returned after {@code limitMillis}, the calling thread is
     * interrupted once. The interrupt flag is cleared before this method returns, so the UI thread goes on clean.
     *
     * @return whether the watchdog fired
     */
    boolean run(Runnable body, long limitMillis) {
        Thread caller = Thread.currentThread();
        AtomicInteger state = new AtomicInteger(RUNNING);
        Object lock = new Object();
        ScheduledFuture<?> timer = scheduler.schedule(() -> {
            synchronized (lock) {
                if (state.compareAndSet(RUNNING, FIRED)) {
                    caller.interrupt();
                }
            }
        }, limitMillis, TimeUnit.MILLISECONDS);
        try {
            body.run();
        } finally {
            timer.cancel(false);
            synchronized (lock) {
                state.compareAndSet(RUNNING, DONE);
                // the interrupt was meant for the body only; the UI thread must not carry it into the event loop
                Thread.interrupted();
            }
        }
        return state.get() == FIRED;
    }
}
