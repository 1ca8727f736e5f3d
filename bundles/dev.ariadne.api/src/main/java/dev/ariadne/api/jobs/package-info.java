/**
 * Jobs: long work (import, indexing, extraction, layout, export) run on a worker pool with progress, cancellation
 * and per-item errors.
 *
 * <p>Callers describe the work as a {@link dev.ariadne.api.jobs.JobWork} and hand it to
 * {@link dev.ariadne.api.jobs.JobService#submit}; the work reports progress through its
 * {@link dev.ariadne.api.jobs.JobContext}. Anyone may read {@link dev.ariadne.api.jobs.JobStatus} snapshots at any time
 * (the workbench polls them for its progress bars); start and end are also posted on EventAdmin.
 */
@Export
@Version("1.0.0")
package dev.ariadne.api.jobs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
