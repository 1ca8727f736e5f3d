package dev.ariadne.core.internal.jobs;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.events.Topics;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.jobs.JobStatus;
import dev.ariadne.api.jobs.JobWork;
import dev.ariadne.core.internal.Events;

/**
 * The core's {@link JobService}: one pool of {@code ariadne-worker-N} threads, sized by the {@link JobsConfig}
 * configuration {@value JobsConfig#PID} and resized without a restart when it changes.
 *
 * <p>A DS component; callers use it through {@link JobService} from any thread, the UI thread included: every method
 * returns at once. Jobs run first come, first served; their start and end are posted as {@link Topics#JOB_STARTED}
 * and {@link Topics#JOB_FINISHED}. Queued and running jobs are listed with the last {@value #KEEP_FINISHED} finished
 * ones. On deactivation every job is cancelled and the pool waits a few seconds for running work to notice.
 */
@Component(service = JobService.class, configurationPid = JobsConfig.PID)
@Designate(ocd = JobsConfig.class)
public class JobServiceImpl implements JobService, JobImpl.Owner {

    private static final Logger LOG = LoggerFactory.getLogger(JobServiceImpl.class);

    static final int KEEP_FINISHED = 50;
    private static final long SHUTDOWN_WAIT_SECONDS = 5;

    private final ThreadPoolExecutor pool;
    private final ConcurrentSkipListMap<Long, JobImpl<?>> jobs = new ConcurrentSkipListMap<>();
    /** Ids of finished jobs still kept, oldest finished first. Guarded by itself. */
    private final Deque<Long> finishedOrder = new ArrayDeque<>();
    private final AtomicLong nextId = new AtomicLong();
    private volatile int workers;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EventAdmin eventAdmin;

    Clock clock = Clock.systemUTC();
    LongSupplier nanos = System::nanoTime;

    /**
     * Called by DS with the configuration of {@value JobsConfig#PID} (defaults when there is none).
     *
     * @param config the pool configuration
     */
    @Activate
    public JobServiceImpl(JobsConfig config) {
        this(workersOf(config));
    }

    /** For tests: a pool of exactly {@code workers} threads. */
    JobServiceImpl(int workers) {
        this.workers = Math.max(1, workers);
        AtomicInteger threads = new AtomicInteger();
        pool = new ThreadPoolExecutor(this.workers, this.workers, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "ariadne-worker-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
    }

    static int workersOf(JobsConfig config) {
        int configured = config == null ? 0 : config.workers();
        return configured >= 1 ? configured : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Resizes the pool when the configuration changes; running jobs go on. */
    @Modified
    void modified(JobsConfig config) {
        resize(workersOf(config));
    }

    void resize(int newWorkers) {
        int size = Math.max(1, newWorkers);
        synchronized (pool) {
            if (size > pool.getMaximumPoolSize()) {
                pool.setMaximumPoolSize(size);
                pool.setCorePoolSize(size);
            } else {
                pool.setCorePoolSize(size);
                pool.setMaximumPoolSize(size);
            }
            workers = size;
        }
        LOG.info("The job pool now has {} worker threads", size);
    }

    /** Cancels every job and stops the pool, waiting a few seconds for running work to notice. */
    @Deactivate
    void deactivate() {
        for (JobImpl<?> job : jobs.values()) {
            job.cancel();
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Jobs still running {} s after they were cancelled; interrupting them: {}",
                        SHUTDOWN_WAIT_SECONDS, jobs.values().stream().filter(j -> !j.state().isFinal()).toList());
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            LOG.warn("Interrupted while waiting for jobs to stop", e);
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public <T> Job<T> submit(String name, JobWork<T> work) {
        Objects.requireNonNull(work, "work");
        String jobName = name == null || name.isBlank() ? "Job" : name;
        JobImpl<T> job = new JobImpl<>(nextId.incrementAndGet(), jobName, work, workers, this, clock, nanos);
        jobs.put(job.id(), job);
        try {
            pool.execute(job);
        } catch (RejectedExecutionException e) {
            LOG.warn("Job '{}' refused: the job service is stopping", jobName, e);
            job.reject("The job service is stopping");
        }
        return job;
    }

    @Override
    public List<JobStatus> jobs() {
        List<JobStatus> statuses = new ArrayList<>();
        for (JobImpl<?> job : jobs.values()) {
            statuses.add(job.status());
        }
        return statuses;
    }

    @Override
    public Optional<Job<?>> job(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public int workers() {
        return workers;
    }

    // ----------------------------------------------------------------------------------------------------------------
    // JobImpl.Owner

    @Override
    public void started(JobImpl<?> job) {
        Events.post(eventAdmin, Topics.JOB_STARTED, Map.of(Topics.JOB_ID, job.id(), Topics.JOB_NAME, job.name()));
    }

    @Override
    public void finished(JobImpl<?> job) {
        JobStatus status = job.status();
        synchronized (finishedOrder) {
            finishedOrder.addLast(job.id());
            while (finishedOrder.size() > KEEP_FINISHED) {
                jobs.remove(finishedOrder.removeFirst());
            }
        }
        Events.post(eventAdmin, Topics.JOB_FINISHED, Map.of(Topics.JOB_ID, job.id(), Topics.JOB_NAME, job.name(),
                Topics.JOB_STATE, status.state().name(), Topics.JOB_FAILED_ITEMS, status.failedItems()));
    }

    @Override
    public void dequeue(JobImpl<?> job) {
        pool.remove(job);
    }
}
