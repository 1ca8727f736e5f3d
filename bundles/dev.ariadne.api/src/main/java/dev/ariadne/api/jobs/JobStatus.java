package dev.ariadne.api.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A snapshot of a job's progress.
 *
 * @param id the job id
 * @param name the job name
 * @param state where the job is in its life
 * @param doneItems items done
 * @param totalItems items in all, or {@code -1} when unknown
 * @param doneBytes bytes done
 * @param totalBytes bytes in all, or {@code -1} when not measured
 * @param current the item being processed, or empty
 * @param itemsPerSecond the recent rate
 * @param eta the estimated time left, when it can be estimated
 * @param failedItems the number of item errors
 * @param started when the job started running, or {@code null} while queued
 * @param finished when it ended, or {@code null}
 * @param failure the message of the exception that failed the job, or {@code null}
 */
public record JobStatus(long id, String name, JobState state, long doneItems, long totalItems, long doneBytes,
        long totalBytes, String current, double itemsPerSecond, Optional<Duration> eta, int failedItems,
        Instant started, Instant finished, String failure) {

    /** The fraction done in {@code [0, 1]}, by bytes when measured, else by items; {@code -1} when unknown. */
    public double fraction() {
        if (totalBytes > 0) {
            return Math.min(1.0, (double) doneBytes / totalBytes);
        }
        if (totalItems > 0) {
            return Math.min(1.0, (double) doneItems / totalItems);
        }
        return state.isFinal() ? 1.0 : -1;
    }
}
