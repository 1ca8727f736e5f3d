package dev.ariadne.importer.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import dev.ariadne.api.jobs.JobContext;

/** A job context for tests: records progress and item errors; runs parallel work on its own small pool. */
final class InlineJobContext implements JobContext {

    final AtomicLong items = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();
    final List<String> failures = new CopyOnWriteArrayList<>();
    volatile long totalItems;
    volatile boolean cancelled;
    private final int parallelism;
    private ExecutorService executor;

    InlineJobContext(int parallelism) {
        this.parallelism = parallelism;
    }

    @Override
    public void total(long totalItems, long totalBytes) {
        this.totalItems = totalItems;
    }

    @Override
    public void worked(long items, long bytes) {
        this.items.addAndGet(items);
        this.bytes.addAndGet(bytes);
    }

    @Override
    public void current(String item) {
        // not shown in tests
    }

    @Override
    public void itemFailed(String item, String reason) {
        failures.add(item + ": " + reason);
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public synchronized ExecutorService executor() {
        if (executor == null) {
            executor = Executors.newFixedThreadPool(parallelism);
        }
        return executor;
    }

    @Override
    public int parallelism() {
        return parallelism;
    }

    synchronized void shutdown() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
