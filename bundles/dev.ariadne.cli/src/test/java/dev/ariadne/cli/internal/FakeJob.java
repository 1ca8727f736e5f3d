package dev.ariadne.cli.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobState;
import dev.ariadne.api.jobs.JobStatus;

/** A job whose status the test sets; cancelling it ends it as CANCELLED. */
final class FakeJob implements Job<String> {

    final CompletableFuture<String> result = new CompletableFuture<>();
    volatile JobStatus status;
    volatile boolean cancelled;
    volatile List<ItemError> errors = List.of();

    FakeJob(String name) {
        status = new JobStatus(42, name, JobState.QUEUED, 0, -1, 0, -1, null, 0, Optional.empty(), 0, null, null,
                null);
    }

    /** Moves the job on to {@code done} of {@code total} items, working on {@code current}. */
    void progress(long done, long total, String current) {
        JobStatus s = status;
        status = new JobStatus(s.id(), s.name(), JobState.RUNNING, done, total, 0, -1, current, 10,
                Optional.empty(), 0, ProgressFormatTest.START, null, null);
    }

    /** Ends the job in {@code state}. */
    void end(JobState state) {
        end(state, null);
    }

    /** Ends the job in {@code state}, failed with {@code failure} when that is not {@code null}. */
    void end(JobState state, String failure) {
        JobStatus s = status;
        status = new JobStatus(s.id(), s.name(), state, s.doneItems(), s.totalItems(), 0, -1, null, 0,
                Optional.empty(), errors.size(), ProgressFormatTest.START, ProgressFormatTest.START.plusSeconds(5),
                failure);
        if (state == JobState.CANCELLED) {
            result.completeExceptionally(new CancellationException());
        } else if (state == JobState.FAILED) {
            result.completeExceptionally(new IllegalStateException(failure));
        } else {
            result.complete("done");
        }
    }

    @Override
    public long id() {
        return status.id();
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
        cancelled = true;
        end(JobState.CANCELLED);
    }

    @Override
    public CompletionStage<String> result() {
        return result;
    }
}
