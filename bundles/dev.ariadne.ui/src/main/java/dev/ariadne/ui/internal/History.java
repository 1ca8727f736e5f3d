package dev.ariadne.ui.internal;

import java.util.List;
import java.util.Optional;

import dev.ariadne.api.cases.Case;
import dev.ariadne.ui.api.CommandContext;

/** What Undo and Redo share: the menu label and running the step in a job. Called on the UI thread. */
final class History {

    /** One step of the history. */
    @FunctionalInterface
    interface Step {
        Optional<String> run(Case aCase) throws Exception;
    }

    private History() {
    }

    /** {@code "&Undo Merge …"} for the newest label, or {@code null} when there is none. */
    static String label(String verb, List<String> labels) {
        if (labels == null || labels.isEmpty()) {
            return null;
        }
        return "&" + verb + " " + labels.get(0).replace("&", "&&");
    }

    /** Runs the step on the workbench's case in a job and reports what was done in the status bar. */
    static void run(CommandContext context, String verb, Step step) {
        Optional<Case> current = context.currentCase();
        if (current.isEmpty()) {
            return;
        }
        ShellOperations shell = CaseCommands.shell(context);
        shell.background(verb, () -> step.run(current.get())).whenComplete((label, failure) ->
                context.workbench().asyncExec(() -> {
                    if (failure != null) {
                        Throwable cause = CaseCommands.unwrap(failure);
                        shell.showError(verb + " failed", verb + " failed: " + ErrorPage.reason(cause), cause);
                    } else {
                        context.workbench().setStatus(label == null || label.isEmpty() ? "Nothing to " + verb.toLowerCase()
                                : verb + "ne: " + label.get());
                    }
                }));
    }
}
