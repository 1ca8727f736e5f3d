package dev.ariadne.ui.internal;

import java.nio.file.Path;

import dev.ariadne.api.cases.CaseService;
import dev.ariadne.ui.api.CommandContext;
import dev.ariadne.ui.api.CommandProperties;
import dev.ariadne.ui.api.WorkbenchCommand;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * File &gt; Open Case…: asks for a case folder, opens it in a job and shows it; a refused case (not a case, locked,
 * newer schema) is explained in a dialog with the case service's message. {@link #execute} runs on the UI thread.
 */
@Component(service = WorkbenchCommand.class)
@CommandProperties(id = "dev.ariadne.ui.openCase", label = "&Open Case…", menu = "File", key = "M1+O",
        toolbar = true, order = 20)
public final class OpenCaseCommand implements WorkbenchCommand {
    final CaseService cases;

    @Activate
    public OpenCaseCommand(@Reference CaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(CommandContext context) {
        DirectoryDialog dialog = new DirectoryDialog(context.shell());
        dialog.setText("Open Case");
        dialog.setMessage("Choose a case folder (it holds case.json)");
        String folder = dialog.open();
        if (folder == null) {
            return;
        }
        Path path = Path.of(folder);
        CaseCommands.switchTo(context, cases, "Open case " + path.getFileName(), "Cannot open the case",
                () -> cases.open(path));
    }
}
