package dev.ariadne.core.internal.jobs;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The recent rate of a counter: samples of (time, count) over a sliding window, so the rate follows the work as it
 * speeds up or stalls instead of averaging over the whole job. Not thread-safe; {@link JobImpl} guards it.
 */
final class RateWindow {

    private record Sample(long nanos, long items, long bytes) {
    }

    /** Below this span a rate is noise. */
    private static final long MIN_ELAPSED_NANOS = 50_000_000L;

    private final long windowNanos;
    private final long sampleEveryNanos;
    private final Deque<Sample> samples = new ArrayDeque<>();

    /**
     * @param windowNanos how far back the rate looks
     * @param sampleEveryNanos the least time between two samples, bounding memory to window / this
     */
    RateWindow(long windowNanos, long sampleEveryNanos) {
        this.windowNanos = windowNanos;
        this.sampleEveryNanos = sampleEveryNanos;
    }

    /** Starts the window at {@code nanos} with nothing done. */
    void start(long nanos) {
        samples.clear();
        samples.add(new Sample(nanos, 0, 0));
    }

    /** Records the totals done at {@code nanos}. */
    void record(long nanos, long items, long bytes) {
        Sample last = samples.peekLast();
        if (last == null || nanos - last.nanos() >= sampleEveryNanos) {
            samples.addLast(new Sample(nanos, items, bytes));
        }
        prune(nanos);
    }

    private void prune(long now) {
        while (samples.size() > 1) {
            Sample first = samples.pollFirst();
            Sample second = samples.peekFirst();
            if (second.nanos() > now - windowNanos) {
                samples.addFirst(first);
                return;
            }
        }
    }

    /** Items per second between the oldest sample in the window and {@code nanos}, when {@code items} are done. */
    double itemsPerSecond(long nanos, long items) {
        return rate(nanos, items, true);
    }

    /** Bytes per second between the oldest sample in the window and {@code nanos}, when {@code bytes} are done. */
    double bytesPerSecond(long nanos, long bytes) {
        return rate(nanos, bytes, false);
    }

    private double rate(long nanos, long done, boolean items) {
        prune(nanos);
        Sample base = samples.peekFirst();
        if (base == null) {
            return 0;
        }
        long elapsed = nanos - base.nanos();
        if (elapsed < MIN_ELAPSED_NANOS) {
            return 0;
        }
        long delta = done - (items ? base.items() : base.bytes());
        return Math.max(0, delta) * 1e9 / elapsed;
    }
}
