package dev.ariadne.ui.internal;

import java.util.Optional;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseService;
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
 * File &gt; Close Case: saves the window layout into the case, then closes it in a job. Enabled while a case is open.
 * Both methods run on the UI thread.
 */
@Component(service = WorkbenchCommand.class)
@CommandProperties(id = "dev.ariadne.ui.closeCase", label = "&Close Case", menu = "File", key = "M1+W", order = 30)
public final class CloseCaseCommand implements WorkbenchCommand {
    private static final Logger LOG = LoggerFactory.getLogger(CloseCaseCommand.class);

    final CaseService cases;

    @Activate
    public CloseCaseCommand(@Reference CaseService cases) {
        this.cases = cases;
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
        shell.flushLayout().thenCompose(saved -> shell.background("Close case " + aCase.name(), () -> {
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
}
