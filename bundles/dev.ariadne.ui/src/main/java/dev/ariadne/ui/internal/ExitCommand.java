package dev.ariadne.ui.internal;

import dev.ariadne.ui.api.CommandContext;
import dev.ariadne.ui.api.CommandProperties;
import dev.ariadne.ui.api.WorkbenchCommand;
import org.osgi.service.component.annotations.Component;

/** File &gt; Exit: closes the window, which ends Ariadne in the desktop product. Runs on the UI thread. */
@Component(service = WorkbenchCommand.class)
@CommandProperties(id = "dev.ariadne.ui.exit", label = "E&xit", menu = "File", key = "M1+Q", order = 900)
public final class ExitCommand implements WorkbenchCommand {

    @Override
    public void execute(CommandContext context) {
        CaseCommands.shell(context).exit();
    }
}
