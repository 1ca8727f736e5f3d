package dev.ariadne.ui.internal;

import java.util.Optional;
import java.util.concurrent.Callable;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseException;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.ui.api.CommandContext;

/**
 * What the File menu's case commands share: switching the window to another case in a job (saving the layout of the
 * case shown, opening or creating the next, closing the previous one) and reporting refusals. Called on the UI
 * thread from {@code execute}; the case work runs in a job.
 */
final class CaseCommands {

    private CaseCommands() {
    }

    /** The shell behind a command context. */
    static ShellOperations shell(CommandContext context) {
        if (context.workbench() instanceof ShellOperations operations) {
            return operations;
        }
        throw new IllegalStateException("This command only runs in the Ariadne workbench shell");
    }

    /**
     * Saves the layout of the case shown now, then in a job runs {@code open}, closes the previous case when another
     * one opened, and shows the new case; a {@link CaseException} is shown with its message.
     */
    static void switchTo(CommandContext context, CaseService cases, String jobName, String failureTitle,
            Callable<Case> open) {
        ShellOperations shell = shell(context);
        Optional<Case> previous = context.currentCase();
        context.workbench().setStatus(jobName + " …");
        shell.flushLayout().thenCompose(saved -> shell.background(jobName, () -> {
            Case opened = open.call();
            previous.filter(p -> !p.id().equals(opened.id())).ifPresent(cases::close);
            return opened;
        })).whenComplete((opened, failure) -> context.workbench().asyncExec(() -> {
            if (failure != null) {
                Throwable cause = unwrap(failure);
                context.workbench().setStatus(failureTitle);
                shell.showError(failureTitle, ErrorPage.reason(cause), cause instanceof CaseException ? null : cause);
            } else {
                shell.showCase(Optional.of(opened));
            }
        }));
    }

    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
