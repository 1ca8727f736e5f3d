package dev.ariadne.example.notes.internal.model;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Runs an action a short quiet time after the last of a burst of triggers: the note is saved when typing stops.
 * While triggers keep coming the action still runs at least every {@code maxWait}, so a long uninterrupted stretch of
 * typing is saved too.
 *
 * <p>Not thread-safe: {@link #trigger}, {@link #flush} and {@link #cancel} are called on the thread the
 * {@link Scheduler} runs its tasks on (the UI thread in the view). Only one timer is pending at a time; a trigger does
 * not reschedule it, the timer looks at the time of the last trigger when it fires.
 */
public final class Debouncer {

    private final Scheduler scheduler;
    private final LongSupplier clockMillis;
    private final Runnable action;
    private long delayMillis;
    private long maxWaitMillis;

    private boolean pending;
    private long firstTrigger;
    private long lastTrigger;
    private Runnable cancelTimer;
    private Object timerToken;

    /**
     * @param scheduler runs the timer
     * @param clockMillis the current time in milliseconds (a monotonic clock)
     * @param delayMillis the quiet time after the last trigger
     * @param maxWaitMillis the longest time from the first trigger of a burst to the action
     * @param action what to run; its exceptions propagate to the caller of the timer or of {@link #flush}
     */
    public Debouncer(Scheduler scheduler, LongSupplier clockMillis, long delayMillis, long maxWaitMillis,
            Runnable action) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
        this.action = Objects.requireNonNull(action, "action");
        setDelays(delayMillis, maxWaitMillis);
    }

    /** Changes the delays; a pending timer keeps its time and then uses the new values. */
    public void setDelays(long delayMillis, long maxWaitMillis) {
        if (delayMillis < 0 || maxWaitMillis < delayMillis) {
            throw new IllegalArgumentException("delay " + delayMillis + " ms, max wait " + maxWaitMillis + " ms");
        }
        this.delayMillis = delayMillis;
        this.maxWaitMillis = maxWaitMillis;
    }

    /** Something changed: the action will run after the quiet time. */
    public void trigger() {
        long now = clockMillis.getAsLong();
        lastTrigger = now;
        if (!pending) {
            pending = true;
            firstTrigger = now;
            startTimer(delayMillis);
        }
    }

    /** Runs the action now if a trigger is waiting for it; otherwise does nothing. */
    public void flush() {
        if (pending) {
            fire();
        }
    }

    /** Forgets a waiting trigger without running the action. */
    public void cancel() {
        pending = false;
        stopTimer();
    }

    /** Whether a trigger is waiting for the action. */
    public boolean isPending() {
        return pending;
    }

    private void onTimer(Object token) {
        if (token != timerToken || !pending) {
            return;
        }
        timerToken = null;
        cancelTimer = null;
        long now = clockMillis.getAsLong();
        long due = Math.min(lastTrigger + delayMillis, firstTrigger + maxWaitMillis);
        if (now >= due) {
            fire();
        } else {
            startTimer(due - now);
        }
    }

    private void fire() {
        pending = false;
        stopTimer();
        action.run();
    }

    private void startTimer(long delay) {
        Object token = new Object();
        timerToken = token;
        cancelTimer = scheduler.schedule(() -> onTimer(token), delay);
    }

    private void stopTimer() {
        Runnable cancel = cancelTimer;
        cancelTimer = null;
        timerToken = null;
        if (cancel != null) {
            cancel.run();
        }
    }
}
