package dev.ariadne.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.importing.ImportOptions;
import dev.ariadne.api.importing.ImportService;
import dev.ariadne.api.importing.ImportSummary;
import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.api.ViewDescriptor;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.testing.FakeCase;
import dev.ariadne.ui.testing.FakeJobService.FakeJob;
import dev.ariadne.ui.testing.Swt;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files dropped onto the window: imported into the current case, or a status line saying why not. */
class FileDropTest {

    /** Where the dropped files would come from; nothing is read from it. */
    @TempDir
    Path dropped;

    private final List<String> statuses = new ArrayList<>();
    private final List<Runnable> later = new ArrayList<>();
    private Optional<Case> current = Optional.empty();
    private final List<List<Path>> imported = new ArrayList<>();
    private final FakeJob<ImportSummary> job = new FakeJob<>(1, "Import");

    private final ImportService importer = (aCase, paths, options) -> {
        imported.add(paths);
        assertThat(options).isEqualTo(ImportOptions.DEFAULTS);
        return job;
    };

    @Test
    void droppedPathsAreImportedIntoTheCurrentCaseAndTheOutcomeIsSaid() {
        current = Optional.of(aCase());
        FileDrop drop = new FileDrop(workbench(), () -> importer);
        Path folder = dropped.resolve("in");
        Path report = dropped.resolve("report.pdf");
        assertThat(drop.importDropped(new String[] {folder.toString(), report.toString(), ""})).isPresent();
        assertThat(imported).containsExactly(List.of(folder, report));
        assertThat(statuses).containsExactly("Importing 2 items into Harbour inquiry\u2026");

        job.complete(new ImportSummary(7, 1, 0, List.of(new ItemError(folder.resolve("x.pdf").toString(),
                "encrypted", Instant.now()))));
        later.forEach(Runnable::run);
        assertThat(statuses).last()
                .isEqualTo("Imported 7 documents; 1 duplicate, 1 failed (see the Progress view)");
    }

    @Test
    void withoutACaseOrAnImporterTheStatusBarSaysWhy() {
        FileDrop drop = new FileDrop(workbench(), () -> importer);
        assertThat(drop.importDropped(new String[] {dropped.toString()})).isEmpty();
        assertThat(statuses).containsExactly(FileDrop.NO_CASE);

        current = Optional.of(aCase());
        FileDrop noImporter = new FileDrop(workbench(), () -> null);
        assertThat(noImporter.importDropped(new String[] {dropped.toString()})).isEmpty();
        assertThat(statuses).last().isEqualTo(FileDrop.NO_IMPORTER);
        assertThat(imported).isEmpty();
    }

    @Test
    void theOutcomeOfACancelledOrFailedImport() {
        assertThat(FileDrop.outcome("a.pdf", null, new java.util.concurrent.CancellationException()))
                .isEqualTo("Import of a.pdf cancelled");
        assertThat(FileDrop.outcome("a.pdf", null, new java.util.concurrent.CompletionException(
                new IllegalStateException("disk full")))).isEqualTo("Import of a.pdf failed: disk full");
        assertThat(FileDrop.outcome("a.pdf", new ImportSummary(1, 0, 2, List.of()), null))
                .isEqualTo("Imported 1 document; 2 unchanged");
    }

    @Test
    void theShellAcceptsDroppedFiles() {
        Display display = Swt.display();
        try {
            Shell shell = new Shell(display);
            DropTarget target = new FileDrop(workbench(), () -> importer).install(shell);
            assertThat(shell.getData(DND.DROP_TARGET_KEY)).isSameAs(target);
            assertThat(target.getTransfer()).containsExactly(FileTransfer.getInstance());
            assertThat(target.getStyle() & DND.DROP_COPY).isNotZero();
            shell.dispose();
        } finally {
            display.dispose();
        }
    }

    private Workbench workbench() {
        return new Workbench() {
            @Override
            public void asyncExec(Runnable task) {
                later.add(task);
            }

            @Override
            public Shell shell() {
                return null;
            }

            @Override
            public List<ViewDescriptor> views() {
                return List.of();
            }

            @Override
            public boolean showView(String viewId) {
                return false;
            }

            @Override
            public List<String> openViews() {
                return List.of();
            }

            @Override
            public Selection selection() {
                return Selection.EMPTY;
            }

            @Override
            public AutoCloseable onSelection(Consumer<Selection> listener) {
                return () -> { };
            }

            @Override
            public Optional<Case> currentCase() {
                return current;
            }

            @Override
            public void setStatus(String message) {
                statuses.add(message);
            }
        };
    }

    private static Case aCase() {
        return new FakeCase("c1", "Harbour inquiry");
    }
}
