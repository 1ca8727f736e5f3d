package dev.ariadne.ui.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ariadne.api.importing.ImportSummary;
import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.ui.testing.FakeCase;
import dev.ariadne.ui.testing.FakeWorkbench;
import dev.ariadne.ui.testing.Swt;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Starting an import and reporting how it went, on a real SWT display (skipped without one): the status line, the
 * window listing failures, the end of the import told to the views, and the commands' enablement.
 */
class ImportActionsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FakeImporter importer = new FakeImporter();
    private final FakeCase aCase = new FakeCase("case-1", "Harbour inquiry");
    private final DocumentServices services = new DocumentServices();
    private Shell shell;
    private FakeWorkbench workbench;

    @BeforeEach
    void open() {
        shell = Swt.shell(900, 600);
        workbench = new FakeWorkbench(shell);
        shell.open();
    }

    @AfterEach
    void close() {
        for (Shell each : shell.getDisplay().getShells()) {
            each.dispose();
        }
    }

    private Optional<Shell> summaryWindow() {
        return Arrays.stream(shell.getShells()).filter(s -> s.getText().startsWith("Import into")).findFirst();
    }

    @Test
    void anImportWithoutFailuresEndsWithALineInTheStatusBar() {
        services.importer = OnDemand.of(importer);
        AtomicInteger finished = new AtomicInteger();
        services.listen(new DocumentServices.Listener() {
            @Override
            public void importFinished() {
                finished.incrementAndGet();
            }
        });
        ImportActions.start(workbench, aCase, List.of(Path.of("/in/a.pdf"), Path.of("/in/b.pdf")), p -> false,
                services).orElseThrow();
        assertThat(importer.imports).containsExactly(List.of(Path.of("/in/a.pdf"), Path.of("/in/b.pdf")));
        assertThat(workbench.lastStatus()).isEqualTo("Importing 2 files into Harbour inquiry\u2026");

        importer.jobs.get(0).complete(new ImportSummary(2, 0, 0, List.of()));
        Swt.waitUntil("the summary line", WAIT, () -> workbench.lastStatus().startsWith("Imported"));
        assertThat(workbench.lastStatus()).isEqualTo("Imported 2 documents");
        assertThat(finished.get()).isEqualTo(1);
        assertThat(summaryWindow()).isEmpty();
    }

    @Test
    void failuresAreListedWithTheirReasons() throws Exception {
        services.importer = OnDemand.of(importer);
        ImportActions.start(workbench, aCase, List.of(Path.of("/in")), p -> true, services);
        assertThat(workbench.lastStatus()).isEqualTo("Importing in into Harbour inquiry\u2026");
        Instant at = Instant.now();
        importer.jobs.get(0).complete(new ImportSummary(12, 1, 3, List.of(
                new ItemError("/in/secret.pdf", "encrypted", at),
                new ItemError("/in/broken.pdf", "not a PDF: the file is truncated", at),
                new ItemError("/in/bomb.zip", "expansion ratio 1,000 exceeds the limit of 100", at))));
        Swt.waitUntil("the failure window", WAIT, () -> summaryWindow().isPresent());

        assertThat(workbench.lastStatus())
                .isEqualTo("Imported 12 documents; 1 duplicate, 3 unchanged, 3 failed (see the Progress view)");
        Shell window = summaryWindow().orElseThrow();
        Table table = (Table) Arrays.stream(window.getChildren()).filter(c -> c instanceof Table).findFirst()
                .orElseThrow();
        assertThat(table.getItemCount()).isEqualTo(3);
        assertThat(table.getItem(0).getText(0)).isEqualTo("/in/secret.pdf");
        assertThat(table.getItem(0).getText(1)).isEqualTo("encrypted");
        Swt.screenshot(window, "import-failures.png");

        Button showProgress = buttons(window).stream().filter(b -> b.getText().equals("Show Progress")).findFirst()
                .orElseThrow();
        showProgress.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertThat(workbench.shown).containsExactly(DocumentServices.PROGRESS_VIEW);
        assertThat(window.isDisposed()).isTrue();
    }

    @Test
    void aCancelledOrFailedImportIsSaidSo() {
        services.importer = OnDemand.of(importer);
        ImportActions.start(workbench, aCase, List.of(Path.of("/in/a.txt")), p -> false, services);
        importer.jobs.get(0).fail(new CancellationException("cancelled"));
        Swt.waitUntil("the cancel line", WAIT, () -> workbench.lastStatus().contains("cancelled"));
        assertThat(workbench.lastStatus()).isEqualTo("Import of a.txt cancelled");

        ImportActions.start(workbench, aCase, List.of(Path.of("/in/b.txt")), p -> false, services);
        importer.jobs.get(1).fail(new IllegalStateException("the case was closed"));
        Swt.waitUntil("the failure line", WAIT, () -> workbench.lastStatus().contains("failed"));
        assertThat(workbench.lastStatus()).isEqualTo("Import of b.txt failed: the case was closed");
    }

    @Test
    void withoutAnImporterNothingStartsAndTheCommandsAreDisabled() {
        assertThat(ImportActions.start(workbench, aCase, List.of(Path.of("/x")), p -> false, services)).isEmpty();
        assertThat(new ImportFilesCommand(services).isEnabled(dev.ariadne.api.selection.Selection.EMPTY)).isFalse();
        services.setImporter(OnDemand.of(importer));
        assertThat(new ImportFolderCommand(services).isEnabled(dev.ariadne.api.selection.Selection.EMPTY)).isTrue();
    }

    private static List<Button> buttons(Control control) {
        if (control instanceof Button button) {
            return List.of(button);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            return Arrays.stream(composite.getChildren()).flatMap(c -> buttons(c).stream()).toList();
        }
        return List.of();
    }
}
