package dev.ariadne.example.notes.internal;

import dev.ariadne.ui.api.CommandContext;
import dev.ariadne.ui.api.CommandProperties;
import dev.ariadne.ui.api.WorkbenchCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * File &gt; New Note (Ctrl+Shift+N): opens the Case Notes view and starts a new note in it.
 *
 * <p>A {@link WorkbenchCommand} whiteboard service described by {@link CommandProperties}; the shell calls
 * {@link #execute} on the UI thread. Without an open case it only opens the view, which shows how to get one.
 */
@Component(service = WorkbenchCommand.class)
@CommandProperties(id = NewNoteCommand.ID, label = "New &Note", menu = "File", key = "M1+M2+N", order = 20)
public class NewNoteCommand implements WorkbenchCommand {

    /** The command id. */
    static final String ID = "dev.ariadne.example.notes.new";

    final NotesCoordinator coordinator;

    @Activate
    public NewNoteCommand(@Reference NotesCoordinator coordinator) {
        this.coordinator = coordinator;
    }

    @Override
    public void execute(CommandContext context) {
        if (!context.workbench().showView(NotesView.VIEW_ID)) {
            throw new IllegalStateException("The Case Notes view is not available.");
        }
        if (context.currentCase().isEmpty()) {
            context.workbench().setStatus(NotesView.NO_CASE_HINT);
            return;
        }
        coordinator.requestNewNote();
    }
}
