package dev.ariadne.ui.documents.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;

/**
 * Measures, from a probe thread, how long the UI thread takes to run a task posted with {@code asyncExec} every few
 * milliseconds. Two figures per round trip: the wall-clock time, which on a loaded machine also counts the time the
 * UI thread waited for a core or for a garbage collection, and the CPU time the UI thread used meanwhile, which is
 * the work it did before it got to the task: the longest of those says how long the UI thread was kept busy.
 */
final class Responsiveness implements AutoCloseable {

    private final Display display;
    private final long uiThreadId;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Thread probe;
    private final AtomicLong worstBusyNanos = new AtomicLong();
    private final AtomicLong worstWallNanos = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private volatile boolean running = true;

    Responsiveness(Display display) {
        this.display = display;
        this.uiThreadId = display.getThread().getId();
        probe = new Thread(this::run, "ui-probe");
        probe.setDaemon(true);
        probe.start();
    }

    private void run() {
        while (running && !display.isDisposed()) {
            Object done = new Object();
            boolean[] ran = {false};
            long cpuBefore = threads.getThreadCpuTime(uiThreadId);
            long posted = System.nanoTime();
            try {
                display.asyncExec(() -> {
                    synchronized (done) {
                        ran[0] = true;
                        done.notifyAll();
                    }
                });
            } catch (RuntimeException e) {
                return; // the display went away
            }
            synchronized (done) {
                long deadline = System.currentTimeMillis() + 30_000;
                while (!ran[0] && running && System.currentTimeMillis() < deadline) {
                    try {
                        done.wait(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            if (ran[0]) {
                long wall = System.nanoTime() - posted;
                long busy = threads.getThreadCpuTime(uiThreadId) - cpuBefore;
                worstWallNanos.accumulateAndGet(wall, Math::max);
                worstBusyNanos.accumulateAndGet(Math.min(busy, wall), Math::max);
                samples.incrementAndGet();
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The most CPU time the UI thread spent before it ran a probe task, in milliseconds. */
    long worstBusyMillis() {
        return worstBusyNanos.get() / 1_000_000;
    }

    /** The longest wall-clock round trip, in milliseconds. */
    long worstWallMillis() {
        return worstWallNanos.get() / 1_000_000;
    }

    /** How many round trips were measured. */
    long samples() {
        return samples.get();
    }

    /** Starts measuring afresh. */
    void reset() {
        worstBusyNanos.set(0);
        worstWallNanos.set(0);
        samples.set(0);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        probe.join(2000);
    }
}
