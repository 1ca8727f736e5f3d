package dev.ariadne.ui.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.ariadne.api.search.SearchRequest;
import dev.ariadne.api.selection.Ref;
import dev.ariadne.ui.testing.FakeCase;
import dev.ariadne.ui.testing.FakeJobService;
import dev.ariadne.ui.testing.FakeWorkbench;
import dev.ariadne.ui.testing.Swt;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Search view on a real SWT display (skipped without one) over an in-memory search service: hits with
 * snippets, facets that narrow the query, errors under the field, history, saved searches, paging, selection.
 */
class SearchViewTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final FakeJobService jobs = new FakeJobService();
    private final FakeStore store = new FakeStore();
    private final FakeSearch search = new FakeSearch(store);
    private final FakeCase aCase = new FakeCase("case-1", "Harbour inquiry");
    private final DocumentServices services = new DocumentServices();
    private Shell shell;
    private FakeWorkbench workbench;
    private FakeWorkbench.Site site;

    @BeforeEach
    void open() {
        shell = Swt.shell(380, 720);
        shell.setText("Search");
        workbench = new FakeWorkbench(shell);
        site = workbench.site(DocumentServices.SEARCH_VIEW);
        services.store = store;
        services.search = OnDemand.of(search);
        Sample.fill(store);
        shell.open();
    }

    @AfterEach
    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
        jobs.close();
    }

    private SearchView openView() {
        SearchView view = new SearchView(jobs, services);
        view.zone = ZoneOffset.UTC;
        view.createControl(shell, site);
        shell.layout(true, true);
        view.caseChanged(Optional.of(aCase));
        return view;
    }

    private static void type(SearchView view, String query) {
        view.query.setText(query);
        view.query.notifyListeners(SWT.DefaultSelection, new Event());
    }

    @Test
    void withoutASearchServiceTheViewSaysSo() {
        services.search = null;
        SearchView view = openView();
        assertThat(view.pages.showsContent()).isFalse();
        assertThat(view.pages.message()).isEqualTo(SearchView.NO_SEARCH);
        Point shown = view.pages.messageLabel().getSize();
        assertThat(shown.x).isPositive();
        assertThat(shown.y).as("the label is as tall as its wrapped text")
                .isGreaterThanOrEqualTo(view.pages.messageLabel().computeSize(shown.x, SWT.DEFAULT).y);
        services.setSearch(OnDemand.of(search));
        Swt.waitUntil("the search page", WAIT, () -> view.pages.showsContent());
    }

    @Test
    void hitsFacetsAndStatusShowAfterASearch() throws Exception {
        SearchView view = openView();
        type(view, "shipment");
        Swt.waitUntil("hits", WAIT, () -> view.hits.rowCount() == 3);
        assertThat(view.results.getItemCount()).isEqualTo(3);
        assertThat(view.status.getText()).startsWith("3 hits");
        assertThat(view.hits.row(0)).map(r -> r.document().isPresent()).contains(true);
        assertThat(view.facets.links).extracting(link -> (String) link.getData()).containsExactly("type", "lang");
        assertThat(view.facets.links.get(0).getText()).contains("E-mail").contains("Text");
        assertThat(search.requests.get(0).facets()).containsExactly("type", "lang", "year", "folder");
        assertThat(services.lastQuery(aCase.id())).isEqualTo("shipment");
        Swt.screenshot(shell, "search-view.png");
    }

    @Test
    void aFacetClickNarrowsTheQuery() {
        SearchView view = openView();
        type(view, "shipment");
        Swt.waitUntil("hits", WAIT, () -> view.hits.rowCount() == 3);
        Link types = view.facets.links.get(0);
        Event click = new Event();
        click.text = "0";
        types.notifyListeners(SWT.Selection, click);
        Swt.waitUntil("the narrowed search", WAIT, () -> search.requests.size() == 2
                && view.status.getText().contains("hits"));
        String narrowed = search.requests.get(1).query();
        assertThat(narrowed).isEqualTo("shipment AND type:\"application/pdf\"");
        assertThat(view.query.getText()).isEqualTo(narrowed);
        assertThat(view.status.getText()).startsWith("No hits");
    }

    @Test
    void aQueryThatCannotBeReadIsExplainedUnderTheField() {
        SearchView view = openView();
        type(view, "\"state visit");
        Swt.waitUntil("the error", WAIT, () -> view.error.getVisible());
        assertThat(view.error.getText()).contains("a phrase is not closed");
        assertThat(view.results.getItemCount()).isZero();

        type(view, "\"state visit\"");
        Swt.waitUntil("the error to go", WAIT, () -> !view.error.getVisible());
        assertThat(view.hits.rowCount()).isEqualTo(1);
    }

    @Test
    void selectingAHitPublishesItsDocumentAndDoubleClickOpensTheReader() {
        SearchView view = openView();
        type(view, "treaty");
        Swt.waitUntil("a hit", WAIT, () -> view.hits.rowCount() == 1);
        view.results.setSelection(0);
        view.results.notifyListeners(SWT.Selection, new Event());
        Ref ref = site.lastSelection().items().get(0);
        assertThat(ref.kind()).isEqualTo(Ref.KIND_DOCUMENT);
        assertThat(ref.id()).isEqualTo(FakeStore.id(10));
        DocumentServices.Focus focus = services.lastFocus().orElseThrow();
        assertThat(focus.query()).isEqualTo("treaty");
        assertThat(focus.offset()).isEqualTo(Sample.REPORT_TEXT.toLowerCase().indexOf("treaty"));
        assertThat(focus.highlighted()).containsExactly("treaty");
        assertThat(workbench.shown).isEmpty();

        view.results.notifyListeners(SWT.DefaultSelection, new Event());
        assertThat(workbench.shown).containsExactly(DocumentServices.READER_VIEW);
    }

    @Test
    void historyAndSavedSearchesAreKeptInTheCase() {
        SearchView view = openView();
        type(view, "minister");
        Swt.waitUntil("history", WAIT, () -> view.query.getItemCount() == 1);
        type(view, "customs");
        Swt.waitUntil("history of two", WAIT, () -> view.query.getItemCount() == 2);
        assertThat(view.query.getItems()).containsExactly("customs", "minister");

        view.askName = (parent, initial) -> Optional.of("Customs leads");
        view.saveCurrent();
        Swt.waitUntil("the saved search", WAIT, () -> view.saved.size() == 1);
        assertThat(search.saved).containsKey("Customs leads");
        assertThat(search.saved.get("Customs leads").query()).isEqualTo("customs");

        view.deleteSaved("Customs leads");
        Swt.waitUntil("the saved search gone", WAIT, () -> view.saved.isEmpty());
        assertThat(search.saved).isEmpty();
    }

    @Test
    void theSortOrderIsAskedOfTheService() {
        SearchView view = openView();
        view.sort.select(1);
        type(view, "shipment");
        Swt.waitUntil("hits", WAIT, () -> view.hits.rowCount() == 3);
        assertThat(search.requests.get(0).sort()).isEqualTo(SearchRequest.Sort.DATE);
    }

    @Test
    void moreHitsAreFetchedAsTheListScrolls() {
        for (int n = 100; n < 260; n++) {
            store.add(n, "Bulletin " + n, "text/plain", "Daily bulletin number " + n + " mentions the harbour.",
                    "/in/bulletins/" + n + ".txt");
        }
        services.searchPageSize = 50;
        SearchView view = openView();
        type(view, "bulletin");
        Swt.waitUntil("the first page", WAIT, () -> view.hits.rowCount() == 160);
        assertThat(view.hits.row(60)).isEmpty();
        view.results.setTopIndex(150);
        Swt.waitUntil("the last page", WAIT, () -> view.hits.row(159).isPresent());
        List<SearchRequest> pages = search.requests.subList(1, search.requests.size());
        assertThat(pages).allMatch(r -> r.facets().isEmpty() && r.query().equals("bulletin"));
        assertThat(pages).extracting(SearchRequest::offset).contains(150);
    }

    @Test
    void theSyntaxHelpListsExamplesThatGoIntoTheField() throws Exception {
        SearchView view = openView();
        view.showHelp();
        Shell help = view.help;
        assertThat(help.isVisible()).isTrue();
        List<Link> links = java.util.Arrays.stream(help.getChildren()).filter(c -> c instanceof Link)
                .map(c -> (Link) c).toList();
        assertThat(links).hasSize(SyntaxHelp.ENTRIES.size() + 1);
        Swt.screenshot(help, "search-syntax-help.png");
        Link phrase = links.stream().filter(l -> l.getText().contains("state visit")).findFirst().orElseThrow();
        phrase.notifyListeners(SWT.Selection, new Event());
        assertThat(view.query.getText()).isEqualTo("\"state visit\"");
        view.showHelp();
        assertThat(view.help).as("one help window at a time").isSameAs(help);
        Event escape = new Event();
        escape.detail = SWT.TRAVERSE_ESCAPE;
        help.notifyListeners(SWT.Traverse, escape);
        assertThat(help.isDisposed()).isTrue();
    }

    @Test
    void anExampleFromTheHelpGoesIntoTheField() {
        SearchView view = openView();
        view.insertExample("title:report");
        assertThat(view.query.getText()).isEqualTo("title:report");
        view.insertExample("lang:en");
        assertThat(view.query.getText()).isEqualTo("title:report lang:en");
    }
}
