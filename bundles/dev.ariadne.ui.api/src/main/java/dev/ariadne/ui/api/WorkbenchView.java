package dev.ariadne.ui.api;

import java.util.Optional;

import dev.ariadne.api.cases.Case;
import org.eclipse.swt.widgets.Composite;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A view: a tab in one of the workbench's stacks.
 *
 * <p>Registered by the contributing bundle as a {@code PROTOTYPE}-scope service with the {@link ViewProperties}
 * properties; the shell gets one instance per opened view and releases it when the view is closed or the bundle
 * stops. Every method is called on the UI thread. Work that blocks (database, search, files) goes to the
 * {@link dev.ariadne.api.jobs.JobService}; results come back with {@link Workbench#asyncExec(Runnable)}.
 */
@ConsumerType
public interface WorkbenchView {

    /**
     * Builds the view's widgets in {@code parent} (which has a {@code FillLayout}). An exception here, or taking
     * longer than a few seconds, shows an error in the tab and leaves the workbench usable.
     *
     * @param parent the composite to fill
     * @param site the view's link to the workbench: selection, title, the workbench itself
     */
    void createControl(Composite parent, ViewSite site);

    /**
     * The workbench's case changed: called right after {@link #createControl} with the current case, and each time
     * a case is opened or closed.
     */
    default void caseChanged(Optional<Case> current) {
    }

    /** Gives focus to the view's main control. */
    default void setFocus() {
    }

    /** Releases what the view made that its widgets do not (images, fonts, listeners); the widgets are disposed by the shell. */
    default void dispose() {
    }
}
