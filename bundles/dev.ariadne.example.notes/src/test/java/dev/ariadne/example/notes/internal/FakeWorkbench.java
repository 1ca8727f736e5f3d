package dev.ariadne.example.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.api.ViewDescriptor;
import dev.ariadne.ui.api.ViewSite;
import dev.ariadne.ui.api.Workbench;
import org.eclipse.swt.widgets.Shell;

/** A {@link Workbench} and {@link ViewSite} over one test shell: records status messages and selections. */
final class FakeWorkbench implements Workbench, ViewSite {

    final Shell shell;
    final List<String> statuses = new CopyOnWriteArrayList<>();
    final List<Selection> selections = new ArrayList<>();
    final List<String> shown = new ArrayList<>();
    Optional<Case> currentCase = Optional.empty();

    FakeWorkbench(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void asyncExec(Runnable task) {
        if (!shell.isDisposed()) {
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    task.run();
                }
            });
        }
    }

    @Override
    public Shell shell() {
        return shell;
    }

    @Override
    public List<ViewDescriptor> views() {
        return List.of(new ViewDescriptor(NotesView.VIEW_ID, "Case Notes", "right", "dev.ariadne.example.notes"));
    }

    @Override
    public boolean showView(String viewId) {
        shown.add(viewId);
        return NotesView.VIEW_ID.equals(viewId);
    }

    @Override
    public List<String> openViews() {
        return List.of(NotesView.VIEW_ID);
    }

    @Override
    public Selection selection() {
        return selections.isEmpty() ? Selection.EMPTY : selections.get(selections.size() - 1);
    }

    @Override
    public AutoCloseable onSelection(Consumer<Selection> listener) {
        return () -> { };
    }

    @Override
    public Optional<Case> currentCase() {
        return currentCase;
    }

    @Override
    public void setStatus(String message) {
        statuses.add(message);
    }

    @Override
    public String viewId() {
        return NotesView.VIEW_ID;
    }

    @Override
    public void setSelection(Selection selection) {
        selections.add(selection);
    }

    @Override
    public void setTitle(String title) {
    }

    @Override
    public Workbench workbench() {
        return this;
    }
}
