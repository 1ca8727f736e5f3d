package dev.ariadne.ui.api;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.selection.Selection;
import org.eclipse.swt.widgets.Shell;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The workbench window, registered as a service by the shell while the window is open.
 *
 * <p>{@link #asyncExec} may be called from any thread; every other method on the UI thread only.
 */
@ProviderType
public interface Workbench {

    /** Runs {@code task} on the UI thread soon, unless the window has been closed by then. Any thread. */
    void asyncExec(Runnable task);

    /** The main window. */
    Shell shell();

    /** Every view contributed now, in Show View order. */
    List<ViewDescriptor> views();

    /** Opens the view (or brings it to the front if it is open) and returns whether a view of that id exists. */
    boolean showView(String viewId);

    /** The ids of the views open now. */
    List<String> openViews();

    /** The selection of the active view. */
    Selection selection();

    /**
     * Calls {@code listener} on the UI thread with each new selection of any view.
     *
     * @return closing it removes the listener
     */
    AutoCloseable onSelection(Consumer<Selection> listener);

    /** The case the workbench shows. */
    Optional<Case> currentCase();

    /** Shows a short message in the status bar. */
    void setStatus(String message);
}
