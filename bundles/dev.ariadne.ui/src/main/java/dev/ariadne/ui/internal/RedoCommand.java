package dev.ariadne.ui.internal;

import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.api.undo.UndoService;
import dev.ariadne.ui.api.CommandContext;
import dev.ariadne.ui.api.CommandProperties;
import dev.ariadne.ui.api.WorkbenchCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Edit &gt; Redo: redoes the newest undone change of the current case in a job; its label names that change and it
 * is enabled only when there is one. Every method runs on the UI thread.
 */
@Component(service = WorkbenchCommand.class)
@CommandProperties(id = "dev.ariadne.ui.redo", label = "&Redo", menu = "Edit", key = "M1+M2+Z", toolbar = true,
        order = 20)
public final class RedoCommand implements WorkbenchCommand, DynamicLabel {
    final UndoService undo;
    final CaseService cases;

    @Activate
    public RedoCommand(@Reference UndoService undo, @Reference CaseService cases) {
        this.undo = undo;
        this.cases = cases;
    }

    @Override
    public boolean isEnabled(Selection selection) {
        return cases.current().map(c -> !undo.redoLabels(c).isEmpty()).orElse(false);
    }

    @Override
    public String currentLabel(CommandContext context) {
        return context.currentCase().map(c -> History.label("Redo", undo.redoLabels(c))).orElse(null);
    }

    @Override
    public void execute(CommandContext context) {
        History.run(context, "Redo", undo::redo);
    }
}
