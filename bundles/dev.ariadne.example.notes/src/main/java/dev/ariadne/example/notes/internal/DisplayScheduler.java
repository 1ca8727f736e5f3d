package dev.ariadne.example.notes.internal;

import java.util.Objects;

import dev.ariadne.example.notes.internal.model.Scheduler;
import org.eclipse.swt.widgets.Display;

/**
 * A {@link Scheduler} on SWT timers: tasks run on the UI thread. Called on the UI thread; does nothing once the
 * display is disposed.
 */
final class DisplayScheduler implements Scheduler {

    private final Display display;

    DisplayScheduler(Display display) {
        this.display = Objects.requireNonNull(display, "display");
    }

    @Override
    public Runnable schedule(Runnable task, long delayMillis) {
        if (display.isDisposed()) {
            return () -> { };
        }
        Runnable timer = task::run;
        display.timerExec((int) Math.min(Integer.MAX_VALUE, Math.max(0, delayMillis)), timer);
        return () -> {
            if (!display.isDisposed()) {
                display.timerExec(-1, timer);
            }
        };
    }
}
