package dev.ariadne.ui.internal;

import java.util.Optional;
import java.util.concurrent.TimeoutException;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.api.ViewSite;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.api.WorkbenchView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.osgi.framework.ServiceObjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One opened view: its tab, its content composite, the instance got from the prototype-scope service, and its
 * {@link ViewSite}. Created, moved and disposed by {@link WorkbenchWindow} on the UI thread; the instance is got off
 * the UI thread by {@link ViewActivator}. Every call into plugin code is guarded: a failure shows an error page in the
 * tab and is logged.
 */
final class ViewPart {
    private static final Logger LOG = LoggerFactory.getLogger(ViewPart.class);

    private final WorkbenchWindow window;
    private final ViewContribution contribution;
    private final Site site = new Site();
    private Composite container;
    private CTabItem item;
    private String area;
    private String title;
    private ServiceObjects<WorkbenchView> serviceObjects;
    private WorkbenchView view;
    private boolean disposed;
    private UiWatchdog watchdog;
    private long watchdogMillis;

    ViewPart(WorkbenchWindow window, ViewContribution contribution) {
        this.window = window;
        this.contribution = contribution;
        this.title = contribution.label();
    }

    String id() {
        return contribution.id();
    }

    ViewContribution contribution() {
        return contribution;
    }

    String area() {
        return area;
    }

    CTabItem item() {
        return item;
    }

    Composite container() {
        return container;
    }

    /** Whether the view is still being started (counts as pending for the first paint). */
    boolean isOpening() {
        return !disposed && container != null && WidgetKeys.STATE_OPENING.equals(container.getData(WidgetKeys.VIEW_STATE));
    }

    /** Whether the view's own widgets are showing (not the opening or the error page). */
    boolean isOpen() {
        return !disposed && view != null && container != null
                && WidgetKeys.STATE_OPEN.equals(container.getData(WidgetKeys.VIEW_STATE));
    }

    /** Makes the content composite and the tab in {@code folder} at {@code index}, showing "Opening …". */
    void createWidgets(CTabFolder folder, String inArea, int index) {
        area = inArea;
        container = new Composite(folder, SWT.NONE);
        container.setData(WidgetKeys.VIEW_ID, id());
        container.setData(WidgetKeys.VIEW_STATE, WidgetKeys.STATE_OPENING);
        GridLayout layout = new GridLayout();
        layout.marginWidth = 16;
        layout.marginHeight = 16;
        container.setLayout(layout);
        Label opening = new Label(container, SWT.NONE);
        opening.setText("Opening " + contribution.label() + " …");
        opening.setForeground(container.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        opening.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
        makeItem(folder, index);
    }

    /** Moves the tab to another stack (or another place in the same stack), keeping the view's widgets. */
    void moveTo(CTabFolder folder, String toArea, int index) {
        area = toArea;
        if (item != null && !item.isDisposed()) {
            item.setControl(null);
            item.dispose();
        }
        container.setParent(folder);
        makeItem(folder, index);
    }

    private void makeItem(CTabFolder folder, int index) {
        int at = index < 0 || index > folder.getItemCount() ? folder.getItemCount() : index;
        item = new CTabItem(folder, SWT.CLOSE, at);
        item.setText(title);
        item.setToolTipText(contribution.label() + " (" + contribution.bundle() + ")");
        item.setData(WidgetKeys.VIEW_ID, id());
        item.setData(this);
        item.setControl(container);
    }

    /** Starts getting the view instance; the tab fills in when it arrives or shows an error. */
    void start(ViewActivator activator, org.osgi.framework.BundleContext context, long timeoutMillis,
            long watchdogMillis, UiWatchdog watchdog) {
        this.watchdog = watchdog;
        this.watchdogMillis = watchdogMillis;
        if (context == null || contribution.reference() == null) {
            fail("no service to open", null);
            return;
        }
        ServiceObjects<WorkbenchView> objects;
        try {
            objects = context.getServiceObjects(contribution.reference());
        } catch (IllegalStateException e) {
            fail("the workbench is stopping", e);
            return;
        }
        if (objects == null) {
            fail("its service is gone", null);
            return;
        }
        serviceObjects = objects;
        activator.obtain(objects::getService, instance -> ungetQuietly(objects, instance), timeoutMillis,
                () -> window.activationFailure(contribution))
                .whenComplete((instance, failure) -> window.asyncExec(() -> {
                    if (failure != null) {
                        if (!disposed) {
                            Throwable cause = failure instanceof TimeoutException ? null : failure;
                            fail(ErrorPage.reason(failure), cause);
                        }
                    } else if (disposed) {
                        ungetQuietly(objects, instance);
                    } else {
                        create(instance, watchdogMillis, watchdog);
                    }
                    window.partSettled(this);
                }));
    }

    private void create(WorkbenchView instance, long watchdogMillis, UiWatchdog watchdog) {
        view = instance;
        for (Control child : container.getChildren()) {
            child.dispose();
        }
        container.setLayout(new FillLayout());
        Throwable[] thrown = new Throwable[1];
        boolean interrupted = watchdog.run(() -> {
            try {
                instance.createControl(container, site);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                thrown[0] = e;
            }
        }, watchdogMillis);
        if (container.isDisposed()) {
            return;
        }
        if (interrupted) {
            fail("it blocked the window for more than " + ViewActivator.formatSeconds(watchdogMillis)
                    + " while creating its widgets and was interrupted", thrown[0]);
            return;
        }
        if (thrown[0] != null) {
            fail(ErrorPage.reason(thrown[0]), thrown[0]);
            return;
        }
        container.setData(WidgetKeys.VIEW_STATE, WidgetKeys.STATE_OPEN);
        container.layout(true, true);
        caseChanged(window.currentCase());
    }

    private void fail(String reason, Throwable cause) {
        String message = contribution.label() + " could not be opened: " + reason;
        LOG.error("{} (view {} of bundle {})", message, id(), contribution.bundle(), cause);
        if (view != null) {
            releaseView();
        }
        if (container != null && !container.isDisposed()) {
            ErrorPage.show(container, message, cause);
        }
    }

    /** Tells the view about the current case; a failure is logged and shown in the status bar. */
    void caseChanged(Optional<Case> current) {
        if (!isOpen()) {
            return;
        }
        WorkbenchView instance = view;
        RuntimeException[] thrown = new RuntimeException[1];
        boolean interrupted = watchdog.run(() -> {
            try {
                instance.caseChanged(current);
            } catch (RuntimeException e) {
                thrown[0] = e;
            } catch (LinkageError e) {
                thrown[0] = new IllegalStateException(e.toString(), e);
            }
        }, watchdogMillis);
        if (interrupted) {
            LOG.error("View {} of bundle {} blocked the window for more than {} while showing the case and was "
                    + "interrupted", id(), contribution.bundle(), ViewActivator.formatSeconds(watchdogMillis), thrown[0]);
            window.setStatus(contribution.label() + " blocked the window while showing the case and was interrupted");
        } else if (thrown[0] != null) {
            LOG.error("View {} failed to show the case", id(), thrown[0]);
            window.setStatus(contribution.label() + " failed to show the case: " + ErrorPage.reason(thrown[0]));
        }
    }

    /** Gives the view the focus. */
    void setFocus() {
        if (!isOpen()) {
            return;
        }
        try {
            view.setFocus();
        } catch (RuntimeException | LinkageError e) {
            LOG.error("View {} failed to take the focus", id(), e);
        }
    }

    /** Closes the view: calls its {@code dispose}, disposes its widgets and tab, releases the instance. */
    void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        releaseView();
        if (item != null && !item.isDisposed()) {
            item.dispose();
        }
        if (container != null && !container.isDisposed()) {
            container.dispose();
        }
    }

    private void releaseView() {
        WorkbenchView instance = view;
        view = null;
        if (instance == null) {
            return;
        }
        try {
            instance.dispose();
        } catch (RuntimeException | LinkageError e) {
            LOG.error("View {} failed in dispose()", id(), e);
        }
        ungetQuietly(serviceObjects, instance);
    }

    private static void ungetQuietly(ServiceObjects<WorkbenchView> objects, WorkbenchView instance) {
        if (objects == null || instance == null) {
            return;
        }
        try {
            objects.ungetService(instance);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the framework already released it when the service was unregistered
            LOG.debug("View instance already released by the framework", e);
        }
    }

    private void checkThread() {
        if (window.display().getThread() != Thread.currentThread()) {
            SWT.error(SWT.ERROR_THREAD_INVALID_ACCESS);
        }
    }

    /** The view's {@link ViewSite}. */
    private final class Site implements ViewSite {
        @Override
        public String viewId() {
            return id();
        }

        @Override
        public void setSelection(Selection selection) {
            checkThread();
            if (!disposed) {
                window.selectionHub().set(id(), selection);
            }
        }

        @Override
        public void setTitle(String newTitle) {
            checkThread();
            title = newTitle == null || newTitle.isBlank() ? contribution.label() : newTitle;
            if (item != null && !item.isDisposed()) {
                item.setText(title);
            }
        }

        @Override
        public Workbench workbench() {
            return window;
        }
    }
}
