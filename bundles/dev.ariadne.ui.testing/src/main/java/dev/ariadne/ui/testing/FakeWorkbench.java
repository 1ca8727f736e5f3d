package dev.ariadne.ui.testing;

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

/**
 * A {@link Workbench} over one test shell, for the unit tests of the UI bundles that create views, dialogs and
 * commands without the shell bundle. It records what the code under test asks of the workbench (status messages, the
 * views asked for, published selections and titles) in public lists that tests read, and, as the shell does, hands
 * every published selection to the listeners of {@link #onSelection}.
 *
 * <p>{@link #site} gives each view under test its {@link ViewSite}; several views may share one workbench.
 *
 * <p>Like the real workbench it is used on the UI thread (the test thread of {@link Swt#display()}), except
 * {@link #asyncExec}, which any thread may call.
 */
public final class FakeWorkbench implements Workbench {

    /** The shell given to the constructor, returned by {@link #shell()}. */
    public final Shell shell;
    /** Every message given to {@link #setStatus}, oldest first. */
    public final List<String> statuses = new CopyOnWriteArrayList<>();
    /** Every view id given to {@link #showView}, oldest first. */
    public final List<String> shown = new CopyOnWriteArrayList<>();
    /** Called with each view id given to {@link #showView}, e.g. to bring that view forward in a test's layout. */
    public Consumer<String> onShowView = viewId -> { };
    /** What {@link #currentCase()} returns; empty until a test sets it. */
    public Optional<Case> currentCase = Optional.empty();

    private final Display display;
    private final List<Consumer<Selection>> listeners = new CopyOnWriteArrayList<>();
    private Selection active = Selection.EMPTY;

    /** A workbench over {@code shell}, a shell of {@link Swt#display()}; made on its UI thread. */
    public FakeWorkbench(Shell shell) {
        this.shell = shell;
        this.display = shell.getDisplay();
    }

    /**
     * A new site for the view {@code viewId} on this workbench.
     *
     * @return the site, to pass to the view's {@code createControl}
     */
    public Site site(String viewId) {
        return new Site(viewId);
    }

    /**
     * Makes {@code selection} the workbench's {@link #selection()} and tells every listener of {@link #onSelection}
     * about it, as the shell does when a view publishes one. For tests that stand in for another view.
     */
    public void fire(Selection selection) {
        active = selection;
        for (Consumer<Selection> listener : listeners) {
            listener.accept(selection);
        }
    }

    /**
     * The newest status message.
     *
     * @return the last message given to {@link #setStatus}, or {@code ""} if there was none
     */
    public String lastStatus() {
        return statuses.isEmpty() ? "" : statuses.get(statuses.size() - 1);
    }

    /** Runs {@code task} on the shell's display soon, unless the shell is disposed by then. Any thread. */
    @Override
    public void asyncExec(Runnable task) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!shell.isDisposed()) {
                    task.run();
                }
            });
        }
    }

    /** @return the shell given to the constructor */
    @Override
    public Shell shell() {
        return shell;
    }

    /** @return no views: the fake has no registry of contributions */
    @Override
    public List<ViewDescriptor> views() {
        return List.of();
    }

    /**
     * Records {@code viewId} in {@link #shown} and calls {@link #onShowView} with it.
     *
     * @return always {@code true}, as if every view existed
     */
    @Override
    public boolean showView(String viewId) {
        shown.add(viewId);
        onShowView.accept(viewId);
        return true;
    }

    /** @return the views asked for by {@link #showView} so far, as {@link #shown} lists them */
    @Override
    public List<String> openViews() {
        return List.copyOf(shown);
    }

    /** @return the selection published or {@linkplain #fire fired} last, or {@link Selection#EMPTY} */
    @Override
    public Selection selection() {
        return active;
    }

    /**
     * Adds {@code listener} for each selection published or {@linkplain #fire fired} from now on.
     *
     * @return closing it removes the listener
     */
    @Override
    public AutoCloseable onSelection(Consumer<Selection> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** @return {@link #currentCase} */
    @Override
    public Optional<Case> currentCase() {
        return currentCase;
    }

    /** Records {@code message} in {@link #statuses}. */
    @Override
    public void setStatus(String message) {
        statuses.add(message);
    }

    /**
     * The site of one view on a {@link FakeWorkbench}: records the view's selections and titles, and forwards each
     * selection to the workbench's listeners as the shell does. Used on the UI thread.
     */
    public final class Site implements ViewSite {

        /** Every selection the view published, oldest first. */
        public final List<Selection> selections = new CopyOnWriteArrayList<>();
        /** Every title the view set, oldest first. */
        public final List<String> titles = new CopyOnWriteArrayList<>();

        private final String viewId;

        private Site(String viewId) {
            this.viewId = viewId;
        }

        /**
         * The view's newest selection.
         *
         * @return the last selection the view published, or {@link Selection#EMPTY} if none
         */
        public Selection lastSelection() {
            return selections.isEmpty() ? Selection.EMPTY : selections.get(selections.size() - 1);
        }

        /**
         * The view's newest title.
         *
         * @return the last title the view set, or {@code ""} if none
         */
        public String title() {
            return titles.isEmpty() ? "" : titles.get(titles.size() - 1);
        }

        /** @return the view id this site was made for */
        @Override
        public String viewId() {
            return viewId;
        }

        /** Records {@code selection} in {@link #selections} and {@linkplain FakeWorkbench#fire fires} it. */
        @Override
        public void setSelection(Selection selection) {
            selections.add(selection);
            fire(selection);
        }

        /** Records {@code title} in {@link #titles}. */
        @Override
        public void setTitle(String title) {
            titles.add(title);
        }

        /** @return the workbench this site belongs to */
        @Override
        public Workbench workbench() {
            return FakeWorkbench.this;
        }
    }
}
