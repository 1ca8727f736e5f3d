package dev.ariadne.ui.entities.internal;

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

/**
 * A {@link Workbench} over one test shell: records statuses, the views asked for and the selections published, and
 * hands every selection to the listeners as the shell does.
 */
final class FakeWorkbench implements Workbench {

    final Shell shell;
    final List<String> statuses = new CopyOnWriteArrayList<>();
    final List<String> shown = new ArrayList<>();
    final List<Consumer<Selection>> listeners = new ArrayList<>();
    Selection active = Selection.EMPTY;
    Optional<Case> currentCase = Optional.empty();

    FakeWorkbench(Shell shell) {
        this.shell = shell;
    }

    Site site(String viewId) {
        return new Site(viewId);
    }

    void fire(Selection selection) {
        active = selection;
        for (Consumer<Selection> listener : List.copyOf(listeners)) {
            listener.accept(selection);
        }
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
        return List.of();
    }

    @Override
    public boolean showView(String viewId) {
        shown.add(viewId);
        return true;
    }

    @Override
    public List<String> openViews() {
        return List.copyOf(shown);
    }

    @Override
    public Selection selection() {
        return active;
    }

    @Override
    public AutoCloseable onSelection(Consumer<Selection> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public Optional<Case> currentCase() {
        return currentCase;
    }

    @Override
    public void setStatus(String message) {
        statuses.add(message);
    }

    /** The site of one view: records selections and titles, and forwards the selections. */
    final class Site implements ViewSite {
        final String viewId;
        final List<Selection> selections = new ArrayList<>();
        final List<String> titles = new ArrayList<>();

        Site(String viewId) {
            this.viewId = viewId;
        }

        Selection lastSelection() {
            return selections.isEmpty() ? Selection.EMPTY : selections.get(selections.size() - 1);
        }

        String title() {
            return titles.isEmpty() ? "" : titles.get(titles.size() - 1);
        }

        @Override
        public String viewId() {
            return viewId;
        }

        @Override
        public void setSelection(Selection selection) {
            selections.add(selection);
            fire(selection);
        }

        @Override
        public void setTitle(String title) {
            titles.add(title);
        }

        @Override
        public Workbench workbench() {
            return FakeWorkbench.this;
        }
    }
}
