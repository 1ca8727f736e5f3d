package dev.ariadne.example.notes.internal.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A {@link Scheduler} and clock driven by hand: time moves only in {@link #advance}, which runs the due tasks. */
final class ManualScheduler implements Scheduler {

    private final class Task {
        final long due;
        final Runnable body;
        boolean cancelled;

        Task(long due, Runnable body) {
            this.due = due;
            this.body = body;
        }
    }

    private final List<Task> tasks = new ArrayList<>();
    private long now;
    int scheduled;

    long now() {
        return now;
    }

    @Override
    public Runnable schedule(Runnable task, long delayMillis) {
        Task t = new Task(now + delayMillis, task);
        tasks.add(t);
        scheduled++;
        return () -> t.cancelled = true;
    }

    /** The number of tasks waiting to run. */
    int waiting() {
        return (int) tasks.stream().filter(t -> !t.cancelled).count();
    }

    /** Moves the clock forward, running each task when its time comes, in time order. */
    void advance(long millis) {
        long end = now + millis;
        while (true) {
            Optional<Task> next = tasks.stream().filter(t -> !t.cancelled && t.due <= end)
                    .min(Comparator.comparingLong(t -> t.due));
            if (next.isEmpty()) {
                break;
            }
            Task task = next.get();
            tasks.remove(task);
            now = Math.max(now, task.due);
            task.body.run();
        }
        now = end;
        tasks.removeIf(t -> t.cancelled);
    }
}
