package dev.ariadne.ui.api;

import dev.ariadne.api.selection.Selection;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A view's link to the workbench, given to {@link WorkbenchView#createControl}. Implemented by the shell; call it on
 * the UI thread only.
 */
@ProviderType
public interface ViewSite {

    /** The view's id ({@link ViewProperties#id()}). */
    String viewId();

    /** Publishes the view's selection; the workbench forwards it to listeners and to EventAdmin. */
    void setSelection(Selection selection);

    /** Changes the tab label (e.g. to show the open document). */
    void setTitle(String title);

    /** The workbench window. */
    Workbench workbench();
}
