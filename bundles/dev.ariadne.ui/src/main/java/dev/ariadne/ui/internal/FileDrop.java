package dev.ariadne.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.importing.ImportOptions;
import dev.ariadne.api.importing.ImportService;
import dev.ariadne.api.importing.ImportSummary;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.ui.api.Workbench;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.widgets.Control;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files and folders dragged from the desktop onto the workbench window are imported into the current case with the
 * {@link ImportService} (when the importer runs): the import is a job, shown in the status bar and the Progress
 * view, and its outcome is said in the status bar. Without a case or an importer the status bar says why nothing
 * happens. Installed by {@link WorkbenchWindow} on its shell; UI thread only, except the import job's completion,
 * which hops back with {@link Workbench#asyncExec}.
 */
final class FileDrop {
    private static final Logger LOG = LoggerFactory.getLogger(FileDrop.class);

    /** What the status bar says when files are dropped without a case. */
    static final String NO_CASE = "Open or create a case to import the dropped files into it";
    /** What the status bar says when files are dropped without an importer. */
    static final String NO_IMPORTER = "Importing is not available: the importer is not running";

    private final Workbench workbench;
    private final Supplier<ImportService> importer;

    FileDrop(Workbench workbench, Supplier<ImportService> importer) {
        this.workbench = workbench;
        this.importer = importer;
    }

    /** Makes {@code control} (the window's shell) accept files and folders dropped on it. */
    DropTarget install(Control control) {
        DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_MOVE | DND.DROP_LINK);
        target.setTransfer(FileTransfer.getInstance());
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                asCopy(event);
            }

            @Override
            public void dragOperationChanged(DropTargetEvent event) {
                asCopy(event);
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof String[] paths) {
                    importDropped(paths);
                }
            }
        });
        return target;
    }

    /** A drop copies: the files stay where they are, the case keeps its own copy. */
    private static void asCopy(DropTargetEvent event) {
        event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
    }

    /**
     * Imports dropped paths into the current case.
     *
     * @return the import job, or empty when there is no case, no importer or nothing to import
     */
    Optional<Job<ImportSummary>> importDropped(String[] dropped) {
        List<Path> paths = new ArrayList<>();
        for (String each : dropped) {
            if (each != null && !each.isBlank()) {
                paths.add(Path.of(each));
            }
        }
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        Optional<Case> current = workbench.currentCase();
        if (current.isEmpty()) {
            workbench.setStatus(NO_CASE);
            return Optional.empty();
        }
        ImportService service = importer.get();
        if (service == null) {
            workbench.setStatus(NO_IMPORTER);
            return Optional.empty();
        }
        Case aCase = current.get();
        String what = paths.size() == 1 ? String.valueOf(paths.get(0).getFileName()) : paths.size() + " items";
        Job<ImportSummary> job;
        try {
            job = service.importPaths(aCase, paths, ImportOptions.DEFAULTS);
        } catch (RuntimeException e) {
            LOG.error("Could not start importing the dropped {} into case {}", paths, aCase.folder(), e);
            workbench.setStatus("Could not start the import: " + e.getMessage());
            return Optional.empty();
        }
        workbench.setStatus("Importing " + what + " into " + aCase.name() + "\u2026");
        job.result().whenComplete((summary, error) -> workbench.asyncExec(
                () -> workbench.setStatus(outcome(what, summary, error))));
        return Optional.of(job);
    }

    /** The status line at the end of an import. */
    static String outcome(String what, ImportSummary summary, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof CancellationException) {
            return "Import of " + what + " cancelled";
        }
        if (cause != null) {
            LOG.error("Importing the dropped {} failed", what, cause);
            return "Import of " + what + " failed: " + cause.getMessage();
        }
        StringBuilder line = new StringBuilder("Imported ").append(summary.imported())
                .append(summary.imported() == 1 ? " document" : " documents");
        List<String> more = new ArrayList<>();
        if (summary.duplicates() > 0) {
            more.add(summary.duplicates() + (summary.duplicates() == 1 ? " duplicate" : " duplicates"));
        }
        if (summary.unchanged() > 0) {
            more.add(summary.unchanged() + " unchanged");
        }
        if (!summary.failed().isEmpty()) {
            more.add(summary.failed().size() + " failed (see the Progress view)");
        }
        if (!more.isEmpty()) {
            line.append("; ").append(String.join(", ", more));
        }
        return line.toString();
    }
}
