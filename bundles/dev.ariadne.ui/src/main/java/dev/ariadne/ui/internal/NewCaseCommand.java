package dev.ariadne.ui.internal;

import java.nio.file.Path;

import dev.ariadne.api.cases.CaseService;
import dev.ariadne.ui.api.CommandContext;
import dev.ariadne.ui.api.CommandProperties;
import dev.ariadne.ui.api.WorkbenchCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * File &gt; New Case…: asks for a folder and a name, creates the case in a job and shows it. Registered by this
 * bundle as a {@link WorkbenchCommand}; {@link #execute} runs on the UI thread.
 */
@Component(service = WorkbenchCommand.class)
@CommandProperties(id = "dev.ariadne.ui.newCase", label = "&New Case…", menu = "File", key = "M1+N", toolbar = true,
        order = 10)
public final class NewCaseCommand implements WorkbenchCommand {
    final CaseService cases;

    @Activate
    public NewCaseCommand(@Reference CaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(CommandContext context) {
        DirectoryDialog dialog = new DirectoryDialog(context.shell(), SWT.SAVE);
        dialog.setText("New Case");
        dialog.setMessage("Choose an empty folder for the new case");
        String folder = dialog.open();
        if (folder == null) {
            return;
        }
        Path path = Path.of(folder);
        String suggested = path.getFileName() == null ? "" : path.getFileName().toString();
        String name = Dialogs.ask(context.shell(), "New Case", "Name of the case:", suggested);
        if (name == null) {
            return;
        }
        CaseCommands.switchTo(context, cases, "Create case " + name, "Cannot create the case",
                () -> cases.create(path, name));
    }
}
