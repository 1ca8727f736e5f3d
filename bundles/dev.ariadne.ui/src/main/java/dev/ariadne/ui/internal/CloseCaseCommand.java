package dev.ariadne.ui.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.api.CommandContext;
import dev.ariadne.ui.api.CommandProperties;
import dev.ariadne.ui.api.WorkbenchCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File &gt; Close Case: saves the window layout into the case, lets the views go of the case (so they queue their last
 * saves), then closes it in a job once the work queued before it has finished. Enabled while a case is open. Both
 * methods run on the UI thread.
 */
@Component(service = WorkbenchCommand.class)
@CommandProperties(id = "dev.ariadne.ui.closeCase", label = "&Close Case", menu = "File", key = "M1+W", order = 30)
public final class CloseCaseCommand implements WorkbenchCommand {
    private static final Logger LOG = LoggerFactory.getLogger(CloseCaseCommand.class);

    /** How long closing waits for the jobs queued before it (views' last saves) to end. */
    static final Duration DRAIN_LIMIT = Duration.ofSeconds(15);

    final CaseService cases;
    final JobService jobs;

    @Activate
    public CloseCaseCommand(@Reference CaseService cases, @Reference JobService jobs) {
        this.cases = cases;
        this.jobs = jobs;
    }

    @Override
    public boolean isEnabled(Selection selection) {
        return cases.current().isPresent();
    }

    @Override
    public void execute(CommandContext context) {
        Optional<Case> current = context.currentCase();
        if (current.isEmpty()) {
            return;
        }
        Case aCase = current.get();
        ShellOperations shell = CaseCommands.shell(context);
        shell.flushLayout().thenCompose(saved -> {
            CompletableFuture<List<Job<?>>> pending = new CompletableFuture<>();
            context.workbench().asyncExec(() -> {
                shell.showCase(Optional.empty());
                pending.complete(unfinishedJobs());
            });
            return pending;
        }).thenCompose(pending -> shell.background("Close case " + aCase.name(), () -> {
            awaitAll(pending, DRAIN_LIMIT);
            cases.close(aCase);
            return cases.current();
        })).whenComplete((next, failure) -> context.workbench().asyncExec(() -> {
            if (failure != null) {
                Throwable cause = CaseCommands.unwrap(failure);
                LOG.error("Could not close case {}", aCase.name(), cause);
                shell.showError("Cannot close the case", ErrorPage.reason(cause), cause);
            } else {
                shell.showCase(next);
                context.workbench().setStatus("Case " + aCase.name() + " closed");
            }
        }));
    }

    /** The jobs queued or running now. */
    List<Job<?>> unfinishedJobs() {
        return jobs.jobs().stream().filter(status -> !status.state().isFinal())
                .map(status -> jobs.job(status.id())).flatMap(Optional::stream).toList();
    }

    /** Waits until every job has ended, or the limit has passed (then logs which are still running). */
    static void awaitAll(List<Job<?>> pending, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        for (Job<?> job : pending) {
            try {
                job.result().toCompletableFuture().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException late) {
                LOG.warn("Closing the case without waiting longer for job '{}'", job.name());
            } catch (ExecutionException | CancellationException ended) {
                LOG.debug("Job '{}' ended without a result before the case closed", job.name(), ended);
            }
        }
    }
}
