package dev.ariadne.api.jobs;

/** The life of a job. */
public enum JobState {
    /** Submitted, waiting for a worker. */
    QUEUED,
    /** Running on a worker. */
    RUNNING,
    /** The work returned normally (some items may have failed). */
    SUCCEEDED,
    /** The work threw. */
    FAILED,
    /** Cancelled before or while it ran. */
    CANCELLED;

    /** Whether the job has ended. */
    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
