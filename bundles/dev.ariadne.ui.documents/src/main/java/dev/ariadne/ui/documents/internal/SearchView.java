package dev.ariadne.ui.documents.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.search.SavedSearch;
import dev.ariadne.api.search.SearchException;
import dev.ariadne.api.search.SearchRequest;
import dev.ariadne.api.search.SearchResult;
import dev.ariadne.api.search.SearchResult.Hit;
import dev.ariadne.api.search.SearchService;
import dev.ariadne.api.selection.Ref;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.api.ViewPages;
import dev.ariadne.ui.api.ViewProperties;
import dev.ariadne.ui.api.ViewSite;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.api.WorkbenchView;
import dev.ariadne.ui.documents.internal.model.FacetQuery;
import dev.ariadne.ui.documents.internal.model.Formats;
import dev.ariadne.ui.documents.internal.model.HitPages;
import dev.ariadne.ui.documents.internal.model.HitPages.HitRow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Search view: a query field with syntax help, history and saved searches; the hits (title, type, date, score
 * and highlighted snippets, drawn by {@link HitPainter} in a virtual table fetched a page at a time); facets that
 * narrow the query ({@link FacetPanel}); relevance or date order. A query that cannot be parsed is explained under
 * the field with the search service's message.
 *
 * <p>Selecting a hit publishes its document as the selection and asks open Readers to show it at its first
 * highlight; a double-click or Enter also brings the Reader forward.
 *
 * <p>A prototype-scope {@link WorkbenchView} service: one instance per opened view, every method called on the UI
 * thread; searches, history and saved searches go through {@link SearchService} in {@link JobService} jobs whose
 * results come back through {@link Workbench#asyncExec}.
 */
@Component(service = WorkbenchView.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = DocumentServices.SEARCH_VIEW, label = "Search", area = ViewProperties.LEFT,
        openByDefault = true, order = 20)
public class SearchView implements WorkbenchView {

    private static final Logger LOG = LoggerFactory.getLogger(SearchView.class);

    /** What the view says without a case. */
    static final String NO_CASE = "Open or create a case to search its documents.";
    /** What the view says without a search service. */
    static final String NO_SEARCH =
            "Search is not available: the search bundle (dev.ariadne.search.lucene) is not running.";
    /** History entries offered. */
    static final int HISTORY = 25;

    final JobService jobs;
    final DocumentServices services;
    ZoneId zone = ZoneId.systemDefault();
    /** Asks for the name of a search to save; replaced in tests. */
    NameAsker askName = (shell, initial) -> NamePrompt.ask(shell, "Save Search",
            "Save the search under the name:", initial);

    /** Asks for a name. */
    @FunctionalInterface
    interface NameAsker {
        Optional<String> ask(Shell parent, String initial);
    }

    // widgets, UI thread only
    Display display;
    ViewSite site;
    Workbench workbench;
    Composite root;
    ViewPages pages;
    Composite mainPage;
    Combo query;
    ToolItem searchItem;
    ToolItem helpItem;
    ToolItem savedItem;
    Combo sort;
    Label status;
    Label error;
    Table results;
    FacetPanel facets;
    HitPainter painter;
    Shell help;
    Color errorColor;

    // state, UI thread only
    Case aCase;
    int generation;
    int searchGeneration;
    HitPages hits = new HitPages(0, 50, 0);
    String shownQuery = "";
    SearchRequest.Sort shownSort = SearchRequest.Sort.RELEVANCE;
    List<String> history = List.of();
    List<SavedSearch> saved = List.of();
    boolean released;
    AutoCloseable listening;

    /**
     * Made by DS for each opened view.
     *
     * @param jobs runs the searches
     * @param services the document services and shared state of this bundle
     */
    @Activate
    public SearchView(@Reference JobService jobs, @Reference DocumentServices services) {
        this.jobs = jobs;
        this.services = services;
    }

    @Override
    public void createControl(Composite parent, ViewSite viewSite) {
        site = viewSite;
        workbench = viewSite.workbench();
        display = parent.getDisplay();
        errorColor = new Color(display, new RGB(176, 32, 32));
        pages = new ViewPages(parent, 220);
        root = pages.root();
        createMainPage();
        pages.setContent(mainPage);
        pages.showMessage(NO_CASE);
        listening = services.listen(new DocumentServices.Listener() {
            @Override
            public void servicesChanged() {
                workbench.asyncExec(SearchView.this::updatePage);
            }
        });
        root.addListener(SWT.Dispose, e -> release());
    }

    private void createMainPage() {
        mainPage = new Composite(root, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        mainPage.setLayout(layout);

        Composite top = new Composite(mainPage, SWT.NONE);
        GridLayout topLayout = new GridLayout(1, false);
        topLayout.marginWidth = 4;
        topLayout.marginHeight = 4;
        topLayout.verticalSpacing = 2;
        top.setLayout(topLayout);
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        query = new Combo(top, SWT.DROP_DOWN);
        query.setToolTipText(SyntaxHelp.TOOLTIP);
        GridData queryData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        queryData.minimumWidth = 120;
        query.setLayoutData(queryData);
        query.addListener(SWT.DefaultSelection, e -> runSearch());
        query.addListener(SWT.Selection, e -> {
            if (query.getSelectionIndex() >= 0) {
                runSearch(); // an entry of the history was picked
            }
        });

        ToolBar tools = new ToolBar(top, SWT.FLAT | SWT.RIGHT);
        tools.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        searchItem = new ToolItem(tools, SWT.PUSH);
        searchItem.setText("Search");
        searchItem.setToolTipText("Run the search (Enter)");
        searchItem.addListener(SWT.Selection, e -> runSearch());
        new ToolItem(tools, SWT.SEPARATOR);
        helpItem = new ToolItem(tools, SWT.PUSH);
        helpItem.setText("Syntax");
        helpItem.setToolTipText("What a query may hold, with examples");
        helpItem.addListener(SWT.Selection, e -> showHelp());
        new ToolItem(tools, SWT.SEPARATOR);
        savedItem = new ToolItem(tools, SWT.DROP_DOWN);
        savedItem.setText("Saved");
        savedItem.setToolTipText("Saved searches: run, save or delete");
        savedItem.addListener(SWT.Selection, e -> showSavedMenu(e));

        Composite third = new Composite(top, SWT.NONE);
        GridLayout thirdLayout = new GridLayout(3, false);
        thirdLayout.marginWidth = 0;
        thirdLayout.marginHeight = 0;
        third.setLayout(thirdLayout);
        third.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status = new Label(third, SWT.NONE);
        status.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        statusData.horizontalIndent = 2;
        status.setLayoutData(statusData);
        Label sortLabel = new Label(third, SWT.NONE);
        sortLabel.setText("Sort:");
        sort = new Combo(third, SWT.READ_ONLY);
        sort.setItems("Relevance", "Newest first");
        sort.select(0);
        sort.addListener(SWT.Selection, e -> {
            if (!shownQuery.isEmpty()) {
                search(shownQuery);
            }
        });

        error = new Label(mainPage, SWT.WRAP);
        error.setForeground(errorColor);
        GridData errorData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        errorData.horizontalIndent = 6;
        errorData.widthHint = 200;
        errorData.exclude = true;
        error.setLayoutData(errorData);
        error.setVisible(false);

        SashForm split = new SashForm(mainPage, SWT.VERTICAL | SWT.SMOOTH);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        results = new Table(split, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        results.setHeaderVisible(false);
        results.setLinesVisible(true);
        TableColumn column = new TableColumn(results, SWT.LEFT);
        column.setWidth(300);
        results.addListener(SWT.Resize, e -> display.asyncExec(() -> {
            if (!results.isDisposed()) {
                column.setWidth(Math.max(120, results.getClientArea().width));
            }
        }));
        painter = new HitPainter(results, index -> hits.row(index), zone);
        results.addListener(SWT.SetData, this::setData);
        results.addListener(SWT.Selection, e -> hitSelected(false));
        results.addListener(SWT.DefaultSelection, e -> hitSelected(true));
        facets = new FacetPanel(split, this::narrow);
        split.setWeights(72, 28);
    }

    @Override
    public void caseChanged(Optional<Case> current) {
        Case next = current.orElse(null);
        if (released || next == aCase) {
            return;
        }
        aCase = next;
        generation++;
        searchGeneration++;
        clearResults();
        query.setText("");
        history = List.of();
        saved = List.of();
        query.setItems();
        hideError();
        updatePage();
        loadHistory();
    }

    @Override
    public void setFocus() {
        if (!released) {
            pages.setFocus(query);
        }
    }

    @Override
    public void dispose() {
        release();
    }

    void release() {
        if (released) {
            return;
        }
        released = true;
        generation++;
        if (help != null && !help.isDisposed()) {
            help.dispose();
        }
        if (errorColor != null) {
            errorColor.dispose();
        }
        if (listening != null) {
            try {
                listening.close();
            } catch (Exception e) {
                LOG.warn("Could not stop listening to the document services", e);
            }
        }
    }

    /** Shows the search page or says why there is none. */
    void updatePage() {
        if (released || root.isDisposed()) {
            return;
        }
        if (aCase == null || !services.hasSearch()) {
            pages.showMessage(aCase == null ? NO_CASE : NO_SEARCH);
        } else {
            pages.showContent();
        }
    }

    // ---- searching

    /** Runs the query in the field. */
    void runSearch() {
        String text = query.getText().strip();
        if (text.isEmpty()) {
            clearResults();
            hideError();
            shownQuery = "";
            return;
        }
        search(text);
    }

    /** Runs a query in a job and shows its first page of hits and its facets. */
    void search(String text) {
        Optional<SearchService> service = services.search();
        if (aCase == null || service.isEmpty()) {
            updatePage();
            return;
        }
        if (!text.equals(query.getText())) {
            query.setText(text);
        }
        Case searched = aCase;
        SearchRequest.Sort order = sort.getSelectionIndex() == 1 ? SearchRequest.Sort.DATE
                : SearchRequest.Sort.RELEVANCE;
        int pageSize = services.searchPageSize();
        SearchRequest request = new SearchRequest(text, 0, pageSize, order, FacetQuery.FIELDS, true);
        int expected = ++searchGeneration;
        status.setText("Searching\u2026");
        Optional<DocumentStore> store = services.store();
        submit("Search " + Formats.shorten(text, 40), () -> {
            SearchResult result = service.get().search(searched, request);
            List<HitRow> rows = enrich(searched, store, result.hits());
            return new Outcome(result, rows, readHistory(service.get(), searched));
        }, (outcome, failure) -> searchDone(expected, searched, text, order, outcome, failure));
    }

    /** What a search job hands back: the result, its first rows, and the history the search joined. */
    record Outcome(SearchResult result, List<HitRow> rows, History history) {
    }

    private void searchDone(int expected, Case searched, String text, SearchRequest.Sort order, Outcome outcome,
            Throwable failure) {
        if (expected != searchGeneration || searched != aCase) {
            return;
        }
        if (failure != null) {
            clearResults();
            if (failure instanceof SearchException) {
                showError(failure.getMessage());
            } else {
                LOG.error("The search for '{}' failed", text, failure);
                showError("The search failed: " + DocumentsView.reason(failure));
            }
            status.setText("");
            return;
        }
        hideError();
        SearchResult result = outcome.result();
        services.setLastQuery(searched.id(), text);
        shownQuery = text;
        shownSort = order;
        hits = new HitPages(result.totalHits(), services.searchPageSize(), services.searchMaxHits());
        hits.fill(0, outcome.rows());
        results.deselectAll();
        results.setItemCount(hits.rowCount());
        results.clearAll();
        if (hits.rowCount() > 0) {
            results.setTopIndex(0);
        }
        facets.show(result.facets());
        String count = result.totalHits() == 0 ? "No hits"
                : Formats.plural(result.totalHits(), "hit", "hits");
        if (result.totalHits() > hits.rowCount()) {
            count += " (first " + Formats.count(hits.rowCount()) + " listed)";
        }
        status.setText(count + " \u00b7 " + result.tookMillis() + " ms");
        if (outcome.history() != null) {
            showHistory(outcome.history());
        }
    }

    /** Reads the stored documents of hits (type and date), when the store is there. */
    static List<HitRow> enrich(Case aCase, Optional<DocumentStore> store, List<Hit> found) {
        List<HitRow> rows = new ArrayList<>(found.size());
        for (Hit hit : found) {
            Optional<Document> document = Optional.empty();
            if (store.isPresent()) {
                try {
                    document = store.get().get(aCase, hit.documentId());
                } catch (RuntimeException e) {
                    LOG.warn("Could not read document {} of a search hit", hit.documentId(), e);
                }
            }
            rows.add(new HitRow(hit, document));
        }
        return rows;
    }

    private void setData(Event event) {
        TableItem item = (TableItem) event.item;
        int index = event.index;
        item.setData(index);
        if (hits.row(index).isPresent()) {
            return;
        }
        int page = hits.request(index);
        if (page < 0) {
            return;
        }
        fetchPage(page);
    }

    /** Fetches a further page of hits of the shown query, in a job. */
    private void fetchPage(int page) {
        Optional<SearchService> service = services.search();
        if (aCase == null || service.isEmpty()) {
            hits.failed(page);
            return;
        }
        Case searched = aCase;
        HitPages target = hits;
        SearchRequest request = new SearchRequest(shownQuery, target.firstRow(page), target.pageSize(), shownSort,
                List.of(), true);
        Optional<DocumentStore> store = services.store();
        submit("Search " + Formats.shorten(shownQuery, 40) + " (more hits)", () -> {
            SearchResult result = service.get().search(searched, request);
            return enrich(searched, store, result.hits());
        }, (rows, failure) -> {
            if (target != hits) {
                return;
            }
            if (failure != null) {
                target.failed(page);
                LOG.error("Could not fetch more hits for '{}'", request.query(), failure);
                status.setText("More hits could not be read: " + DocumentsView.reason(failure));
                return;
            }
            target.fill(page, rows);
            int first = target.firstRow(page);
            int last = Math.min(results.getItemCount() - 1, first + target.rowsOn(page) - 1);
            if (first <= last) {
                results.clear(first, last);
            }
        });
    }

    private void clearResults() {
        hits = new HitPages(0, services.searchPageSize(), 0);
        if (!results.isDisposed()) {
            results.setItemCount(0);
            facets.show(Map.of());
            status.setText("");
        }
    }

    /** A facet value was clicked: narrow the query to it. */
    void narrow(String field, String value) {
        String base = shownQuery.isEmpty() ? query.getText() : shownQuery;
        search(FacetQuery.add(base, field, value));
    }

    /** A hit was selected (or opened, on double-click and Enter). */
    void hitSelected(boolean open) {
        int index = results.getSelectionIndex();
        Optional<HitRow> row = index < 0 ? Optional.empty() : hits.row(index);
        if (row.isEmpty() || aCase == null) {
            return;
        }
        Hit hit = row.get().hit();
        services.focus(aCase.id(), hit.documentId(), hit.title(), shownQuery, HitPages.highlightedTexts(hit),
                HitPages.firstHighlight(hit));
        site.setSelection(Selection.of(DocumentServices.SEARCH_VIEW,
                new Ref(Ref.KIND_DOCUMENT, hit.documentId(), hit.title())));
        if (open && !workbench.showView(DocumentServices.READER_VIEW)) {
            workbench.setStatus("The Reader view is not available");
        }
    }

    private void showError(String text) {
        error.setText(text == null || text.isBlank() ? "The query cannot be read" : text);
        ((GridData) error.getLayoutData()).exclude = false;
        ((GridData) error.getLayoutData()).widthHint = Math.max(120, mainPage.getClientArea().width - 12);
        error.setVisible(true);
        mainPage.layout(true, true);
    }

    private void hideError() {
        if (error.getVisible()) {
            error.setText("");
            ((GridData) error.getLayoutData()).exclude = true;
            error.setVisible(false);
            mainPage.layout(true, true);
        }
    }

    // ---- history, saved searches, help

    /** Reads the case's search history and saved searches in a job. */
    void loadHistory() {
        Optional<SearchService> service = services.search();
        if (aCase == null || service.isEmpty()) {
            return;
        }
        Case read = aCase;
        int expected = generation;
        submit("Read search history", () -> readHistory(service.get(), read), (loaded, failure) -> {
            if (expected == generation && failure == null && loaded != null) {
                showHistory(loaded);
            }
        });
    }

    /** The history and saved searches of a case, or {@code null} when they cannot be read (logged); on a job. */
    static History readHistory(SearchService service, Case aCase) {
        try {
            return new History(service.history(aCase, HISTORY), service.saved(aCase));
        } catch (RuntimeException e) {
            LOG.warn("Could not read the search history of case {}", aCase.folder(), e);
            return null;
        }
    }

    private void showHistory(History loaded) {
        history = loaded.history();
        saved = loaded.saved();
        String typed = query.getText();
        Point selection = query.getSelection();
        query.setItems(history.toArray(String[]::new));
        query.setText(typed);
        query.setSelection(selection);
    }

    /** History and saved searches, read together. */
    record History(List<String> history, List<SavedSearch> saved) {
    }

    private void showSavedMenu(Event event) {
        Menu menu = new Menu(results.getShell(), SWT.POP_UP);
        for (SavedSearch search : saved) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(search.name().replace("&", "&&") + "\t" + Formats.shorten(search.query(), 40));
            item.addListener(SWT.Selection, e -> search(search.query()));
        }
        if (saved.isEmpty()) {
            MenuItem none = new MenuItem(menu, SWT.PUSH);
            none.setText("No saved searches");
            none.setEnabled(false);
        }
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem save = new MenuItem(menu, SWT.PUSH);
        save.setText("Save Current Search\u2026");
        save.setEnabled(!query.getText().isBlank());
        save.addListener(SWT.Selection, e -> saveCurrent());
        MenuItem delete = new MenuItem(menu, SWT.CASCADE);
        delete.setText("Delete");
        delete.setEnabled(!saved.isEmpty());
        Menu deleteMenu = new Menu(menu);
        delete.setMenu(deleteMenu);
        for (SavedSearch search : saved) {
            MenuItem item = new MenuItem(deleteMenu, SWT.PUSH);
            item.setText(search.name().replace("&", "&&"));
            item.addListener(SWT.Selection, e -> deleteSaved(search.name()));
        }
        Rectangle bounds = savedItem.getBounds();
        Point at = savedItem.getParent().toDisplay(bounds.x, bounds.y + bounds.height);
        menu.setLocation(at);
        menu.setVisible(true);
        menu.addListener(SWT.Hide, e -> display.asyncExec(menu::dispose));
    }

    /** Asks for a name and saves the query in the field under it. */
    void saveCurrent() {
        String text = query.getText().strip();
        Optional<SearchService> service = services.search();
        if (text.isEmpty() || aCase == null || service.isEmpty()) {
            return;
        }
        Optional<String> name = askName.ask(root.getShell(), Formats.shorten(text, 40));
        if (name.isEmpty()) {
            return;
        }
        Case target = aCase;
        SavedSearch search = new SavedSearch(name.get(), text);
        submit("Save search " + name.get(), () -> {
            service.get().save(target, search);
            return Boolean.TRUE;
        }, (ok, failure) -> {
            if (failure != null) {
                LOG.error("Could not save the search {}", name.get(), failure);
                workbench.setStatus("The search could not be saved: " + DocumentsView.reason(failure));
                return;
            }
            workbench.setStatus("Saved the search \u201c" + name.get() + "\u201d");
            loadHistory();
        });
    }

    /** Deletes a saved search. */
    void deleteSaved(String name) {
        Optional<SearchService> service = services.search();
        if (aCase == null || service.isEmpty()) {
            return;
        }
        Case target = aCase;
        submit("Delete saved search " + name, () -> {
            service.get().deleteSaved(target, name);
            return Boolean.TRUE;
        }, (ok, failure) -> {
            if (failure != null) {
                LOG.error("Could not delete the saved search {}", name, failure);
                workbench.setStatus("The saved search could not be deleted: " + DocumentsView.reason(failure));
                return;
            }
            workbench.setStatus("Deleted the saved search \u201c" + name + "\u201d");
            loadHistory();
        });
    }

    void showHelp() {
        if (help != null && !help.isDisposed()) {
            help.setActive();
            return;
        }
        Rectangle bounds = query.getBounds();
        Point anchor = query.getParent().toDisplay(bounds.x, bounds.y + bounds.height + 2);
        help = SyntaxHelp.open(root.getShell(), anchor, this::insertExample);
    }

    /** Puts an example from the help into the field: alone when the field is empty, else after what is there. */
    void insertExample(String example) {
        String current = query.getText().strip();
        query.setText(current.isEmpty() ? example : current + " " + example);
        query.setSelection(new Point(query.getText().length(), query.getText().length()));
        query.setFocus();
    }

    // ---- helpers

    private <T> void submit(String name, DocumentsView.Work<T> work, DocumentsView.Done<T> done) {
        try {
            jobs.submit(name, context -> work.run()).result()
                    .whenComplete((result, failure) -> workbench.asyncExec(() -> {
                        if (!released) {
                            done.done(result, failure == null ? null : unwrap(failure));
                        }
                    }));
        } catch (RuntimeException e) {
            LOG.error("Could not start the job {}", name, e);
            done.done(null, e);
        }
    }

    private static Throwable unwrap(Throwable failure) {
        return DocumentsView.unwrap(failure);
    }
}
