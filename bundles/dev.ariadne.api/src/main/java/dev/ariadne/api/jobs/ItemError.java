package dev.ariadne.api.jobs;

import java.time.Instant;

/**
 * One item of a job that failed while the job went on.
 *
 * @param item the item, usually a file path
 * @param reason why, in words a person understands
 * @param at when it was reported
 */
public record ItemError(String item, String reason, Instant at) {
}
