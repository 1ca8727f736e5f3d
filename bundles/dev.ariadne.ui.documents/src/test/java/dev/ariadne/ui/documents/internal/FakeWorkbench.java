package dev.ariadne.ui.documents.internal;

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
 * A {@link Workbench} over one test shell and the {@link ViewSite} of one view: records status messages, published
 * selections, titles and the views asked for; {@link #fire} hands a selection to the views listening.
 */
final class FakeWorkbench implements Workbench {

    final Shell shell;
    final List<String> statuses = new CopyOnWriteArrayList<>();
    final List<String> shown = new ArrayList<>();
    final List<Consumer<Selection>> listeners = new ArrayList<>();
    Selection active = Selection.EMPTY;
    /** Called with each view asked for, to bring it forward in a test's layout. */
    java.util.function.Consumer<String> onShowView = id -> { };
    Optional<Case> currentCase = Optional.empty();

    FakeWorkbench(Shell shell) {
        this.shell = shell;
    }

    /** A site for a view of this workbench. */
    Site site(String viewId) {
        return new Site(viewId);
    }

    /** Tells every listener about a selection, as the shell does when a view publishes one. */
    void fire(Selection selection) {
        active = selection;
        for (Consumer<Selection> listener : List.copyOf(listeners)) {
            listener.accept(selection);
        }
    }

    String lastStatus() {
        return statuses.isEmpty() ? "" : statuses.get(statuses.size() - 1);
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
        onShowView.accept(viewId);
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

    /** The site of one view: records its selections and titles, and forwards the selections to the listeners. */
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
