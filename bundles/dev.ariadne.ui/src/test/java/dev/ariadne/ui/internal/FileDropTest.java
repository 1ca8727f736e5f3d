package dev.ariadne.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseRecords;
import dev.ariadne.api.importing.ImportOptions;
import dev.ariadne.api.importing.ImportService;
import dev.ariadne.api.importing.ImportSummary;
import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.api.ViewDescriptor;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.testing.FakeJobService.FakeJob;
import dev.ariadne.ui.testing.Swt;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/** Files dropped onto the window: imported into the current case, or a status line saying why not. */
class FileDropTest {

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
        assertThat(drop.importDropped(new String[] {"/home/a/in", "/home/a/report.pdf", ""})).isPresent();
        assertThat(imported).containsExactly(List.of(Path.of("/home/a/in"), Path.of("/home/a/report.pdf")));
        assertThat(statuses).containsExactly("Importing 2 items into Harbour inquiry\u2026");

        job.complete(new ImportSummary(7, 1, 0, List.of(new ItemError("/home/a/in/x.pdf", "encrypted",
                Instant.now()))));
        later.forEach(Runnable::run);
        assertThat(statuses).last()
                .isEqualTo("Imported 7 documents; 1 duplicate, 1 failed (see the Progress view)");
    }

    @Test
    void withoutACaseOrAnImporterTheStatusBarSaysWhy() {
        FileDrop drop = new FileDrop(workbench(), () -> importer);
        assertThat(drop.importDropped(new String[] {"/a"})).isEmpty();
        assertThat(statuses).containsExactly(FileDrop.NO_CASE);

        current = Optional.of(aCase());
        FileDrop noImporter = new FileDrop(workbench(), () -> null);
        assertThat(noImporter.importDropped(new String[] {"/a"})).isEmpty();
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
        return new Case() {
            @Override
            public String id() {
                return "c1";
            }

            @Override
            public String name() {
                return "Harbour inquiry";
            }

            @Override
            public Path folder() {
                return Path.of("/cases/harbour");
            }

            @Override
            public Path area(String name) {
                return folder().resolve(name);
            }

            @Override
            public int schemaVersion() {
                return 1;
            }

            @Override
            public CaseRecords records(String namespace) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Connection connect() throws SQLException {
                throw new SQLException("no database in this test");
            }

            @Override
            public boolean isOpen() {
                return true;
            }
        };
    }
}
