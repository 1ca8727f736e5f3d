package dev.ariadne.ui.documents.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.selection.Ref;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.api.ViewPages;
import dev.ariadne.ui.api.ViewProperties;
import dev.ariadne.ui.api.ViewSite;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.api.WorkbenchView;
import dev.ariadne.ui.documents.internal.model.Formats;
import dev.ariadne.ui.documents.internal.model.RowCache;
import dev.ariadne.ui.documents.internal.model.RowOrder;
import dev.ariadne.ui.documents.internal.model.RowOrder.Column;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Documents view: every document of the current case in a virtual table (title, type, date, language, pages,
 * size, sources, first source path), sortable by its column headers and filtered by a text field, fast at 100,000
 * rows.
 *
 * <p>No widget or object per row: the table is {@code SWT.VIRTUAL} and paints from a {@link RowCache}, which a
 * loader job fills a page at a time from {@link DocumentStore#list} (pages the table asks for first). Sorting and
 * filtering run in a job ({@link RowOrder}) on the cache's compact columns; the table then shows rows in that
 * order. Documents added while the view is open (an import running) are appended, at most a few times a second;
 * when an import ends the rows are read again (duplicates add sources to existing documents).
 *
 * <p>Selecting rows publishes a selection of {@link Ref#KIND_DOCUMENT}; a double-click or Enter opens the Reader.
 * The context menu's Import Files… and Import Folder… (also commands of the File menu and the tool bar) start the
 * {@link dev.ariadne.api.importing.ImportService} on the case.
 *
 * <p>A prototype-scope {@link WorkbenchView} service: one instance per opened view, every method called on the UI
 * thread; database reads run as {@link JobService} jobs and come back through {@link Workbench#asyncExec}.
 */
@Component(service = WorkbenchView.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = DocumentServices.DOCUMENTS_VIEW, label = "Documents", area = ViewProperties.CENTER,
        openByDefault = true, order = 10)
public class DocumentsView implements WorkbenchView {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentsView.class);

    /** What the view says without a case. */
    static final String NO_CASE = "Open or create a case to see its documents.";
    /** What the view says without a document store. */
    static final String NO_STORE =
            "Documents are not available: the importer (dev.ariadne.importer) is not running.";
    /** The most documents a selection carries. */
    static final int MAX_SELECTION = 5000;
    /** The placeholder of a row not read yet. */
    static final String LOADING = "\u2026";

    /** The table's columns, in order. */
    enum Col {
        TITLE("Title", Column.TITLE, 320, SWT.LEFT, true),
        TYPE("Type", Column.TYPE, 78, SWT.LEFT, true),
        DATE("Date", Column.DATE, 92, SWT.LEFT, false),
        LANGUAGE("Language", Column.LANGUAGE, 84, SWT.LEFT, true),
        PAGES("Pages", Column.PAGES, 56, SWT.RIGHT, false),
        SIZE("Size", Column.SIZE, 76, SWT.RIGHT, false),
        SOURCES("Sources", Column.SOURCES, 110, SWT.LEFT, false),
        SOURCE("Source", Column.SOURCE, 420, SWT.LEFT, true);

        final String label;
        final Column sort;
        final int width;
        final int align;
        /** Whether the first click sorts ascending (text) rather than descending (dates and amounts). */
        final boolean ascendingFirst;

        Col(String label, Column sort, int width, int align, boolean ascendingFirst) {
            this.label = label;
            this.sort = sort;
            this.width = width;
            this.align = align;
            this.ascendingFirst = ascendingFirst;
        }
    }

    final JobService jobs;
    final DocumentServices services;
    /** The zone dates are shown in. */
    ZoneId zone = ZoneId.systemDefault();
    /** Rows per page read from the store. */
    int pageSize = RowCache.DEFAULT_PAGE_SIZE;

    // widgets, UI thread only
    Display display;
    ViewSite site;
    Workbench workbench;
    Composite root;
    ViewPages pages;
    Composite mainPage;
    ToolItem refreshItem;
    Text filter;
    Label countLabel;
    Table table;
    GradualItemCount itemCount;
    final TableColumn[] columns = new TableColumn[Col.values().length];

    // state, UI thread only unless volatile
    Case aCase;
    volatile String caseId;
    volatile int generation;
    volatile RowCache cache = new RowCache(RowCache.DEFAULT_PAGE_SIZE);
    /** The rows in display order, or {@code null} for import order. */
    int[] order;
    RowOrder.Spec spec = RowOrder.Spec.NATURAL;
    RowOrder.Spec shownSpec = RowOrder.Spec.NATURAL;
    volatile int orderGeneration;
    boolean orderRunning;
    boolean loaderRunning;
    /** Whether the store has been counted since the case was opened. */
    boolean counted;
    /** The row count the shown order was computed for. */
    int orderedCount;
    boolean reloadRunning;
    boolean reloadAgain;
    boolean refreshScheduled;
    boolean fullRefreshWanted;
    long lastRefreshNanos;
    boolean storeWasThere;
    boolean released;
    AutoCloseable listening;
    private final Runnable filterTask = this::filterChanged;
    private final AtomicBoolean pagesPending = new AtomicBoolean();
    private final ConcurrentLinkedQueue<Integer> loadedPages = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean eventPending = new AtomicBoolean();
    private final AtomicBoolean countPending = new AtomicBoolean();
    /** Asks the loader job to count the documents again before it ends. */
    private final AtomicBoolean recount = new AtomicBoolean();

    /**
     * Made by DS for each opened view.
     *
     * @param jobs runs the reads, sorts and filters
     * @param services the document services and events of this bundle
     */
    @Activate
    public DocumentsView(@Reference JobService jobs, @Reference DocumentServices services) {
        this.jobs = jobs;
        this.services = services;
    }

    @Override
    public void createControl(Composite parent, ViewSite viewSite) {
        site = viewSite;
        workbench = viewSite.workbench();
        display = parent.getDisplay();
        pages = new ViewPages(parent, 320);
        root = pages.root();
        createMainPage();
        pages.setContent(mainPage);
        pages.showMessage(NO_CASE);
        storeWasThere = services.store().isPresent();
        listening = services.listen(new Events());
        root.addListener(SWT.Dispose, e -> release());
        updateEnablement();
    }

    private void createMainPage() {
        mainPage = new Composite(root, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        mainPage.setLayout(layout);

        ToolBar actions = new ToolBar(mainPage, SWT.FLAT | SWT.RIGHT);
        GridData actionsData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        actionsData.horizontalIndent = 2;
        actions.setLayoutData(actionsData);
        refreshItem = new ToolItem(actions, SWT.PUSH);
        refreshItem.setText("Refresh");
        refreshItem.setToolTipText("Read the documents of the case again");
        refreshItem.addListener(SWT.Selection, e -> reload());

        filter = new Text(mainPage, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter by title or source");
        GridData filterData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        filterData.minimumWidth = 160;
        filter.setLayoutData(filterData);
        filter.addListener(SWT.Modify, e -> {
            display.timerExec(-1, filterTask);
            display.timerExec(250, filterTask);
        });
        filter.addListener(SWT.DefaultSelection, e -> {
            display.timerExec(-1, filterTask);
            filterChanged();
        });

        countLabel = new Label(mainPage, SWT.RIGHT);
        GridData countData = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
        countData.widthHint = 260;
        countData.horizontalIndent = 6;
        countLabel.setLayoutData(countData);
        countLabel.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));

        table = new Table(mainPage, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(false);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        table.setLayoutData(tableData);
        itemCount = new GradualItemCount(table);
        for (Col col : Col.values()) {
            TableColumn column = new TableColumn(table, col.align);
            column.setText(col.label);
            column.setWidth(col.width);
            column.setMoveable(true);
            column.setData(col);
            column.addListener(SWT.Selection, e -> sortBy(col));
            columns[col.ordinal()] = column;
        }
        table.addListener(SWT.SetData, this::setData);
        table.addListener(SWT.Selection, e -> publishSelection());
        table.addListener(SWT.DefaultSelection, e -> openSelected());
        createMenu();
    }

    private void createMenu() {
        Menu menu = new Menu(table);
        MenuItem open = new MenuItem(menu, SWT.PUSH);
        open.setText("Open in Reader");
        open.addListener(SWT.Selection, e -> openSelected());
        MenuItem copy = new MenuItem(menu, SWT.PUSH);
        copy.setText("Copy Document ID");
        copy.addListener(SWT.Selection, e -> copyIds());
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem files = new MenuItem(menu, SWT.PUSH);
        files.setText("Import Files\u2026");
        files.addListener(SWT.Selection, e -> ImportActions.chooseFiles(workbench.shell(), workbench,
                Optional.ofNullable(aCase), services));
        MenuItem folder = new MenuItem(menu, SWT.PUSH);
        folder.setText("Import Folder\u2026");
        folder.addListener(SWT.Selection, e -> ImportActions.chooseFolder(workbench.shell(), workbench,
                Optional.ofNullable(aCase), services));
        MenuItem refresh = new MenuItem(menu, SWT.PUSH);
        refresh.setText("Refresh");
        refresh.addListener(SWT.Selection, e -> reload());
        menu.addListener(SWT.Show, e -> {
            boolean selected = table.getSelectionCount() > 0;
            open.setEnabled(selected);
            copy.setEnabled(selected);
            boolean canImport = aCase != null && services.hasImporter();
            files.setEnabled(canImport);
            folder.setEnabled(canImport);
            refresh.setEnabled(aCase != null && services.store().isPresent());
        });
        table.setMenu(menu);
    }

    @Override
    public void caseChanged(Optional<Case> current) {
        Case next = current.orElse(null);
        if (released || next == aCase) {
            return;
        }
        aCase = next;
        caseId = next == null ? null : next.id();
        startOver();
    }

    @Override
    public void setFocus() {
        if (!released) {
            pages.setFocus(table);
        }
    }

    @Override
    public void dispose() {
        release();
    }

    /** Lets go of the listener and timers. Safe to call twice. */
    void release() {
        if (released) {
            return;
        }
        released = true;
        generation++;
        if (display != null && !display.isDisposed()) {
            display.timerExec(-1, filterTask);
        }
        if (listening != null) {
            try {
                listening.close();
            } catch (Exception e) {
                LOG.warn("Could not stop listening to document events", e);
            }
        }
    }

    // ---- loading

    /** Forgets the rows and reads the current case from the start. */
    void startOver() {
        generation++;
        orderGeneration++;
        cache = new RowCache(pageSize);
        order = null;
        shownSpec = RowOrder.Spec.NATURAL;
        loaderRunning = false;
        counted = false;
        orderedCount = 0;
        reloadRunning = false;
        itemCount.set(0);
        table.clearAll();
        updateEnablement();
        Optional<DocumentStore> store = services.store();
        if (aCase == null || store.isEmpty()) {
            pages.showMessage(aCase == null ? NO_CASE : NO_STORE);
            site.setSelection(new Selection(DocumentServices.DOCUMENTS_VIEW, List.of()));
            return;
        }
        pages.showContent();
        countLabel.setText("Counting documents\u2026");
        countAndGrow();
    }

    /** Asks the store how many documents there are now and reads the new ones, in the loader job. */
    void countAndGrow() {
        recount.set(true);
        ensureLoader();
    }

    /** The loader counted the documents (on its thread): the table follows on the UI thread, soon. */
    private void counted() {
        if (countPending.compareAndSet(false, true)) {
            workbench.asyncExec(() -> {
                countPending.set(false);
                showCount();
            });
        }
    }

    /** Shows as many rows as the store has documents (or orders them again when sorted or filtered). */
    void showCount() {
        if (released) {
            return;
        }
        RowCache rows = cache;
        counted = true;
        if (order == null && spec.isNatural()) {
            itemCount.set(rows.count());
        } else if (rows.count() != orderedCount) {
            requestOrder();
        }
        updateCount();
    }

    /**
     * Starts the loader job when rows are missing or a count is asked for and none runs. The job counts the
     * documents when asked to, then reads the pages not read yet, the ones the table wants first, and counts again
     * if asked to meanwhile.
     */
    void ensureLoader() {
        RowCache rows = cache;
        if (loaderRunning || released || aCase == null || rows.isComplete() && !recount.get()) {
            return;
        }
        Optional<DocumentStore> store = services.store();
        if (store.isEmpty()) {
            return;
        }
        loaderRunning = true;
        Case read = aCase;
        DocumentStore documents = store.get();
        int expected = generation;
        String name = "Read documents of " + read.name();
        try {
            jobs.submit(name, context -> {
                do {
                    if (recount.getAndSet(false)) {
                        rows.growTo(documents.count(read));
                        counted();
                    }
                    context.total(rows.pageCount(), -1);
                    int page;
                    while ((page = rows.nextPageToLoad()) >= 0) {
                        if (context.isCancelled() || expected != generation || rows != cache) {
                            return null;
                        }
                        int offset = page * rows.pageSize();
                        int wanted = Math.min(rows.pageSize(), rows.count() - offset);
                        List<Document> listed = documents.list(read, offset, rows.pageSize());
                        rows.fill(page, listed);
                        if (listed.size() < wanted) {
                            LOG.warn("The store listed {} documents at offset {} of case {} where {} were counted",
                                    listed.size(), offset, read.folder(), wanted);
                            rows.shrinkTo(offset + listed.size());
                            counted();
                        }
                        context.worked(1, 0);
                        pageLoaded(page);
                    }
                } while (recount.get() && !context.isCancelled() && expected == generation && rows == cache);
                return null;
            }).result().whenComplete((ok, error) -> workbench.asyncExec(() -> loaderDone(expected, rows, error)));
        } catch (RuntimeException e) {
            loaderRunning = false;
            LOG.error("Could not start reading the documents of case {}", read.folder(), e);
            countLabel.setText("Documents not read: " + e.getMessage());
        }
    }

    private void loaderDone(int expected, RowCache rows, Throwable error) {
        if (released || expected != generation) {
            return;
        }
        if (rows != cache) {
            return; // a reload replaced the rows; its own loader (if any) reports
        }
        loaderRunning = false;
        if (error != null) {
            LOG.error("Could not read the documents of case {}", aCase.folder(), unwrap(error));
            countLabel.setText("Documents not read: " + reason(error));
            return;
        }
        showLoadedPages();
        showCount();
        if (!rows.isComplete() || recount.get()) {
            ensureLoader(); // rows wanted or a count asked for after the loader looked for work
        } else if (!spec.equals(shownSpec)) {
            requestOrder();
        }
    }

    /** A page was read (on the loader's thread): the table repaints its rows soon. */
    private void pageLoaded(int page) {
        loadedPages.add(page);
        if (pagesPending.compareAndSet(false, true)) {
            workbench.asyncExec(() -> {
                pagesPending.set(false);
                showLoadedPages();
            });
        }
    }

    private void showLoadedPages() {
        if (released || table.isDisposed()) {
            loadedPages.clear();
            return;
        }
        RowCache rows = cache;
        int itemCount = table.getItemCount();
        boolean any = false;
        Integer page;
        while ((page = loadedPages.poll()) != null) {
            any = true;
            if (order == null && itemCount > 0) {
                int first = page * rows.pageSize();
                int last = Math.min(itemCount - 1, first + rows.pageSize() - 1);
                if (first <= last) {
                    table.clear(first, last);
                }
            }
        }
        if (any && order != null) {
            table.clearAll();
        }
        if (any) {
            updateCount();
        }
    }

    /** Reads every row again (an import ended, or Refresh), keeping the current rows on show meanwhile. */
    void reload() {
        if (released || aCase == null || services.store().isEmpty()) {
            return;
        }
        if (reloadRunning) {
            reloadAgain = true;
            return;
        }
        reloadRunning = true;
        Case read = aCase;
        DocumentStore documents = services.store().get();
        int expected = generation;
        RowCache fresh = new RowCache(pageSize);
        submit("Read documents of " + read.name(), () -> {
            fresh.growTo(documents.count(read));
            int page;
            while ((page = fresh.nextPageToLoad()) >= 0 && expected == generation) {
                int offset = page * fresh.pageSize();
                int wanted = Math.min(fresh.pageSize(), fresh.count() - offset);
                List<Document> rows = documents.list(read, offset, fresh.pageSize());
                fresh.fill(page, rows);
                if (rows.size() < wanted) {
                    fresh.shrinkTo(offset + rows.size());
                }
            }
            return fresh;
        }, (rows, error) -> {
            if (expected != generation) {
                return;
            }
            reloadRunning = false;
            if (error != null) {
                LOG.error("Could not read the documents of case {} again", read.folder(), error);
                countLabel.setText("Documents not read: " + reason(error));
            } else {
                swapIn(rows);
            }
            if (reloadAgain) {
                reloadAgain = false;
                reload();
            }
        });
    }

    private void swapIn(RowCache fresh) {
        RowCache before = cache;
        fresh.growTo(before.count()); // rows appended while the reload ran
        cache = fresh;
        loaderRunning = false;
        loadedPages.clear();
        if (order == null && spec.isNatural()) {
            itemCount.set(fresh.count());
            table.clearAll();
        } else {
            requestOrder();
        }
        ensureLoader();
        updateCount();
    }

    // ---- the table

    private void setData(Event event) {
        TableItem item = (TableItem) event.item;
        int index = event.index;
        RowCache rows = cache;
        int row = order == null ? index : index < order.length ? order[index] : -1;
        if (row < 0 || row >= rows.count()) {
            return;
        }
        item.setData(row);
        if (!rows.isLoaded(row)) {
            item.setText(0, LOADING);
            rows.want(row);
            ensureLoader();
            return;
        }
        item.setText(cells(rows, row));
    }

    /** The texts of a row's cells, column by column. */
    String[] cells(RowCache rows, int row) {
        int sources = rows.sources(row);
        String title = rows.title(row);
        if (title.isBlank()) {
            title = "(untitled)";
        }
        return new String[] {
            rows.isChild(row) ? "\u21b3 " + title : title,
            rows.type(row),
            Formats.date(rows.date(row), zone),
            Formats.language(rows.language(row)),
            rows.pages(row) > 0 ? Formats.count(rows.pages(row)) : "",
            Formats.size(rows.size(row)),
            sources <= 1 ? Integer.toString(sources)
                    : sources + " (" + Formats.plural(sources - 1L, "duplicate", "duplicates") + ")",
            rows.firstSource(row)
        };
    }

    /** Sorts by a column: a second click on the same column turns the order round. */
    void sortBy(Col col) {
        boolean ascending = spec.column() == col.sort ? !spec.ascending() : col.ascendingFirst;
        spec = new RowOrder.Spec(col.sort, ascending, spec.filter());
        table.setSortColumn(columns[col.ordinal()]);
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        requestOrder();
    }

    private void filterChanged() {
        if (released || filter.isDisposed()) {
            return;
        }
        RowOrder.Spec next = new RowOrder.Spec(spec.column(), spec.ascending(), filter.getText());
        if (next.equals(spec) && next.equals(shownSpec)) {
            return;
        }
        spec = next;
        requestOrder();
    }

    /** Computes the order for {@link #spec} in a job (once every row is read) and shows it. */
    void requestOrder() {
        orderGeneration++;
        if (released || aCase == null) {
            return;
        }
        RowCache rows = cache;
        if (spec.isNatural()) {
            boolean reordered = order != null;
            order = null;
            shownSpec = spec;
            orderedCount = rows.count();
            if (reordered) {
                table.deselectAll();
            }
            itemCount.set(rows.count());
            table.clearAll();
            updateCount();
            if (reordered) {
                publishSelection();
            }
            return;
        }
        if (!rows.isComplete()) {
            updateCount(); // says it sorts once every row is read; loaderDone asks again
            ensureLoader();
            return;
        }
        if (orderRunning) {
            return; // orderDone sees the newer generation and asks again
        }
        orderRunning = true;
        int expected = orderGeneration;
        RowOrder.Spec asked = spec;
        String name = asked.filter().isEmpty() ? "Sort documents" : "Filter documents";
        submit(name, () -> RowOrder.compute(rows, asked, () -> expected != orderGeneration),
                (result, error) -> orderDone(expected, asked, rows, result, error));
        updateCount();
    }

    private void orderDone(int expected, RowOrder.Spec asked, RowCache rows, int[] result, Throwable error) {
        orderRunning = false;
        if (released) {
            return;
        }
        if (expected != orderGeneration || rows != cache) {
            requestOrder();
            return;
        }
        if (error != null) {
            LOG.error("Could not sort or filter the documents", unwrap(error));
            countLabel.setText("Not sorted: " + reason(error));
            return;
        }
        order = asked.isNatural() ? null : result;
        shownSpec = asked;
        orderedCount = rows.count();
        table.deselectAll();
        itemCount.set(order == null ? rows.count() : order.length);
        table.clearAll();
        updateCount();
        publishSelection();
    }

    /** The row number (import position) shown at a table index, or -1. */
    int rowAt(int index) {
        if (order == null) {
            return index < cache.count() ? index : -1;
        }
        return index >= 0 && index < order.length ? order[index] : -1;
    }

    void publishSelection() {
        if (released || table.isDisposed()) {
            return;
        }
        RowCache rows = cache;
        int[] indices = table.getSelectionIndices();
        List<Ref> refs = new ArrayList<>(Math.min(indices.length, MAX_SELECTION));
        for (int index : indices) {
            int row = rowAt(index);
            if (row >= 0 && rows.isLoaded(row)) {
                refs.add(new Ref(Ref.KIND_DOCUMENT, rows.id(row), rows.title(row)));
                if (refs.size() == MAX_SELECTION) {
                    LOG.info("{} rows are selected; the selection carries the first {}", indices.length,
                            MAX_SELECTION);
                    break;
                }
            }
        }
        site.setSelection(new Selection(DocumentServices.DOCUMENTS_VIEW, refs));
    }

    /** Opens the first selected document in the Reader. */
    void openSelected() {
        int index = table.getSelectionIndex();
        int row = index < 0 ? -1 : rowAt(index);
        RowCache rows = cache;
        if (row < 0 || !rows.isLoaded(row) || aCase == null) {
            return;
        }
        services.focus(aCase.id(), rows.id(row), rows.title(row), services.lastQuery(aCase.id()), List.of(), -1);
        if (!workbench.showView(DocumentServices.READER_VIEW)) {
            workbench.setStatus("The Reader view is not available");
        }
    }

    private void copyIds() {
        RowCache rows = cache;
        List<String> ids = new ArrayList<>();
        for (int index : table.getSelectionIndices()) {
            int row = rowAt(index);
            if (row >= 0 && rows.isLoaded(row)) {
                ids.add(rows.id(row));
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.setContents(new Object[] {String.join("\n", ids)}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
        workbench.setStatus(ids.size() == 1 ? "Copied the document ID" : "Copied " + ids.size() + " document IDs");
    }

    /** Says how many documents there are, how many are shown and what is still being read or sorted. */
    void updateCount() {
        if (released || countLabel.isDisposed()) {
            return;
        }
        RowCache rows = cache;
        int total = rows.count();
        String text;
        if (total == 0) {
            text = counted ? "No documents yet: import files or drop them on the window" : "Counting documents\u2026";
        } else if (!spec.equals(shownSpec) && !rows.isComplete()) {
            text = "Reading " + Formats.count(rows.loadedRows()) + " of " + Formats.count(total)
                    + " before sorting\u2026";
        } else if (!spec.equals(shownSpec)) {
            text = spec.filter().isEmpty() ? "Sorting\u2026" : "Filtering\u2026";
        } else if (order != null && !shownSpec.filter().isEmpty()) {
            text = Formats.count(order.length) + " of " + Formats.plural(total, "document", "documents");
        } else {
            text = Formats.plural(total, "document", "documents");
        }
        if (!text.equals(countLabel.getText())) {
            countLabel.setText(text);
        }
    }

    private void updateEnablement() {
        if (released || refreshItem == null || refreshItem.isDisposed()) {
            return;
        }
        refreshItem.setEnabled(aCase != null && services.store().isPresent());
    }

    // ---- events

    /** Coalesces document and import events into at most one refresh per refresh interval. */
    private void scheduleRefresh(boolean full) {
        if (released) {
            return;
        }
        if (full) {
            fullRefreshWanted = true;
        }
        if (refreshScheduled) {
            return;
        }
        refreshScheduled = true;
        long sinceLast = (System.nanoTime() - lastRefreshNanos) / 1_000_000;
        int delay = (int) Math.max(50, services.refreshIntervalMillis() - sinceLast);
        display.timerExec(delay, () -> {
            refreshScheduled = false;
            if (released) {
                return;
            }
            lastRefreshNanos = System.nanoTime();
            if (fullRefreshWanted) {
                fullRefreshWanted = false;
                reload();
            } else {
                countAndGrow();
            }
        });
    }

    private void servicesChanged() {
        if (released) {
            return;
        }
        boolean storeIsThere = services.store().isPresent();
        updateEnablement();
        if (storeIsThere != storeWasThere) {
            storeWasThere = storeIsThere;
            startOver();
        }
    }

    /** Takes the events of {@link DocumentServices} (on DS and EventAdmin threads) to the UI thread. */
    private final class Events implements DocumentServices.Listener {
        @Override
        public void servicesChanged() {
            workbench.asyncExec(DocumentsView.this::servicesChanged);
        }

        @Override
        public void documentAdded(String addedTo) {
            if (addedTo.equals(caseId) && eventPending.compareAndSet(false, true)) {
                workbench.asyncExec(() -> {
                    eventPending.set(false);
                    scheduleRefresh(false);
                });
            }
        }

        @Override
        public void importFinished() {
            workbench.asyncExec(() -> scheduleRefresh(true));
        }
    }

    // ---- helpers

    /** Work for a job, with its result handed to the UI thread. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    /** Receives a job's result or failure on the UI thread. */
    @FunctionalInterface
    interface Done<T> {
        void done(T result, Throwable error);
    }

    private <T> void submit(String name, Work<T> work, Done<T> done) {
        try {
            jobs.submit(name, context -> work.run()).result()
                    .whenComplete((result, error) -> workbench.asyncExec(() -> {
                        if (!released) {
                            done.done(result, error == null ? null : unwrap(error));
                        }
                    }));
        } catch (RuntimeException e) {
            LOG.error("Could not start the job {}", name, e);
            done.done(null, e);
        }
    }

    static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    static String reason(Throwable error) {
        Throwable cause = unwrap(error);
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
