package dev.ariadne.ui.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;

import dev.ariadne.api.events.Topics;
import dev.ariadne.api.importing.ImportSummary;
import dev.ariadne.ui.testing.FakeCase;
import dev.ariadne.ui.testing.FakeJobService;
import dev.ariadne.ui.testing.FakeWorkbench;
import dev.ariadne.ui.testing.Swt;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The three views side by side as in the workbench, on a real display (skipped without one): an import fills the
 * Documents view while it runs, a search finds a passage, and opening the hit shows it in the Reader at the match.
 * Screenshots of each step go to {@code target/screenshots}.
 */
class DocumentsWorkflowTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final FakeJobService jobs = new FakeJobService();
    private final FakeStore store = new FakeStore();
    private final FakeSearch search = new FakeSearch(store);
    private final FakeImporter importer = new FakeImporter();
    private final FakeCase aCase = new FakeCase("case-1", "Harbour inquiry");
    private final DocumentServices services = new DocumentServices();
    private Shell shell;
    private FakeWorkbench workbench;
    private CTabFolder center;

    @BeforeEach
    void open() {
        shell = Swt.shell(1280, 720);
        shell.setText("Ariadne \u2014 Harbour inquiry");
        workbench = new FakeWorkbench(shell);
        workbench.currentCase = Optional.of(aCase);
        services.store = store;
        services.search = OnDemand.of(search);
        services.importer = OnDemand.of(importer);
        services.refreshIntervalMillis = 150;
    }

    @AfterEach
    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
        jobs.close();
    }

    private static Composite tab(CTabFolder folder, String title) {
        CTabItem item = new CTabItem(folder, SWT.NONE);
        item.setText(title);
        Composite body = new Composite(folder, SWT.NONE);
        body.setLayout(new FillLayout());
        item.setControl(body);
        return body;
    }

    @Test
    void importSearchAndRead() throws Exception {
        SashForm split = new SashForm(shell, SWT.HORIZONTAL);
        CTabFolder left = new CTabFolder(split, SWT.BORDER);
        Composite searchPart = tab(left, "Search");
        left.setSelection(0);
        center = new CTabFolder(split, SWT.BORDER);
        Composite documentsPart = tab(center, "Documents");
        Composite readerPart = tab(center, "Reader");
        center.setSelection(0);
        split.setWeights(28, 72);

        SearchView searchView = new SearchView(jobs, services);
        searchView.zone = ZoneOffset.UTC;
        searchView.createControl(searchPart, workbench.site(DocumentServices.SEARCH_VIEW));
        DocumentsView documentsView = new DocumentsView(jobs, services);
        documentsView.zone = ZoneOffset.UTC;
        documentsView.createControl(documentsPart, workbench.site(DocumentServices.DOCUMENTS_VIEW));
        ReaderView readerView = new ReaderView(jobs, services);
        readerView.zone = ZoneOffset.UTC;
        FakeWorkbench.Site readerSite = workbench.site(DocumentServices.READER_VIEW);
        readerView.createControl(readerPart, readerSite);
        workbench.onShowView = id -> {
            if (DocumentServices.READER_VIEW.equals(id)) {
                center.setSelection(1);
            }
        };
        shell.open();
        for (var view : List.of(searchView, documentsView, readerView)) {
            ((dev.ariadne.ui.api.WorkbenchView) view).caseChanged(Optional.of(aCase));
        }
        Swt.waitUntil("an empty case", WAIT, () -> documentsView.countLabel.getText().startsWith("No documents"));

        // The import: documents arrive one by one while the job runs, each announced by an event.
        ImportActions.start(workbench, aCase, List.of(Path.of("/cases/harbour/in")), p -> true, services);
        Sample.fill(store);
        for (String id : List.of(FakeStore.id(10), FakeStore.id(11), FakeStore.id(12))) {
            services.handleEvent(added(id));
        }
        Swt.waitUntil("three rows while the import runs", WAIT,
                () -> documentsView.table.getItemCount() == 3 && documentsView.cache.isComplete());
        importer.jobs.get(0).complete(new ImportSummary(3, 0, 0, List.of()));
        Swt.waitUntil("the import's summary", WAIT, () -> workbench.lastStatus().equals("Imported 3 documents"));
        Swt.screenshot(shell, "workflow-1-imported.png");

        searchView.query.setText("treaty");
        searchView.query.notifyListeners(SWT.DefaultSelection, new Event());
        Swt.waitUntil("a hit", WAIT, () -> searchView.hits.rowCount() == 1);
        Swt.screenshot(shell, "workflow-2-searched.png");

        searchView.results.setSelection(0);
        searchView.results.notifyListeners(SWT.Selection, new Event());
        searchView.results.notifyListeners(SWT.DefaultSelection, new Event());
        Swt.waitUntil("the report in the Reader", WAIT, () -> readerView.isShowing(FakeStore.id(10)));
        assertThat(center.getSelectionIndex()).isEqualTo(1);
        assertThat(readerSite.title()).isEqualTo("Harbour inquiry: interim report");
        assertThat(readerView.current).as("opened at the first match").isZero();
        int first = Sample.REPORT_TEXT.indexOf("treaty");
        assertThat(readerView.text.getCaretOffset()).isEqualTo(first);
        assertThat(readerView.highlights).containsExactly(first, first + 6, Sample.REPORT_TEXT.lastIndexOf("treaty"),
                Sample.REPORT_TEXT.lastIndexOf("treaty") + 6);
        Swt.screenshot(shell, "workflow-3-reader.png");

        // A row of the Documents view opens in the Reader too, with the search's terms highlighted.
        center.setSelection(0);
        documentsView.table.setSelection(1);
        documentsView.table.notifyListeners(SWT.Selection, new Event());
        documentsView.table.notifyListeners(SWT.DefaultSelection, new Event());
        Swt.waitUntil("the mail in the Reader", WAIT, () -> readerView.isShowing(FakeStore.id(11)));
        assertThat(center.getSelectionIndex()).isEqualTo(1);
        assertThat(readerView.metadata.childrenLink.getText()).contains("shipment-note.txt");
    }

    private org.osgi.service.event.Event added(String documentId) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(Topics.CASE_ID, aCase.id());
        props.put(Topics.DOCUMENT_ID, documentId);
        return new org.osgi.service.event.Event(Topics.DOCUMENT_ADDED, props);
    }
}
