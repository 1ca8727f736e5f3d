package dev.ariadne.ui.documents.internal;

import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.api.CommandContext;
import dev.ariadne.ui.api.CommandProperties;
import dev.ariadne.ui.api.WorkbenchCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * File &gt; Import Folder…: asks for a folder and imports everything in it into the current case as a job. A
 * {@link WorkbenchCommand} service; both methods run on the UI thread. Enabled while an import service is there.
 */
@Component(service = WorkbenchCommand.class)
@CommandProperties(id = ImportFolderCommand.ID, label = "Import &Folder\u2026", menu = "File", key = "M1+M2+I",
        toolbar = true, order = 41)
public class ImportFolderCommand implements WorkbenchCommand {

    /** The command id. */
    static final String ID = "dev.ariadne.ui.documents.importFolder";

    final DocumentServices services;

    /**
     * Made by DS.
     *
     * @param services the document services of this bundle
     */
    @Activate
    public ImportFolderCommand(@Reference DocumentServices services) {
        this.services = services;
    }

    @Override
    public void execute(CommandContext context) {
        ImportActions.chooseFolder(context.shell(), context.workbench(), context.currentCase(), services);
    }

    @Override
    public boolean isEnabled(Selection selection) {
        return services.hasImporter();
    }
}
