package dev.ariadne.api.jobs;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs jobs on Ariadne's worker pool ({@code ariadne-worker-N} threads, sized by configuration).
 *
 * <p>Implemented by the core bundle. All methods are non-blocking and callable from any thread, the UI thread
 * included. A job's start and end are posted as {@link dev.ariadne.api.events.Topics#JOB_STARTED} and
 * {@link dev.ariadne.api.events.Topics#JOB_FINISHED}.
 */
@ProviderType
public interface JobService {

    /**
     * Queues {@code work} and returns at once.
     *
     * @param name what a person reads in the progress view, e.g. "Import 312 files"
     * @param work the work; called once on a worker thread
     * @return the job handle
     */
    <T> Job<T> submit(String name, JobWork<T> work);

    /** Queued, running and recently finished jobs (the last 50 finished are kept), oldest first. */
    List<JobStatus> jobs();

    /** The job with this id, while it is queued, running or kept after it finished. */
    Optional<Job<?>> job(long id);

    /** The number of worker threads; work inside a job may use {@link JobContext#parallelism()} threads at most. */
    int workers();
}
