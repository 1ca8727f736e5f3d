package dev.ariadne.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.jobs.JobStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Link;

/**
 * The status bar: buttons for minimised stacks, a message area, and the running jobs (the newest job's progress bar
 * and label, "+N" for the others). Jobs are polled from {@link JobService#jobs()} a few times a second while any job
 * runs, and not at all otherwise. Clicking the job area runs {@code onJobsClicked} (opens the Progress view).
 * UI thread only.
 */
final class StatusBar {
    /** Id of the Progress view contributed by the platform views bundle. */
    static final String PROGRESS_VIEW = "dev.ariadne.ui.platform.progress";

    private final Composite bar;
    private final Composite trim;
    private final Label message;
    private final Label jobLabel;
    private final ProgressBar determinate;
    private final ProgressBar indeterminate;
    private boolean polling;
    private List<String> trimShown = List.of();

    StatusBar(Composite parent, Runnable onJobsClicked) {
        bar = new Composite(parent, SWT.NONE);
        bar.setData(WidgetKeys.STATUS_BAR, "statusBar");
        GridLayout layout = new GridLayout(5, false);
        layout.marginHeight = 3;
        layout.marginWidth = 8;
        layout.horizontalSpacing = 10;
        bar.setLayout(layout);
        trim = new Composite(bar, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.marginTop = 0;
        row.marginBottom = 0;
        row.marginLeft = 0;
        row.marginRight = 0;
        row.spacing = 12;
        row.center = true;
        trim.setLayout(row);
        trim.setLayoutData(hidden(new GridData(SWT.BEGINNING, SWT.CENTER, false, false)));
        message = new Label(bar, SWT.NONE);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        jobLabel = new Label(bar, SWT.RIGHT);
        jobLabel.setLayoutData(hidden(new GridData(SWT.END, SWT.CENTER, false, false)));
        determinate = new ProgressBar(bar, SWT.HORIZONTAL | SWT.SMOOTH);
        determinate.setMaximum(1000);
        indeterminate = new ProgressBar(bar, SWT.HORIZONTAL | SWT.INDETERMINATE);
        for (ProgressBar progress : List.of(determinate, indeterminate)) {
            GridData data = hidden(new GridData(SWT.END, SWT.CENTER, false, false));
            data.widthHint = 160;
            progress.setLayoutData(data);
            progress.setToolTipText("Click to open the Progress view");
        }
        jobLabel.setToolTipText("Click to open the Progress view");
        for (Control c : List.of(jobLabel, determinate, indeterminate)) {
            c.addListener(SWT.MouseUp, e -> onJobsClicked.run());
            c.setCursor(bar.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
        }
    }

    private static GridData hidden(GridData data) {
        data.exclude = true;
        return data;
    }

    Composite control() {
        return bar;
    }

    Label messageLabel() {
        return message;
    }

    void setMessage(String text) {
        message.setText(text == null ? "" : text);
        message.setToolTipText(text);
    }

    /** Shows one button per minimised stack; clicking one restores it. */
    void setTrim(List<String> areas, List<String> texts, Consumer<String> restore) {
        List<String> shown = new java.util.ArrayList<>(areas);
        shown.addAll(texts);
        if (shown.equals(trimShown)) {
            return;
        }
        trimShown = shown;
        for (Control child : trim.getChildren()) {
            child.dispose();
        }
        for (int i = 0; i < areas.size(); i++) {
            String area = areas.get(i);
            Link link = new Link(trim, SWT.NONE);
            link.setText("<a>\u25b4 " + texts.get(i).replace("&", "&&") + "</a>");
            link.setToolTipText("Restore the " + Areas.title(area).toLowerCase(Locale.ROOT));
            link.addListener(SWT.Selection, e -> restore.accept(area));
        }
        show(trim, !areas.isEmpty());
        bar.getParent().layout(true, true);
    }

    /** Starts polling the jobs unless it is already polling. */
    void startPolling(JobServiceSource jobs, int periodMillis) {
        if (polling) {
            return;
        }
        polling = true;
        poll(jobs, periodMillis);
    }

    private void poll(JobServiceSource jobs, int periodMillis) {
        if (bar.isDisposed()) {
            return;
        }
        boolean running = refresh(jobs.get());
        if (running) {
            bar.getDisplay().timerExec(periodMillis, () -> poll(jobs, periodMillis));
        } else {
            polling = false;
        }
    }

    /** Shows the running jobs; returns whether any runs. */
    boolean refresh(JobService jobs) {
        List<JobStatus> running = jobs == null ? List.of()
                : jobs.jobs().stream().filter(s -> !s.state().isFinal()).toList();
        if (running.isEmpty()) {
            show(jobLabel, false);
            show(determinate, false);
            show(indeterminate, false);
            bar.layout(true);
            return false;
        }
        JobStatus newest = running.get(running.size() - 1);
        jobLabel.setText(describe(newest, running.size() - 1));
        String tip = newest.current() == null || newest.current().isBlank() ? newest.name()
                : newest.name() + ": " + newest.current();
        if (newest.eta().isPresent()) {
            tip += " (about " + Math.max(1, newest.eta().get().toSeconds()) + " s left)";
        }
        jobLabel.setToolTipText(tip + "\nClick to open the Progress view");
        double fraction = newest.fraction();
        show(jobLabel, true);
        show(determinate, fraction >= 0);
        show(indeterminate, fraction < 0);
        if (fraction >= 0) {
            determinate.setSelection((int) Math.round(fraction * 1000));
        }
        bar.layout(true);
        return true;
    }

    /** The job label: name, percentage, items, and how many other jobs run. Pure. */
    static String describe(JobStatus status, int others) {
        StringBuilder text = new StringBuilder(status.name());
        double fraction = status.fraction();
        if (fraction >= 0) {
            text.append("  ").append((int) Math.floor(fraction * 100)).append('%');
        }
        if (status.totalItems() > 0) {
            text.append("  (").append(status.doneItems()).append('/').append(status.totalItems()).append(')');
        } else if (status.doneItems() > 0) {
            text.append("  (").append(status.doneItems()).append(')');
        }
        if (others > 0) {
            text.append("  +").append(others);
        }
        return text.toString();
    }

    private static void show(Control control, boolean visible) {
        GridData data = (GridData) control.getLayoutData();
        data.exclude = !visible;
        control.setVisible(visible);
    }

    /** Where the status bar reads the job service from (it may come and go). */
    @FunctionalInterface
    interface JobServiceSource {
        JobService get();
    }
}
