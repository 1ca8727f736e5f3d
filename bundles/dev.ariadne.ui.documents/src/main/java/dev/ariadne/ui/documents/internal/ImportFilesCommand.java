package dev.ariadne.ui.documents.internal;

import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.api.CommandContext;
import dev.ariadne.ui.api.CommandProperties;
import dev.ariadne.ui.api.WorkbenchCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * File &gt; Import Files…: asks for files and imports them into the current case as a job. A
 * {@link WorkbenchCommand} service; both methods run on the UI thread. Enabled while an import service is there.
 */
@Component(service = WorkbenchCommand.class)
@CommandProperties(id = ImportFilesCommand.ID, label = "&Import Files\u2026", menu = "File", key = "M1+I",
        toolbar = true, order = 40)
public class ImportFilesCommand implements WorkbenchCommand {

    /** The command id. */
    static final String ID = "dev.ariadne.ui.documents.importFiles";

    final DocumentServices services;

    /**
     * Made by DS.
     *
     * @param services the document services of this bundle
     */
    @Activate
    public ImportFilesCommand(@Reference DocumentServices services) {
        this.services = services;
    }

    @Override
    public void execute(CommandContext context) {
        ImportActions.chooseFiles(context.shell(), context.workbench(), context.currentCase(), services);
    }

    @Override
    public boolean isEnabled(Selection selection) {
        return services.hasImporter();
    }
}
