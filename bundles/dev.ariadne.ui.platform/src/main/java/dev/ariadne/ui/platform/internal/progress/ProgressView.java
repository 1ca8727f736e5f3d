package dev.ariadne.ui.platform.internal.progress;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.jobs.JobStatus;
import dev.ariadne.ui.api.ViewProperties;
import dev.ariadne.ui.api.ViewSite;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.api.WorkbenchView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Progress view: one row per job of the {@link JobService} (running first, then queued, then the recently
 * finished), each with its state, a progress bar, items and bytes done, rate, remaining time, current item, failed
 * items and a Cancel button; the item errors of the selected job are listed below.
 *
 * <p>A prototype-scope {@link WorkbenchView} service: the shell makes one instance per opened view and calls every
 * method on the UI thread. While the view is visible and a job is queued or running, a UI timer refreshes it a few
 * times a second; the timer stops when nothing runs and {@link JobEvents} restarts it when a job starts.
 */
@Component(service = WorkbenchView.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = ProgressView.ID, label = "Progress", area = ViewProperties.BOTTOM, order = 900,
        openByDefault = true)
public class ProgressView implements WorkbenchView {

    /** The view id, which the status bar of the shell opens. */
    public static final String ID = "dev.ariadne.ui.platform.progress";

    /** Refresh period while the view is visible and jobs run. */
    static final int FAST_MILLIS = 250;
    /** Check period while jobs run but the view is hidden (only its visibility is checked). */
    static final int SLOW_MILLIS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(ProgressView.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    final JobService jobs;
    final JobEvents jobEvents;

    private final Map<Long, JobRow> rows = new LinkedHashMap<>();
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final Runnable tick = this::onTick;
    private final Runnable jobListener = this::onJobEvent;
    private Display display;
    private Workbench workbench;
    private SashForm root;
    private ScrolledComposite scroller;
    private Composite list;
    private Label empty;
    private Composite errorsPane;
    private Label errorsTitle;
    private Table errors;
    private Font bold;
    private Color highlight;
    private long selectedJob = -1;
    private int shownErrors = -1;
    private long shownErrorsJob = -1;
    private boolean active;
    private boolean timerScheduled;
    private boolean released;

    /**
     * Made by DS for each opened view.
     *
     * @param jobs the job service whose jobs are shown
     * @param jobEvents the hub of job start and end events of this bundle
     */
    @Activate
    public ProgressView(@Reference JobService jobs, @Reference JobEvents jobEvents) {
        this.jobs = jobs;
        this.jobEvents = jobEvents;
    }

    @Override
    public void createControl(Composite parent, ViewSite site) {
        display = parent.getDisplay();
        workbench = site.workbench();
        root = new SashForm(parent, SWT.VERTICAL);

        scroller = new ScrolledComposite(root, SWT.V_SCROLL | SWT.BORDER);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        list = new Composite(scroller, SWT.NONE);
        list.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        list.setBackgroundMode(SWT.INHERIT_DEFAULT);
        GridLayout listLayout = new GridLayout(1, false);
        listLayout.marginWidth = 0;
        listLayout.marginHeight = 0;
        listLayout.verticalSpacing = 0;
        list.setLayout(listLayout);
        scroller.setContent(list);
        scroller.addListener(SWT.Resize, e -> updateScrollSize());

        empty = new Label(list, SWT.WRAP);
        empty.setText("No jobs yet. Imports, indexing, extraction and exports show their progress here.");
        empty.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
        GridData emptyData = new GridData(SWT.FILL, SWT.TOP, true, false);
        emptyData.horizontalIndent = 10;
        emptyData.verticalIndent = 10;
        empty.setLayoutData(emptyData);

        FontData[] fontData = list.getFont().getFontData();
        for (FontData each : fontData) {
            each.setStyle(SWT.BOLD);
        }
        bold = new Font(display, fontData);
        highlight = new Color(display, blend(display.getSystemColor(SWT.COLOR_LIST_SELECTION).getRGB(),
                display.getSystemColor(SWT.COLOR_LIST_BACKGROUND).getRGB(), 0.18));

        errorsPane = new Composite(root, SWT.NONE);
        GridLayout bottomLayout = new GridLayout(1, false);
        bottomLayout.marginWidth = 0;
        bottomLayout.marginHeight = 4;
        errorsPane.setLayout(bottomLayout);
        errorsTitle = new Label(errorsPane, SWT.NONE);
        GridData titleData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        titleData.horizontalIndent = 6;
        errorsTitle.setLayoutData(titleData);
        errors = new Table(errorsPane, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        errors.setHeaderVisible(true);
        errors.setLinesVisible(true);
        errors.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column("Item", 320);
        column("Reason", 420);
        column("Time", 90);
        root.setWeights(65, 35);
        // The item errors show only while a job is selected.
        root.setMaximizedControl(scroller);

        root.addListener(SWT.Dispose, e -> release());
        jobEvents.addListener(jobListener);
        refresh();
        if (active) {
            schedule(FAST_MILLIS);
        }
    }

    @Override
    public void setFocus() {
        if (scroller != null && !scroller.isDisposed()) {
            scroller.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (root != null && !root.isDisposed()) {
            root.dispose();
        }
        release();
    }

    /** Reads the jobs again and updates the rows and the error list. UI thread. */
    void refresh() {
        if (root == null || root.isDisposed()) {
            return;
        }
        List<JobStatus> statuses;
        try {
            statuses = JobFormat.order(jobs.jobs());
        } catch (RuntimeException e) {
            LOG.error("Could not read the jobs for the Progress view", e);
            return;
        }
        Instant now = Instant.now();
        boolean relayout = false;

        Set<Long> ids = new HashSet<>();
        statuses.forEach(status -> ids.add(status.id()));
        for (var it = rows.values().iterator(); it.hasNext();) {
            JobRow row = it.next();
            if (!ids.contains(row.jobId)) {
                row.dispose();
                it.remove();
                relayout = true;
                if (row.jobId == selectedJob) {
                    selectedJob = -1;
                }
            }
        }
        for (JobStatus status : statuses) {
            JobRow row = rows.get(status.id());
            if (row == null) {
                row = new JobRow(list, status.id(), bold, highlight, this::select, this::cancel);
                rows.put(status.id(), row);
                relayout = true;
            }
            relayout |= row.update(status, now);
        }
        relayout |= reorder(statuses);

        boolean none = statuses.isEmpty();
        if (empty.getVisible() != none) {
            empty.setVisible(none);
            ((GridData) empty.getLayoutData()).exclude = !none;
            relayout = true;
        }
        if (relayout) {
            list.layout(true, true);
            updateScrollSize();
        }
        active = JobFormat.anyActive(statuses);
        refreshErrors(statuses);
    }

    /** The rows in the order shown; for tests. */
    List<JobRow> rows() {
        return new ArrayList<>(rows.values());
    }

    /** The item error table; for tests. */
    Table errorTable() {
        return errors;
    }

    /** Whether a refresh timer is pending; for tests. */
    boolean timerRunning() {
        return timerScheduled;
    }

    /**
     * Selects the row of a job and shows its item errors; selecting the selected row again deselects it and hides
     * the errors. UI thread.
     */
    void select(long jobId) {
        selectedJob = jobId == selectedJob ? -1 : jobId;
        long shown = selectedJob;
        rows.values().forEach(row -> row.setSelected(row.jobId == shown));
        refreshErrors(null);
    }

    private void cancel(long jobId) {
        Optional<Job<?>> job = jobs.job(jobId);
        job.ifPresent(each -> {
            each.cancel();
            workbench.setStatus("Cancelling \u201c" + each.name() + "\u201d\u2026");
        });
        refresh();
        if (active) {
            schedule(FAST_MILLIS);
        }
    }

    private boolean reorder(List<JobStatus> statuses) {
        List<Long> shown = new ArrayList<>(rows.keySet());
        List<Long> wanted = statuses.stream().map(JobStatus::id).toList();
        if (shown.equals(wanted)) {
            return false;
        }
        Map<Long, JobRow> ordered = new LinkedHashMap<>();
        JobRow previous = null;
        for (Long id : wanted) {
            JobRow row = rows.get(id);
            if (previous == null) {
                row.control.moveAbove(null);
            } else {
                row.control.moveBelow(previous.control);
            }
            ordered.put(id, row);
            previous = row;
        }
        rows.clear();
        rows.putAll(ordered);
        return true;
    }

    /** Whether the item error pane is shown; for tests. */
    boolean errorsShown() {
        return root.getMaximizedControl() == null;
    }

    private void refreshErrors(List<JobStatus> statuses) {
        Control wanted = selectedJob < 0 ? scroller : null;
        if (root.getMaximizedControl() != wanted) {
            root.setMaximizedControl(wanted);
        }
        if (selectedJob < 0) {
            if (shownErrorsJob != -1 || shownErrors != 0) {
                errors.removeAll();
                errorsTitle.setText("Select a job to see the items that failed.");
                shownErrorsJob = -1;
                shownErrors = 0;
            }
            return;
        }
        Optional<Job<?>> job = jobs.job(selectedJob);
        List<ItemError> itemErrors = job.map(Job::errors).orElse(List.of());
        if (shownErrorsJob == selectedJob && shownErrors == itemErrors.size()) {
            return;
        }
        String name = job.map(Job::name).orElseGet(() -> nameOf(statuses, selectedJob));
        errorsTitle.setText((itemErrors.isEmpty()
                ? "No item failed in \u201c" + name + "\u201d."
                : "Items that failed in \u201c" + name + "\u201d: " + itemErrors.size()).replace("&", "&&"));
        errors.setRedraw(false);
        try {
            errors.removeAll();
            for (ItemError error : itemErrors) {
                TableItem item = new TableItem(errors, SWT.NONE);
                item.setText(new String[] {error.item(), JobFormat.firstLine(error.reason()),
                        error.at() == null ? "" : TIME.format(error.at())});
            }
        } finally {
            errors.setRedraw(true);
        }
        shownErrorsJob = selectedJob;
        shownErrors = itemErrors.size();
    }

    private static String nameOf(List<JobStatus> statuses, long id) {
        if (statuses != null) {
            for (JobStatus status : statuses) {
                if (status.id() == id) {
                    return status.name();
                }
            }
        }
        return "job " + id;
    }

    /** {@code share} of {@code tint} over {@code base}. */
    static RGB blend(RGB tint, RGB base, double share) {
        return new RGB((int) Math.round(tint.red * share + base.red * (1 - share)),
                (int) Math.round(tint.green * share + base.green * (1 - share)),
                (int) Math.round(tint.blue * share + base.blue * (1 - share)));
    }

    private void column(String text, int width) {
        TableColumn column = new TableColumn(errors, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
    }

    private void updateScrollSize() {
        if (scroller.isDisposed()) {
            return;
        }
        int width = scroller.getClientArea().width;
        Point size = list.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT);
        scroller.setMinSize(size);
    }

    /** EventAdmin thread: a job started or ended; refresh once on the UI thread. */
    private void onJobEvent() {
        if (workbench != null && refreshPending.compareAndSet(false, true)) {
            workbench.asyncExec(() -> {
                refreshPending.set(false);
                if (root == null || root.isDisposed()) {
                    return;
                }
                refresh();
                if (active) {
                    schedule(FAST_MILLIS);
                }
            });
        }
    }

    private void onTick() {
        timerScheduled = false;
        if (root == null || root.isDisposed()) {
            return;
        }
        if (!root.isVisible()) {
            if (active) {
                schedule(SLOW_MILLIS);
            }
            return;
        }
        refresh();
        if (active) {
            schedule(FAST_MILLIS);
        }
    }

    private void schedule(int millis) {
        if (!timerScheduled && !released && !display.isDisposed()) {
            timerScheduled = true;
            display.timerExec(millis, tick);
        }
    }

    private void release() {
        if (released) {
            return;
        }
        released = true;
        jobEvents.removeListener(jobListener);
        if (display != null && !display.isDisposed()) {
            display.timerExec(-1, tick);
        }
        timerScheduled = false;
        if (bold != null && !bold.isDisposed()) {
            bold.dispose();
        }
        if (highlight != null && !highlight.isDisposed()) {
            highlight.dispose();
        }
        rows.clear();
    }
}
