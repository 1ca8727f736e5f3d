package dev.ariadne.example.notes.internal.model;

/**
 * Runs a task once after a delay on the thread that owns a {@link Debouncer}. The view implements it with
 * {@code Display.timerExec} (the UI thread); tests implement it with a hand-driven queue.
 */
@FunctionalInterface
public interface Scheduler {

    /**
     * Schedules {@code task} to run once after {@code delayMillis}.
     *
     * @return cancels the task when run before it ran; does nothing afterwards
     */
    Runnable schedule(Runnable task, long delayMillis);
}
