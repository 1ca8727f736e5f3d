package dev.ariadne.ui.internal;

import dev.ariadne.ui.api.CommandContext;
import dev.ariadne.ui.api.CommandProperties;
import dev.ariadne.ui.api.WorkbenchCommand;
import org.osgi.service.component.annotations.Component;

/** Window &gt; Reset Layout: puts the default views back in their default stacks. Runs on the UI thread. */
@Component(service = WorkbenchCommand.class)
@CommandProperties(id = "dev.ariadne.ui.resetLayout", label = "&Reset Layout", menu = "Window", order = 100)
public final class ResetLayoutCommand implements WorkbenchCommand {

    @Override
    public void execute(CommandContext context) {
        CaseCommands.shell(context).resetLayout();
    }
}
