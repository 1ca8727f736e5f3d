package dev.ariadne.api.jobs;

import java.util.concurrent.ExecutorService;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What running work sees of its job. Implemented by the core bundle; every method is thread-safe, so work that fans
 * out to {@link #parallelism()} threads may report from all of them.
 */
@ProviderType
public interface JobContext {

    /**
     * Declares the size of the work. May be called again when the size becomes known or grows (a folder walk).
     *
     * @param totalItems the number of items, or {@code -1} when unknown
     * @param totalBytes the number of bytes, or {@code -1} when progress is not measured in bytes
     */
    void total(long totalItems, long totalBytes);

    /** Records that {@code items} more items and {@code bytes} more bytes are done. */
    void worked(long items, long bytes);

    /** Names the item being processed now (a file name), shown beside the progress bar. */
    void current(String item);

    /** Records that one item failed, with a reason a person understands ("encrypted", "not a PDF"). */
    void itemFailed(String item, String reason);

    /** Whether the job was cancelled; work stops at the next item when it is. */
    boolean isCancelled();

    /**
     * An executor of at most {@link #parallelism()} threads for work that splits into parallel items, shut down
     * when the job ends. Tasks submitted here count towards this job only.
     */
    ExecutorService executor();

    /** The number of threads this job may use, from the job pool's configuration. */
    int parallelism();
}
