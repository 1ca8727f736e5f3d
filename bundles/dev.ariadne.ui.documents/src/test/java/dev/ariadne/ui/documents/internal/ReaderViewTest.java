package dev.ariadne.ui.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.selection.Ref;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.testing.FakeCase;
import dev.ariadne.ui.testing.FakeJobService;
import dev.ariadne.ui.testing.FakeWorkbench;
import dev.ariadne.ui.testing.Swt;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Reader view on a real SWT display (skipped without one) over an in-memory store: it follows the selection,
 * highlights the search's terms, marks pages, shows metadata and moves between a mail and its attachment.
 */
class ReaderViewTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final FakeJobService jobs = new FakeJobService();
    private final FakeStore store = new FakeStore();
    private final FakeCase aCase = new FakeCase("case-1", "Harbour inquiry");
    private final DocumentServices services = new DocumentServices();
    private Shell shell;
    private FakeWorkbench workbench;
    private FakeWorkbench.Site site;
    private Document report;

    @BeforeEach
    void open() {
        shell = Swt.shell(1000, 620);
        shell.setText("Reader");
        workbench = new FakeWorkbench(shell);
        site = workbench.site(DocumentServices.READER_VIEW);
        services.store = store;
        report = Sample.fill(store);
        shell.open();
    }

    @AfterEach
    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
        jobs.close();
    }

    private ReaderView openView() {
        ReaderView view = new ReaderView(jobs, services);
        view.zone = ZoneOffset.UTC;
        view.createControl(shell, site);
        shell.layout(true, true);
        workbench.currentCase = Optional.of(aCase);
        view.caseChanged(Optional.of(aCase));
        return view;
    }

    private void select(String viewId, String documentId, String label) {
        workbench.fire(Selection.of(viewId, new Ref(Ref.KIND_DOCUMENT, documentId, label)));
    }

    private static List<String> highlighted(ReaderView view) {
        return Arrays.stream(view.text.getStyleRanges())
                .map(r -> view.text.getTextRange(r.start, r.length)).toList();
    }

    @Test
    void withNothingSelectedTheViewSaysWhatToDo() {
        ReaderView view = openView();
        assertThat(view.pages.showsContent()).isFalse();
        assertThat(view.pages.message()).isEqualTo(ReaderView.NOTHING);
        view.caseChanged(Optional.empty());
        assertThat(view.pages.message()).isEqualTo(ReaderView.NO_CASE);
    }

    @Test
    void aSelectedDocumentIsShownExactlyAsStoredWithItsMetadataAndTitle() {
        ReaderView view = openView();
        select(DocumentServices.DOCUMENTS_VIEW, report.id(), "Harbour inquiry");
        Swt.waitUntil("the report", WAIT, () -> view.isShowing(report.id()));

        assertThat(view.shownText()).isEqualTo(Sample.REPORT_TEXT);
        assertThat(site.title()).isEqualTo("Harbour inquiry: interim report");
        assertThat(view.title.getText()).isEqualTo("Harbour inquiry: interim report");
        List<String> values = Arrays.stream(view.metadata.content.getChildren())
                .filter(c -> c instanceof org.eclipse.swt.widgets.Text)
                .map(c -> ((org.eclipse.swt.widgets.Text) c).getText()).toList();
        assertThat(values).contains("Inquiry secretariat\nJ. Okafor", "PDF (application/pdf)",
                "2024-03-05 09:00", "3", "/cases/harbour/in/report.pdf");
        boolean idShown = Arrays.stream(view.metadata.content.getChildren())
                .filter(c -> c instanceof org.eclipse.swt.widgets.Composite)
                .flatMap(c -> Arrays.stream(((org.eclipse.swt.widgets.Composite) c).getChildren()))
                .anyMatch(c -> report.id().equals(c.getData(MetadataPanel.ID_KEY)));
        assertThat(idShown).as("the SHA-256 is shown").isTrue();
        assertThat(site.lastSelection().items()).extracting(Ref::id).containsExactly(report.id());
        assertThat(site.lastSelection().source()).isEqualTo(DocumentServices.READER_VIEW);
    }

    @Test
    void pagesStartOnTheirOwnMarkedLines() {
        ReaderView view = openView();
        select(DocumentServices.DOCUMENTS_VIEW, report.id(), "Harbour inquiry");
        Swt.waitUntil("the report", WAIT, () -> view.isShowing(report.id()));
        int[] lines = view.pageMarks.lines();
        assertThat(lines).hasSize(3);
        assertThat(view.text.getLine(lines[1])).startsWith("Page two");
        assertThat(view.text.getLine(lines[2])).startsWith("Page three");
        for (int line : lines) {
            assertThat(view.text.getLineVerticalIndent(line)).isEqualTo(view.pageMarks.indent());
        }
        assertThat(view.text.getLineVerticalIndent(1)).isZero();
    }

    @Test
    void theLastQueryIsHighlightedAndF3StepsThroughTheMatches() {
        services.setLastQuery(aCase.id(), "treaty OR \"state visit\" type:pdf");
        ReaderView view = openView();
        select(DocumentServices.DOCUMENTS_VIEW, report.id(), "Harbour inquiry");
        Swt.waitUntil("the report", WAIT, () -> view.isShowing(report.id()));

        assertThat(highlighted(view)).containsExactly("state visit", "treaty", "treaty");
        assertThat(view.matches.getText()).isEqualTo("3 matches");

        view.text.notifyListeners(SWT.KeyDown, keyF3(0));
        assertThat(view.current).isZero();
        view.text.notifyListeners(SWT.KeyDown, keyF3(0));
        assertThat(view.current).isEqualTo(1);
        assertThat(view.matches.getText()).isEqualTo("2 of 3 matches");
        StyleRange current = view.text.getStyleRangeAtOffset(view.highlights[2]);
        assertThat(current.background.getRGB()).isEqualTo(view.currentColor.getRGB());
        view.text.notifyListeners(SWT.KeyDown, keyF3(SWT.SHIFT));
        view.text.notifyListeners(SWT.KeyDown, keyF3(SWT.SHIFT));
        assertThat(view.current).as("wraps around").isEqualTo(2);
    }

    @Test
    void aHitOpensAtItsFirstHighlightWithTheWordsTheSearchMatched() {
        ReaderView view = openView();
        int at = Sample.REPORT_TEXT.indexOf("customs");
        services.focus(aCase.id(), report.id(), "Harbour inquiry", "custom*", List.of("customs"), at);
        Swt.waitUntil("the report", WAIT, () -> view.isShowing(report.id()));
        assertThat(highlighted(view)).containsExactly("customs");
        assertThat(view.current).isZero();
        assertThat(view.text.getCaretOffset()).isEqualTo(at);

        // The same document asked again with another place: no reading again, only scrolling.
        int reads = jobs.submitted.size();
        services.focus(aCase.id(), report.id(), "Harbour inquiry", "custom*", List.of("customs"), 0);
        Swt.drain();
        assertThat(jobs.submitted).hasSize(reads);
    }

    @Test
    void aSecondRequestForTheDocumentBeingReadOnlyMovesWhereItOpens() {
        ReaderView view = openView();
        store.getDelayMillis = 300;
        int first = Sample.REPORT_TEXT.indexOf("treaty");
        int second = Sample.REPORT_TEXT.lastIndexOf("treaty");
        services.focus(aCase.id(), report.id(), "Harbour inquiry", "treaty", List.of("treaty"), first);
        services.focus(aCase.id(), report.id(), "Harbour inquiry", "treaty", List.of("treaty"), second);
        Swt.waitUntil("the report", WAIT, () -> view.isShowing(report.id()));
        assertThat(jobs.count("Read document")).isEqualTo(1);
        assertThat(view.text.getCaretOffset()).isEqualTo(second);
        assertThat(view.current).isEqualTo(1);
    }

    @Test
    void aMailLinksToItsAttachmentAndBack() throws Exception {
        ReaderView view = openView();
        select(DocumentServices.SEARCH_VIEW, FakeStore.id(11), "Re: the shipment");
        Swt.waitUntil("the mail", WAIT, () -> view.isShowing(FakeStore.id(11)));
        assertThat(view.metadata.childrenLink).isNotNull();
        assertThat(view.metadata.childrenLink.getText()).contains("shipment-note.txt");
        assertThat(view.metadata.parentLink).isNull();
        Swt.screenshot(shell, "reader-mail.png");

        Event click = new Event();
        click.text = "0";
        view.metadata.childrenLink.notifyListeners(SWT.Selection, click);
        Swt.waitUntil("the attachment", WAIT, () -> view.isShowing(FakeStore.id(12)));
        assertThat(view.shownText()).isEqualTo(Sample.NOTE_TEXT);
        assertThat(view.metadata.parentLink.getText()).contains("Re: the shipment");

        view.metadata.parentLink.notifyListeners(SWT.Selection, click);
        Swt.waitUntil("the mail again", WAIT, () -> view.isShowing(FakeStore.id(11)));
    }

    @Test
    void arrowingThroughAListReadsOnlyTheDocumentItStopsAt() {
        ReaderView view = openView();
        select(DocumentServices.DOCUMENTS_VIEW, report.id(), "Harbour inquiry");
        select(DocumentServices.DOCUMENTS_VIEW, FakeStore.id(11), "Re: the shipment");
        select(DocumentServices.DOCUMENTS_VIEW, FakeStore.id(12), "shipment-note.txt");
        Swt.waitUntil("the note", WAIT, () -> view.isShowing(FakeStore.id(12)));
        assertThat(jobs.count("Read document")).isEqualTo(1);
    }

    @Test
    void itsOwnSelectionAndOtherKindsAreIgnored() {
        ReaderView view = openView();
        select(DocumentServices.READER_VIEW, report.id(), "x");
        workbench.fire(Selection.of("other", new Ref(Ref.KIND_ENTITY, "e1", "Someone")));
        Swt.drain();
        assertThat(jobs.submitted).isEmpty();
        assertThat(view.pages.showsContent()).isFalse();
    }

    @Test
    void aLongTextIsCutWithANotice() {
        services.readerMaxChars = 10_000;
        String text = "word ".repeat(5000);
        store.add(new Document(FakeStore.id(50), FakeStore.metadata("Long", "text/plain", null, 0, text.length()),
                List.of("/in/long.txt"), Optional.empty(), java.util.Set.of()), text, List.of());
        ReaderView view = openView();
        select(DocumentServices.DOCUMENTS_VIEW, FakeStore.id(50), "Long");
        Swt.waitUntil("the long text", WAIT, () -> view.isShowing(FakeStore.id(50)));
        assertThat(view.shownText()).hasSize(10_000);
        assertThat(view.notice.getVisible()).isTrue();
        assertThat(view.notice.getText()).isEqualTo("Showing the first 10,000 of 25,000 characters.");
    }

    @Test
    void aDocumentThatIsGoneIsExplained() {
        ReaderView view = openView();
        select(DocumentServices.DOCUMENTS_VIEW, FakeStore.id(999), "Gone");
        Swt.waitUntil("the message", WAIT, () -> view.pages.message().startsWith("The document could not"));
        assertThat(view.pages.message()).contains("is not in this case");
        assertThat(site.title()).isEqualTo(ReaderView.TITLE);
    }

    @Test
    void screenshotOfAReportWithHighlightsAndPages() throws Exception {
        services.setLastQuery(aCase.id(), "minister treaty");
        ReaderView view = openView();
        services.focus(aCase.id(), report.id(), "Harbour inquiry", "minister treaty", List.of(), 0);
        Swt.waitUntil("the report", WAIT, () -> view.isShowing(report.id()));
        assertThat(Swt.screenshot(shell, "reader-report.png")).exists();
    }

    private static Event keyF3(int state) {
        Event event = new Event();
        event.keyCode = SWT.F3;
        event.stateMask = state;
        return event;
    }
}
