package dev.ariadne.ui.platform.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.api.ViewDescriptor;
import dev.ariadne.ui.api.ViewSite;
import dev.ariadne.ui.api.Workbench;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** A workbench and view site for tests: asyncExec goes to the display, statuses and selections are recorded. */
public final class FakeWorkbench implements Workbench, ViewSite {

    public final Shell shell;
    public final List<String> statuses = new CopyOnWriteArrayList<>();
    public final List<Selection> selections = new CopyOnWriteArrayList<>();
    public final String viewId;

    public FakeWorkbench(Shell shell, String viewId) {
        this.shell = shell;
        this.viewId = viewId;
    }

    @Override
    public void asyncExec(Runnable task) {
        Display display = shell.getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
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
        return List.of();
    }

    @Override
    public boolean showView(String id) {
        return false;
    }

    @Override
    public List<String> openViews() {
        return List.of(viewId);
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
        return Optional.empty();
    }

    @Override
    public void setStatus(String message) {
        statuses.add(message);
    }

    @Override
    public String viewId() {
        return viewId;
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
