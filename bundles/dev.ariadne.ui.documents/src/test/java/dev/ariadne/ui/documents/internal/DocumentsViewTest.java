package dev.ariadne.ui.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.events.Topics;
import dev.ariadne.api.selection.Ref;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.documents.internal.DocumentsView.Col;
import dev.ariadne.ui.documents.internal.model.Formats;
import dev.ariadne.ui.testing.FakeCase;
import dev.ariadne.ui.testing.FakeJobService;
import dev.ariadne.ui.testing.FakeWorkbench;
import dev.ariadne.ui.testing.Swt;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.EventConstants;

/**
 * The Documents view on a real SWT display (skipped without one) with an in-memory store: rows, columns, sorting,
 * filtering, selection, documents added during an import, and 100,000 rows that open, scroll and sort while the UI
 * thread stays responsive.
 */
class DocumentsViewTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final FakeJobService jobs = new FakeJobService();
    private final FakeStore store = new FakeStore();
    private final FakeCase aCase = new FakeCase("case-1", "Harbour inquiry");
    private final DocumentServices services = new DocumentServices();
    private Shell shell;
    private FakeWorkbench workbench;
    private FakeWorkbench.Site site;

    @BeforeEach
    void open() {
        shell = Swt.shell(1100, 600);
        shell.setText("Documents");
        workbench = new FakeWorkbench(shell);
        site = workbench.site(DocumentServices.DOCUMENTS_VIEW);
        services.store = store;
        services.refreshIntervalMillis = 200;
        shell.open();
    }

    @AfterEach
    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
        jobs.close();
    }

    private DocumentsView openView() {
        DocumentsView view = new DocumentsView(jobs, services);
        view.zone = ZoneOffset.UTC;
        view.pageSize = 50;
        view.createControl(shell, site);
        shell.layout(true, true);
        workbench.currentCase = Optional.of(aCase);
        view.caseChanged(Optional.of(aCase));
        return view;
    }

    private static String cell(DocumentsView view, int index, Col col) {
        return view.table.getItem(index).getText(col.ordinal());
    }

    private static boolean rowShown(DocumentsView view, int index) {
        return view.table.getItemCount() > index && !DocumentsView.LOADING.equals(cell(view, index, Col.TITLE));
    }

    private void addSample() {
        store.add(1, "Harbour authority minutes", "application/pdf", "The harbour authority met.", "/in/minutes.pdf");
        store.add(2, "Re: the shipment", "message/rfc822", "About the shipment.", "/in/mail/1.eml");
        store.add(3, "Customs statement", "text/html", "Customs said.", "/in/web/customs.html", "/in/copy.html");
    }

    @Test
    void withoutACaseOrAStoreTheViewSaysWhy() {
        DocumentsView view = new DocumentsView(jobs, services);
        view.createControl(shell, site);
        view.caseChanged(Optional.empty());
        assertThat(view.pages.showsContent()).isFalse();
        assertThat(view.pages.message()).isEqualTo(DocumentsView.NO_CASE);

        services.unbindStore(store);
        Swt.drain();
        view.caseChanged(Optional.of(aCase));
        assertThat(view.pages.message()).isEqualTo(DocumentsView.NO_STORE);
        assertThat(view.refreshItem.getEnabled()).isFalse();

        services.bindStore(store); // the importer starts: the view reads the case
        Swt.waitUntil("the rows after the store appeared", WAIT, () -> view.pages.showsContent());
    }

    @Test
    void rowsShowEveryColumn() {
        addSample();
        DocumentsView view = openView();
        Swt.waitUntil("three rows", WAIT, () -> rowShown(view, 2));

        assertThat(view.table.getItemCount()).isEqualTo(3);
        TableItem third = view.table.getItem(2);
        assertThat(third.getText(Col.TITLE.ordinal())).isEqualTo("Customs statement");
        assertThat(third.getText(Col.TYPE.ordinal())).isEqualTo("HTML");
        assertThat(third.getText(Col.DATE.ordinal())).isEqualTo("2024-03-04");
        assertThat(third.getText(Col.LANGUAGE.ordinal())).isEqualTo("English");
        assertThat(third.getText(Col.SIZE.ordinal())).isEqualTo("13 B");
        assertThat(third.getText(Col.SOURCES.ordinal())).isEqualTo("2 (1 duplicate)");
        assertThat(third.getText(Col.SOURCE.ordinal())).isEqualTo("/in/web/customs.html");
        assertThat(cell(view, 1, Col.TYPE)).isEqualTo("E-mail");
        assertThat(view.countLabel.getText()).isEqualTo("3 documents");
    }

    @Test
    void selectingRowsPublishesDocumentsAndDoubleClickOpensTheReader() {
        addSample();
        DocumentsView view = openView();
        Swt.waitUntil("rows", WAIT, () -> rowShown(view, 2));

        view.table.setSelection(new int[] {0, 2});
        view.table.notifyListeners(SWT.Selection, new Event());
        Selection selection = site.lastSelection();
        assertThat(selection.source()).isEqualTo(DocumentServices.DOCUMENTS_VIEW);
        assertThat(selection.items()).extracting(Ref::kind).containsOnly(Ref.KIND_DOCUMENT);
        assertThat(selection.items()).extracting(Ref::id).containsExactly(FakeStore.id(1), FakeStore.id(3));
        assertThat(selection.items()).extracting(Ref::label)
                .containsExactly("Harbour authority minutes", "Customs statement");

        view.table.setSelection(1);
        view.table.notifyListeners(SWT.DefaultSelection, new Event());
        assertThat(workbench.shown).containsExactly(DocumentServices.READER_VIEW);
        assertThat(services.lastFocus()).map(DocumentServices.Focus::documentId).contains(FakeStore.id(2));
    }

    @Test
    void clickingAColumnHeaderSortsAndAgainTurnsTheOrderRound() {
        addSample();
        DocumentsView view = openView();
        Swt.waitUntil("rows", WAIT, () -> rowShown(view, 2));

        view.columns[Col.TITLE.ordinal()].notifyListeners(SWT.Selection, new Event());
        Swt.waitUntil("sorted by title", WAIT, () -> view.order != null);
        assertThat(titles(view)).containsExactly("Customs statement", "Harbour authority minutes", "Re: the shipment");
        assertThat(view.table.getSortDirection()).isEqualTo(SWT.UP);

        view.columns[Col.TITLE.ordinal()].notifyListeners(SWT.Selection, new Event());
        Swt.waitUntil("sorted the other way", WAIT, () -> view.shownSpec.equals(view.spec));
        assertThat(titles(view)).containsExactly("Re: the shipment", "Harbour authority minutes", "Customs statement");
        assertThat(view.table.getSortDirection()).isEqualTo(SWT.DOWN);

        view.columns[Col.DATE.ordinal()].notifyListeners(SWT.Selection, new Event());
        Swt.waitUntil("sorted by date", WAIT, () -> view.shownSpec.equals(view.spec));
        assertThat(titles(view)).as("dates sort newest first on the first click")
                .containsExactly("Customs statement", "Re: the shipment", "Harbour authority minutes");
    }

    @Test
    void theFilterKeepsRowsWhoseTitleOrSourceMatches() {
        addSample();
        DocumentsView view = openView();
        Swt.waitUntil("rows", WAIT, () -> rowShown(view, 2));

        view.filter.setText("MAIL/");
        Swt.waitUntil("filtered", WAIT, () -> view.order != null && view.shownSpec.equals(view.spec));
        assertThat(titles(view)).containsExactly("Re: the shipment");
        assertThat(view.countLabel.getText()).isEqualTo("1 of 3 documents");

        view.filter.setText("");
        Swt.waitUntil("unfiltered", WAIT, () -> view.order == null && view.table.getItemCount() == 3);
        assertThat(view.countLabel.getText()).isEqualTo("3 documents");
    }

    @Test
    void documentsAddedDuringAnImportAppearWithFewRefreshes() {
        addSample();
        DocumentsView view = openView();
        Swt.waitUntil("rows", WAIT, () -> rowShown(view, 2));
        int countsBefore = store.countCalls.get();

        long started = System.nanoTime();
        for (int n = 4; n < 204; n++) {
            store.add(n, "Added " + n, "text/plain", "text " + n, "/in/added/" + n + ".txt");
            services.handleEvent(event(Topics.DOCUMENT_ADDED, Topics.CASE_ID, aCase.id()));
        }
        services.handleEvent(event(Topics.DOCUMENT_ADDED, Topics.CASE_ID, "another-case"));
        Swt.waitUntil("203 rows", WAIT, () -> view.table.getItemCount() == 203 && rowShown(view, 202));
        long seconds = Math.max(1, (System.nanoTime() - started) / 1_000_000_000L);

        int counts = store.countCalls.get() - countsBefore;
        assertThat(counts).as("refreshes for 200 events").isBetween(1, (int) (seconds * 6 + 2));
        assertThat(cell(view, 202, Col.TITLE)).isEqualTo("Added 203");
    }

    @Test
    void theEndOfAnImportRereadsTheRowsSoNewSourcesShow() {
        addSample();
        DocumentsView view = openView();
        Swt.waitUntil("rows", WAIT, () -> rowShown(view, 0));
        Document first = store.documents.get(0);
        store.replace(new Document(first.id(), first.metadata(), List.of("/in/minutes.pdf", "/again/minutes.pdf"),
                Optional.empty(), Set.of("imported")));

        services.handleEvent(event(Topics.JOB_FINISHED, Topics.JOB_NAME, "Import 2 files"));
        Swt.waitUntil("the duplicate's source", WAIT,
                () -> cell(view, 0, Col.SOURCES).equals("2 (1 duplicate)"));
    }

    @Test
    void aHundredThousandRowsOpenScrollSortAndFilterWithoutBlockingTheUi() throws Exception {
        int n = 100_000;
        Instant base = Instant.parse("2020-01-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            Document document = new Document(FakeStore.id(i), FakeStore.metadata("Doc " + i,
                    i % 3 == 0 ? "application/pdf" : "text/plain", base.plusSeconds(i * 3600L), i % 20,
                    (i * 7919L) % 1_000_003), List.of("/corpus/f" + (i % 100) + "/doc" + i),
                    Optional.empty(), Set.of("imported"));
            store.documents.add(document);
        }
        store.listDelayMillis = 1; // a database read takes a little time
        DocumentsView view = new DocumentsView(jobs, services);
        view.zone = ZoneOffset.UTC;
        view.createControl(shell, site);
        shell.layout(true, true);
        Swt.drain();
        try (Responsiveness ui = new Responsiveness(shell.getDisplay())) {
            long start = System.nanoTime();
            view.caseChanged(Optional.of(aCase));
            Swt.waitUntil("the first rows", WAIT, () -> rowShown(view, 0));
            long firstRowsMillis = (System.nanoTime() - start) / 1_000_000;
            Swt.waitUntil("all 100,000 rows in the table", WAIT, () -> view.table.getItemCount() == n);
            long openWorst = ui.worstBusyMillis();
            long openWall = ui.worstWallMillis();

            view.table.setTopIndex(n - 30);
            Swt.waitUntil("the last rows", WAIT, () -> rowShown(view, n - 1));
            assertThat(cell(view, n - 1, Col.TITLE)).isEqualTo("Doc 99999");

            ui.reset();
            view.columns[Col.SIZE.ordinal()].notifyListeners(SWT.Selection, new Event());
            Swt.waitUntil("sorted by size", Duration.ofSeconds(60),
                    () -> view.order != null && view.shownSpec.equals(view.spec));
            Swt.waitUntil("the first sorted row", WAIT, () -> rowShown(view, 0));
            long sortWorst = ui.worstBusyMillis();
            long sortWall = ui.worstWallMillis();
            long largest = Arrays.stream(view.order).mapToLong(row -> view.cache.size(row)).max().orElseThrow();
            assertThat(view.cache.size(view.order[0])).isEqualTo(largest);
            assertThat(cell(view, 0, Col.SIZE)).isEqualTo(Formats.size(largest));

            ui.reset();
            view.filter.setText("doc9999");
            Swt.waitUntil("filtered", WAIT, () -> view.shownSpec.equals(view.spec) && view.order.length == 11
                    && view.table.getItemCount() == 11);
            long filterWorst = ui.worstBusyMillis();
            long filterWall = ui.worstWallMillis();
            assertThat(view.countLabel.getText()).isEqualTo("11 of 100,000 documents");
            assertThat(cell(view, 0, Col.TITLE)).startsWith("Doc 9999");

            ui.reset();
            view.filter.setText("");
            Swt.waitUntil("all rows again", WAIT, () -> view.shownSpec.equals(view.spec)
                    && view.table.getItemCount() == n && rowShown(view, 0));
            long unfilterWorst = ui.worstBusyMillis();
            long unfilterWall = ui.worstWallMillis();
            long totalMillis = (System.nanoTime() - start) / 1_000_000;
            Swt.screenshot(shell, "documents-100k.png");

            System.out.printf("100,000 rows: first rows after %d ms, all done after %d ms; longest UI thread work "
                    + "before a probe ran: open %d ms, sort %d ms, filter %d ms, unfilter %d ms; longest round trips "
                    + "(wall clock, with waits for a core and GC): %d, %d, %d, %d ms%n", firstRowsMillis, totalMillis,
                    openWorst, sortWorst, filterWorst, unfilterWorst, openWall, sortWall, filterWall, unfilterWall);
            assertThat(firstRowsMillis).as("first rows on screen").isLessThan(5000);
            assertThat(ui.samples()).isGreaterThan(5);
            assertThat(List.of(openWorst, sortWorst, filterWorst, unfilterWorst))
                    .as("the longest the UI thread was kept busy in each step").allMatch(millis -> millis < 200);
        }
    }

    @Test
    void screenshotOfTheView() throws Exception {
        addSample();
        store.add(4, "Port security assessment 2024", "application/vnd.openxmlformats-officedocument"
                + ".wordprocessingml.document", "Assessment text", "/in/reports/assessment.docx");
        store.add(5, "Witness statement \u2014 J. Okafor", "application/pdf", "Statement", "/in/statements/okafor.pdf");
        DocumentsView view = openView();
        Swt.waitUntil("rows", WAIT, () -> rowShown(view, 4));
        view.table.setSelection(1);
        assertThat(Swt.screenshot(shell, "documents-view.png")).exists();
    }

    private static List<String> titles(DocumentsView view) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < view.table.getItemCount(); i++) {
            titles.add(cell(view, i, Col.TITLE));
        }
        return titles;
    }

    private static org.osgi.service.event.Event event(String topic, String key, Object value) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(key, value);
        props.put(EventConstants.EVENT_TOPIC, topic);
        return new org.osgi.service.event.Event(topic, props);
    }
}
