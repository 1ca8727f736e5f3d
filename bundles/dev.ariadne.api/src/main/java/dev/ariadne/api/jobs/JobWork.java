package dev.ariadne.api.jobs;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The body of a job, written by whoever submits it.
 *
 * @param <T> the result
 */
@FunctionalInterface
@ConsumerType
public interface JobWork<T> {

    /**
     * Does the work on a worker thread, reporting progress to {@code context} and checking
     * {@link JobContext#isCancelled()} between items. Errors that concern one item (one file, one document) are
     * reported with {@link JobContext#itemFailed} and the work goes on; an exception thrown from here fails the job.
     *
     * @return the result of the job, may be {@code null}
     */
    T run(JobContext context) throws Exception;
}
