package dev.ariadne.ui.platform.internal.progress;

import java.time.Instant;
import java.util.function.LongConsumer;

import dev.ariadne.api.jobs.JobState;
import dev.ariadne.api.jobs.JobStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * The widgets of one job in the Progress view: name and state, a progress bar with a Cancel button, a details line
 * and the current item. Created, updated and disposed by {@link ProgressView} on the UI thread; makes no resources of
 * its own (the bold font and the highlight colour belong to the view, other colours are system colours).
 */
final class JobRow {

    final long jobId;
    final Composite control;
    private final Label name;
    private final Label state;
    private final Label details;
    private final Label current;
    private final Button cancel;
    private final Listener select;
    private final Color highlight;
    private ProgressBar bar;
    private boolean indeterminate;
    private boolean selected;
    private JobState shownState;

    /**
     * Builds the row at the end of {@code parent}.
     *
     * @param onSelect called with the job id when the row is clicked
     * @param onCancel called with the job id when Cancel is pressed
     */
    JobRow(Composite parent, long jobId, Font bold, Color highlight, LongConsumer onSelect, LongConsumer onCancel) {
        this.jobId = jobId;
        this.highlight = highlight;
        control = new Composite(parent, SWT.NONE);
        control.setBackgroundMode(SWT.INHERIT_FORCE);
        control.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 10;
        layout.marginHeight = 6;
        layout.verticalSpacing = 3;
        layout.horizontalSpacing = 10;
        control.setLayout(layout);

        name = new Label(control, SWT.NONE);
        name.setFont(bold);
        name.setLayoutData(shrinking(1));
        state = new Label(control, SWT.RIGHT);
        state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));

        indeterminate = true;
        bar = newBar(true);
        cancel = new Button(control, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setToolTipText("Stop this job at its next item");
        cancel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        cancel.addListener(SWT.Selection, e -> onCancel.accept(jobId));

        details = new Label(control, SWT.NONE);
        details.setLayoutData(shrinking(2));
        current = new Label(control, SWT.NONE);
        current.setLayoutData(shrinking(2));

        Label line = new Label(control, SWT.SEPARATOR | SWT.HORIZONTAL);
        GridData lineData = new GridData(SWT.FILL, SWT.BOTTOM, true, false, 2, 1);
        lineData.verticalIndent = 4;
        line.setLayoutData(lineData);

        select = e -> onSelect.accept(jobId);
        for (Control each : new Control[] {control, name, state, details, current, bar}) {
            each.addListener(SWT.MouseDown, select);
        }
        setSelected(false);
    }

    /**
     * Shows {@code status}.
     *
     * @return whether the row's layout changed, so the list needs a layout pass
     */
    boolean update(JobStatus status, Instant now) {
        boolean relayout = false;
        setText(name, status.name());
        name.setToolTipText(status.name());
        relayout |= setText(state, JobFormat.state(status, now));
        details.setToolTipText(status.failure());

        int percent = JobFormat.percent(status);
        boolean wantIndeterminate = percent < 0 && !status.state().isFinal();
        if (wantIndeterminate != indeterminate) {
            bar.dispose();
            bar = newBar(wantIndeterminate);
            bar.addListener(SWT.MouseDown, select);
            bar.moveAbove(cancel);
            indeterminate = wantIndeterminate;
            relayout = true;
        }
        if (!indeterminate) {
            int value = status.state() == JobState.SUCCEEDED ? 100 : Math.max(0, percent);
            if (bar.getSelection() != value) {
                bar.setSelection(value);
            }
        }
        if (status.state() != shownState) {
            bar.setState(switch (status.state()) {
                case FAILED -> SWT.ERROR;
                case CANCELLED -> SWT.PAUSED;
                default -> SWT.NORMAL;
            });
            boolean running = !status.state().isFinal();
            cancel.setVisible(running);
            cancel.setEnabled(running);
            shownState = status.state();
        }

        relayout |= setLine(details, JobFormat.details(status, now));
        String item = JobFormat.current(status);
        relayout |= setLine(current, item.isEmpty() ? "" : "Current: " + item);
        current.setToolTipText(item.isEmpty() ? null : status.current());
        if (relayout) {
            control.layout(true);
        }
        return relayout;
    }

    /** Marks the row as the selected one with the view's highlight colour, which keeps the bar readable. */
    void setSelected(boolean selected) {
        this.selected = selected;
        Display display = control.getDisplay();
        control.setBackground(selected ? highlight : display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        Color foreground = display.getSystemColor(SWT.COLOR_LIST_FOREGROUND);
        name.setForeground(foreground);
        state.setForeground(foreground);
        details.setForeground(foreground);
        current.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
    }

    boolean isSelected() {
        return selected;
    }

    /** The Cancel button; for tests. */
    Button cancelButton() {
        return cancel;
    }

    /** Whether Cancel is offered now; for tests. */
    boolean cancelShown() {
        return cancel.getVisible();
    }

    /** The texts shown, name, state, details and current item; for tests. */
    String[] texts() {
        return new String[] {name.getText(), state.getText(), details.getText(), current.getText()};
    }

    /** Whether the bar is indeterminate; for tests. */
    boolean isIndeterminate() {
        return indeterminate;
    }

    void dispose() {
        control.dispose();
    }

    /**
     * Layout data of a label that takes the width it is given rather than its text's width, so a long name or
     * message is cut at the row's edge instead of pushing the state and the Cancel button out of sight.
     */
    private static GridData shrinking(int columns) {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1);
        data.widthHint = 60;
        return data;
    }

    private ProgressBar newBar(boolean unknownTotal) {
        ProgressBar created = new ProgressBar(control, SWT.HORIZONTAL | (unknownTotal ? SWT.INDETERMINATE : SWT.SMOOTH));
        created.setMinimum(0);
        created.setMaximum(100);
        created.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return created;
    }

    /** Sets the text of a line that is left out of the layout while empty. Returns whether the layout changed. */
    private static boolean setLine(Label label, String text) {
        setText(label, text);
        GridData data = (GridData) label.getLayoutData();
        boolean empty = text.isEmpty();
        if (data.exclude == empty && label.getVisible() != empty) {
            return false;
        }
        data.exclude = empty;
        label.setVisible(!empty);
        return true;
    }

    /** Sets a label's text unless it already shows it; {@code &} is shown as itself. Returns whether it changed. */
    private static boolean setText(Label label, String text) {
        String escaped = text.replace("&", "&&");
        if (escaped.equals(label.getText())) {
            return false;
        }
        label.setText(escaped);
        return true;
    }
}
