package dev.ariadne.api.jobs;

import java.util.List;
import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A handle on submitted work. Implemented by the core bundle; thread-safe.
 *
 * @param <T> what the work returns
 */
@ProviderType
public interface Job<T> {

    /** Unique in this process, increasing. */
    long id();

    /** The name given at submission. */
    String name();

    /** A snapshot of the progress; cheap, callable at any rate from any thread. */
    JobStatus status();

    /** Every item error reported so far, in the order reported. */
    List<ItemError> errors();

    /**
     * Asks the work to stop. A queued job never starts; a running one sees {@link JobContext#isCancelled()} and ends
     * as {@link JobState#CANCELLED}. Returns at once.
     */
    void cancel();

    /**
     * Completes with the work's result, exceptionally with the work's exception, or with a
     * {@link java.util.concurrent.CancellationException} when cancelled. Dependent stages run on the worker thread;
     * UI code hops to the UI thread itself.
     */
    CompletionStage<T> result();
}
