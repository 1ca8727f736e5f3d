package dev.ariadne.cli.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobState;
import dev.ariadne.api.jobs.JobStatus;

/** A job that already succeeded with a result after {@code done} items, with some item errors. */
final class DoneJob<T> implements Job<T> {

    private final T result;
    private final JobStatus status;
    private final List<ItemError> errors;

    DoneJob(String name, T result, long done, List<ItemError> errors) {
        this.result = result;
        this.errors = List.copyOf(errors);
        this.status = new JobStatus(7, name, JobState.SUCCEEDED, done, done, 0, -1, null, 0, Optional.empty(),
                errors.size(), Instant.EPOCH, Instant.EPOCH.plusSeconds(1), null);
    }

    @Override
    public long id() {
        return 7;
    }

    @Override
    public String name() {
        return status.name();
    }

    @Override
    public JobStatus status() {
        return status;
    }

    @Override
    public List<ItemError> errors() {
        return errors;
    }

    @Override
    public void cancel() {
    }

    @Override
    public CompletionStage<T> result() {
        return CompletableFuture.completedFuture(result);
    }
}
