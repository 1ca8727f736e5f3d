package dev.ariadne.ui.documents.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.importing.ImportOptions;
import dev.ariadne.api.importing.ImportService;
import dev.ariadne.api.importing.ImportSummary;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.documents.internal.model.ImportReport;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Import Files… and Import Folder…, shared by the commands and the Documents view's tool bar: asks for the paths,
 * starts {@link ImportService#importPaths} on the case (the job shows in the status bar and the Progress view) and,
 * when the job ends, says how it went in the status bar, with a dialog listing the files that failed and why.
 * UI thread only; the import itself runs in the importer's job.
 */
final class ImportActions {

    private static final Logger LOG = LoggerFactory.getLogger(ImportActions.class);

    private ImportActions() {
    }

    /** Asks for files (several may be chosen) and imports them. */
    static void chooseFiles(Shell shell, Workbench workbench, Optional<Case> aCase, DocumentServices services) {
        if (!ready(shell, aCase, services)) {
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText("Import Files into " + aCase.get().name());
        if (dialog.open() == null) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            paths.add(Path.of(dialog.getFilterPath(), name));
        }
        start(workbench, aCase.get(), paths, path -> false, services);
    }

    /** Asks for a folder and imports everything in it. */
    static void chooseFolder(Shell shell, Workbench workbench, Optional<Case> aCase, DocumentServices services) {
        if (!ready(shell, aCase, services)) {
            return;
        }
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Import Folder into " + aCase.get().name());
        dialog.setMessage("Choose a folder: its files and subfolders are imported");
        String folder = dialog.open();
        if (folder == null) {
            return;
        }
        start(workbench, aCase.get(), List.of(Path.of(folder)), path -> true, services);
    }

    /** Whether there is a case to import into and an importer; tells the analyst when not. */
    static boolean ready(Shell shell, Optional<Case> aCase, DocumentServices services) {
        String problem = aCase.isEmpty() ? "Open or create a case first: files are imported into the open case."
                : !services.hasImporter() ? "Importing is not available: the importer is not running." : null;
        if (problem == null) {
            return true;
        }
        MessageBox box = new MessageBox(shell, SWT.ICON_INFORMATION | SWT.OK);
        box.setText("Import");
        box.setMessage(problem);
        box.open();
        return false;
    }

    /**
     * Starts importing {@code paths} into {@code aCase}.
     *
     * @param isFolder tells folders from files, for the status line only
     * @return the import job, or empty when there is no importer
     */
    static Optional<Job<ImportSummary>> start(Workbench workbench, Case aCase, List<Path> paths,
            Predicate<Path> isFolder, DocumentServices services) {
        Optional<ImportService> importer = services.importer();
        if (importer.isEmpty() || paths.isEmpty()) {
            return Optional.empty();
        }
        String what = ImportReport.describePaths(paths, isFolder);
        Job<ImportSummary> job;
        try {
            job = importer.get().importPaths(aCase, List.copyOf(paths), ImportOptions.DEFAULTS);
        } catch (RuntimeException e) {
            LOG.error("Could not start importing {} into case {}", paths, aCase.folder(), e);
            workbench.setStatus("Could not start the import: " + e.getMessage());
            return Optional.empty();
        }
        workbench.setStatus("Importing " + what + " into " + aCase.name() + "\u2026");
        job.result().whenComplete((summary, error) -> {
            services.importFinished();
            workbench.asyncExec(() -> finished(workbench, aCase, what, summary, error));
        });
        return Optional.of(job);
    }

    private static void finished(Workbench workbench, Case aCase, String what, ImportSummary summary,
            Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause()
                : error;
        if (cause instanceof CancellationException) {
            workbench.setStatus("Import of " + what + " cancelled");
            return;
        }
        if (cause != null) {
            LOG.error("Importing {} into case {} failed", what, aCase.folder(), cause);
            workbench.setStatus("Import of " + what + " failed: " + cause.getMessage());
            return;
        }
        String line = ImportReport.describe(summary);
        workbench.setStatus(line + (summary.failed().isEmpty() ? "" : " (see the Progress view)"));
        if (!summary.failed().isEmpty()) {
            ImportSummaryDialog.open(workbench, aCase.name(), line, summary.failed());
        }
    }
}
