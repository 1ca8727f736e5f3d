package dev.ariadne.ui.platform.internal.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ariadne.api.events.Topics;
import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.api.jobs.JobState;
import dev.ariadne.api.jobs.JobStatus;
import dev.ariadne.ui.testing.FakeJobService;
import dev.ariadne.ui.testing.FakeWorkbench;
import dev.ariadne.ui.testing.Swt;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

class ProgressViewTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private Display display;
    private Shell shell;
    private Composite parent;
    private FakeJobService jobs;
    private JobEvents events;
    private ProgressView view;

    @BeforeEach
    void open() {
        display = Swt.display();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(900, 600);
        parent = new Composite(shell, SWT.NONE);
        parent.setLayout(new FillLayout());
        jobs = new FakeJobService();
        events = new JobEvents();
        view = new ProgressView(jobs, events);
    }

    @AfterEach
    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
        if (jobs != null) {
            jobs.close();
        }
    }

    private static JobStatus status(long id, String name, JobState state, long done, long total, Instant finished) {
        Instant started = Instant.now().minusSeconds(10);
        return new JobStatus(id, name, state, done, total, done * 1024, total < 0 ? -1 : total * 1024,
                state == JobState.RUNNING ? "folder/file-" + done + ".pdf" : "", state == JobState.RUNNING ? 4.5 : 0,
                state == JobState.RUNNING && total > 0 ? Optional.of(Duration.ofSeconds(30)) : Optional.empty(),
                state == JobState.FAILED ? 2 : 0, started, finished, state == JobState.FAILED ? "Disk full" : null);
    }

    private void createView() {
        view.createControl(parent, new FakeWorkbench(shell).site(ProgressView.ID));
        shell.open();
        shell.layout(true, true);
        Swt.drain();
    }

    @Test
    void showsRunningJobsFirstWithBarsDetailsAndCancel() {
        Instant now = Instant.now();
        jobs.put(status(1, "Import 300 files", JobState.RUNNING, 45, 100, null));
        jobs.put(status(2, "Index & extract", JobState.RUNNING, 3, -1, null));
        jobs.put(status(3, "Export report", JobState.SUCCEEDED, 5, 5, now.minusSeconds(2)));
        jobs.put(status(4, "Import mail", JobState.FAILED, 1, 4, now.minusSeconds(1)),
                new ItemError("mail/a.eml", "Not a mail message", now), new ItemError("mail/b.eml", "Encrypted", now));

        createView();

        List<JobRow> rows = view.rows();
        assertThat(rows).extracting(row -> row.jobId).containsExactly(1L, 2L, 4L, 3L);
        assertThat(rows.get(0).texts()[0]).isEqualTo("Import 300 files");
        assertThat(rows.get(0).texts()[1]).isEqualTo("Running" + JobFormat.SEPARATOR + "45%");
        assertThat(rows.get(0).texts()[2]).contains("45 / 100 items", "45.0 KB / 100.0 KB", "4.5 items/s",
                "0:30 left");
        assertThat(rows.get(0).texts()[3]).isEqualTo("Current: folder/file-45.pdf");
        assertThat(rows.get(0).isIndeterminate()).isFalse();
        assertThat(rows.get(1).texts()[0]).isEqualTo("Index && extract");
        assertThat(rows.get(1).isIndeterminate()).isTrue();
        assertThat(rows.get(2).texts()[1]).isEqualTo("Failed");
        assertThat(rows.get(2).texts()[2]).startsWith("Disk full").contains("2 items failed");
        assertThat(rows).extracting(JobRow::cancelShown).containsExactly(true, true, false, false);
        assertThat(view.timerRunning()).isTrue();

        rows.get(0).cancelButton().notifyListeners(SWT.Selection, null);
        assertThat(((FakeJobService.FakeJob<?>) jobs.job(1).orElseThrow()).isCancelled()).isTrue();

        assertThat(view.errorsShown()).isFalse();
        view.select(4);
        assertThat(view.errorsShown()).isTrue();
        assertThat(view.errorTable().getItemCount()).isEqualTo(2);
        assertThat(view.errorTable().getItem(0).getText(0)).isEqualTo("mail/a.eml");
        assertThat(view.errorTable().getItem(1).getText(1)).isEqualTo("Encrypted");
        assertThat(rows.get(2).isSelected()).isTrue();
        assertThat(rows.get(0).isSelected()).isFalse();

        view.select(4);
        assertThat(rows.get(2).isSelected()).isFalse();
        assertThat(view.errorsShown()).isFalse();
    }

    @Test
    void screenshot() throws IOException {
        Instant now = Instant.now();
        jobs.put(new JobStatus(1, "Import 312 files from evidence/mail", JobState.RUNNING, 128, 312, 48_000_000,
                120_000_000, "evidence/mail/2019-04/quarterly-report.pdf", 21.4, Optional.of(Duration.ofSeconds(86)),
                3, now.minusSeconds(6), null, null),
                new ItemError("evidence/mail/locked.pdf", "Encrypted: a password is needed", now),
                new ItemError("evidence/mail/broken.eml", "Not a mail message", now),
                new ItemError("evidence/mail/empty.docx", "Empty file", now));
        jobs.put(new JobStatus(2, "Index documents", JobState.RUNNING, 40, -1, 0, -1, "doc-40", 12.0,
                Optional.empty(), 0, now.minusSeconds(3), null, null));
        jobs.put(new JobStatus(3, "Extract entities", JobState.SUCCEEDED, 96, 96, 0, -1, "", 0, Optional.empty(), 0,
                now.minusSeconds(40), now.minusSeconds(12), null));
        jobs.put(new JobStatus(4, "Export report to PDF", JobState.FAILED, 2, 5, 0, -1, "", 0, Optional.empty(), 0,
                now.minusSeconds(30), now.minusSeconds(25), "Cannot write /home/analyst/cases/harbour/reports/"
                        + "quarterly-summary-with-a-very-long-name.pdf: No space left on device (28 MB needed, 3 MB free)"));
        shell.setSize(1100, 800);
        createView();
        view.select(1);

        assertThat(Swt.screenshot(shell, "progress-view.png")).isNotEmptyFile();
    }

    @Test
    void followsProgressAndStopsTheTimerWhenNothingRuns() {
        jobs.put(status(1, "Import", JobState.RUNNING, 10, 100, null));
        createView();
        assertThat(view.timerRunning()).isTrue();

        jobs.put(status(1, "Import", JobState.RUNNING, 60, 100, null));
        Swt.waitUntil("the timer to show 60%", WAIT, () -> view.rows().get(0).texts()[1].endsWith("60%"));

        jobs.put(status(1, "Import", JobState.RUNNING, 60, -1, null));
        Swt.waitUntil("an indeterminate bar", WAIT, () -> view.rows().get(0).isIndeterminate());

        jobs.put(status(1, "Import", JobState.SUCCEEDED, 100, 100, Instant.now()));
        Swt.waitUntil("the timer to stop", WAIT, () -> !view.timerRunning());
        assertThat(view.rows().get(0).texts()[1]).startsWith("Done in");
        assertThat(view.rows().get(0).cancelShown()).isFalse();
        assertThat(view.rows().get(0).isIndeterminate()).isFalse();
    }

    @Test
    void aJobStartedEventWakesTheStoppedView() {
        createView();
        assertThat(view.rows()).isEmpty();
        assertThat(view.timerRunning()).isFalse();

        jobs.put(status(7, "Extract entities", JobState.RUNNING, 1, 10, null));
        Thread poster = new Thread(() -> events.handleEvent(new Event(Topics.JOB_STARTED,
                Map.of(Topics.JOB_ID, 7L, Topics.JOB_NAME, "Extract entities"))), "event-admin");
        poster.start();

        Swt.waitUntil("the started job's row", WAIT, () -> view.rows().size() == 1);
        assertThat(view.timerRunning()).isTrue();
    }

    @Test
    void aHiddenViewOnlyChecksItsVisibilityAndCatchesUpWhenShown() {
        jobs.put(status(1, "Import", JobState.RUNNING, 10, 100, null));
        createView();
        parent.setVisible(false);
        jobs.put(status(1, "Import", JobState.RUNNING, 20, 100, null));
        // The hidden view keeps a slow timer while jobs run.
        Swt.waitUntil("the slow timer", WAIT, view::timerRunning);

        parent.setVisible(true);
        Swt.waitUntil("the view to catch up", WAIT, () -> view.rows().get(0).texts()[1].endsWith("20%"));
    }

    @Test
    void disposeRemovesTheListenerTheTimerAndTheWidgets() {
        jobs.put(status(1, "Import", JobState.RUNNING, 10, 100, null));
        createView();
        assertThat(events.listenerCount()).isEqualTo(1);

        view.dispose();

        assertThat(events.listenerCount()).isZero();
        assertThat(view.timerRunning()).isFalse();
        assertThat(parent.getChildren()).isEmpty();
        view.dispose();
    }

    @Test
    void disposingTheWidgetsReleasesTheViewToo() {
        createView();
        parent.getChildren()[0].dispose();
        assertThat(events.listenerCount()).isZero();
    }
}
