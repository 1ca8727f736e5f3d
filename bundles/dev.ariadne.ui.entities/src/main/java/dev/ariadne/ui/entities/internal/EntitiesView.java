package dev.ariadne.ui.entities.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedDeque;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.selection.Ref;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.api.ViewPages;
import dev.ariadne.ui.api.ViewProperties;
import dev.ariadne.ui.api.ViewSite;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.api.WorkbenchView;
import dev.ariadne.ui.entities.internal.model.EntityOrder;
import dev.ariadne.ui.entities.internal.model.EntityRows;
import dev.ariadne.ui.api.EntityTypeColors;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Entities view: every entity of the case in a virtual table (name, type with its colour, mentions, documents,
 * first and last date), narrowed by type and by text, sorted by a click on a column header. Rows are paged from
 * {@link EntityService#entities} as the table paints them ({@link EntityRows}), so 100,000 entities scroll without
 * reading them all; orders the service does not list in (name, type, documents, dates) are sorted in a job after
 * reading every matching entity. Selecting rows publishes {@link Ref#KIND_ENTITY} items; double-click opens the
 * Entity view. The context menu renames, retypes, merges, splits and deletes ({@link Corrections}), and exports and
 * imports the correction ledger. The table is read again, debounced, when the case's entities change.
 *
 * <p>A prototype-scope {@link WorkbenchView} service: one instance per opened view, every method called on the UI
 * thread. Every read of the case runs in a {@link JobService} job; results come back through
 * {@link Workbench#asyncExec} and are dropped when the filter, order or case changed meanwhile.
 */
@Component(service = WorkbenchView.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = EntityServices.ENTITIES_VIEW, label = "Entities", area = ViewProperties.CENTER, order = 40)
public class EntitiesView implements WorkbenchView {

    private static final Logger LOG = LoggerFactory.getLogger(EntitiesView.class);

    /** What the view says without a case. */
    static final String NO_CASE = "Open or create a case to see its entities.";
    /** What the view says without the entity service. */
    static final String NO_SERVICE =
            "Entities are not available: the extraction bundle (dev.ariadne.extract) is not running.";
    /** The first entry of the type filter. */
    static final String ALL_TYPES = "All types";
    /** How long the table waits after an entity event or a keystroke in the filter before reading again. */
    static final int REFRESH_DELAY_MILLIS = 300;
    /**
     * How long it waits after an entity event when its order is sorted here: such a read takes every entity, so
     * while an import extracts document after document the table is sorted again at most this often.
     */
    static final int SORTED_REFRESH_DELAY_MILLIS = 2000;
    /** Pages of rows kept while paging. */
    static final int MAX_PAGES = 40;
    /** Entities read per call when reading all of them for a sort. */
    static final int SORT_CHUNK = 5000;

    final JobService jobs;
    final EntityServices services;

    // widgets, UI thread only
    Display display;
    ViewSite site;
    Workbench workbench;
    Composite root;
    ViewPages pages;
    Composite mainPage;
    Combo typeFilter;
    Text textFilter;
    Label status;
    Table table;
    SteppedItemCount itemCount;
    TypeStyles styles;
    Corrections corrections;

    // state, UI thread only
    Case aCase;
    volatile int generation;
    EntityRows rows = EntityRows.empty();
    EntityOrder order = EntityOrder.DEFAULT;
    EntityType type;
    String filter = "";
    int targetCount;
    boolean loading;
    boolean released;
    Set<String> reselect = Set.of();
    AutoCloseable servicesListener;
    private final Runnable refreshLater = this::refresh;

    // the loader of pages; the deque is shared with the loader job
    private final ConcurrentLinkedDeque<PageRequest> wanted = new ConcurrentLinkedDeque<>();
    private final Object loaderLock = new Object();
    private boolean loaderRunning;

    /** A page of rows to read, for the rows of one generation. */
    record PageRequest(int generation, EntityRows rows, Case aCase, EntityType type, String filter, int page) {
    }

    /**
     * Made by DS for each opened view.
     *
     * @param jobs runs the reads of the case
     * @param services the entity services and events of this bundle
     */
    @Activate
    public EntitiesView(@Reference JobService jobs, @Reference EntityServices services) {
        this.jobs = jobs;
        this.services = services;
    }

    @Override
    public void createControl(Composite parent, ViewSite viewSite) {
        site = viewSite;
        workbench = viewSite.workbench();
        display = parent.getDisplay();
        styles = new TypeStyles(display);
        corrections = new Corrections(jobs, services, workbench);
        pages = new ViewPages(parent, 280);
        root = pages.root();
        createMainPage();
        pages.setContent(mainPage);
        pages.showMessage(NO_CASE);
        servicesListener = services.listen(new EntityServices.Listener() {
            @Override
            public void servicesChanged() {
                workbench.asyncExec(EntitiesView.this::servicesChanged);
            }

            @Override
            public void entitiesChanged(String caseId) {
                workbench.asyncExec(() -> {
                    if (!released && aCase != null && aCase.id().equals(caseId)) {
                        refreshSoon(order.paged() ? REFRESH_DELAY_MILLIS : SORTED_REFRESH_DELAY_MILLIS);
                    }
                });
            }
        });
        root.addListener(SWT.Dispose, e -> release());
    }

    private void createMainPage() {
        mainPage = new Composite(root, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 4;
        layout.marginHeight = 4;
        mainPage.setLayout(layout);

        typeFilter = new Combo(mainPage, SWT.READ_ONLY | SWT.DROP_DOWN);
        typeFilter.add(ALL_TYPES);
        for (EntityType each : EntityType.values()) {
            typeFilter.add(EntityTypeColors.label(each));
        }
        typeFilter.select(0);
        typeFilter.setToolTipText("Show entities of one type");
        typeFilter.addListener(SWT.Selection, e -> {
            int index = typeFilter.getSelectionIndex();
            type = index <= 0 ? null : EntityType.values()[index - 1];
            refresh();
        });

        textFilter = new Text(mainPage, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        textFilter.setMessage("Filter names and aliases");
        textFilter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        textFilter.addListener(SWT.Modify, e -> {
            filter = textFilter.getText().strip();
            refreshSoon();
        });
        textFilter.addListener(SWT.DefaultSelection, e -> {
            filter = textFilter.getText().strip();
            refresh();
        });

        status = new Label(mainPage, SWT.RIGHT);
        status.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
        GridData statusData = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
        statusData.widthHint = 130;
        status.setLayoutData(statusData);

        table = new Table(mainPage, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        itemCount = new SteppedItemCount(table);
        column("Name", 230, SWT.LEFT, EntityOrder.Column.NAME);
        column("Type", 120, SWT.LEFT, EntityOrder.Column.TYPE);
        column("Mentions", 80, SWT.RIGHT, EntityOrder.Column.MENTIONS);
        column("Documents", 85, SWT.RIGHT, EntityOrder.Column.DOCUMENTS);
        column("First", 95, SWT.LEFT, EntityOrder.Column.FIRST);
        column("Last", 95, SWT.LEFT, EntityOrder.Column.LAST);
        showOrder();
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, e.index));
        table.addListener(SWT.Selection, e -> publishSelection());
        table.addListener(SWT.DefaultSelection, e -> workbench.showView(EntityServices.ENTITY_VIEW));
        table.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                runOnSelection(list -> corrections.delete(aCase, list));
            } else if (e.keyCode == SWT.F2) {
                runOnSelection(list -> corrections.rename(aCase, list.get(0)));
            }
        });
        createMenu();
    }

    private void column(String label, int width, int align, EntityOrder.Column key) {
        TableColumn column = new TableColumn(table, align);
        column.setText(label);
        column.setWidth(width);
        column.setMoveable(false);
        column.setData(key);
        column.addListener(SWT.Selection, e -> {
            order = order.toggle(key);
            showOrder();
            refresh();
        });
    }

    private void showOrder() {
        TableColumn sorted = table.getColumn(order.column().ordinal());
        table.setSortColumn(sorted);
        table.setSortDirection(order.descending() ? SWT.DOWN : SWT.UP);
    }

    private void createMenu() {
        Menu menu = new Menu(table);
        MenuItem open = item(menu, "&Open in Entity View", () -> workbench.showView(EntityServices.ENTITY_VIEW));
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem rename = item(menu, "&Rename\u2026\tF2", () -> runOnSelection(l -> corrections.rename(aCase, l.get(0))));
        MenuItem retype = item(menu, "Change &Type\u2026", () -> runOnSelection(l -> corrections.retype(aCase, l.get(0))));
        MenuItem merge = item(menu, "&Merge Selected\u2026", () -> runOnSelection(l -> corrections.merge(aCase, l)));
        MenuItem split = item(menu, "&Split\u2026", () -> runOnSelection(l -> corrections.split(aCase, l.get(0))));
        MenuItem delete = item(menu, "&Delete as False Positive\tDel",
                () -> runOnSelection(l -> corrections.delete(aCase, l)));
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem export = item(menu, "E&xport Corrections\u2026", () -> corrections.exportLedger(aCase));
        MenuItem importing = item(menu, "&Import Corrections\u2026", () -> corrections.importLedger(aCase));
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, "Re&fresh", this::refresh);
        menu.addListener(SWT.Show, e -> {
            int selected = selectedEntities().size();
            boolean ready = aCase != null && services.hasEntities();
            open.setEnabled(selected == 1);
            rename.setEnabled(ready && selected == 1);
            retype.setEnabled(ready && selected == 1);
            merge.setEnabled(ready && selected >= 2);
            split.setEnabled(ready && selected == 1 && selectedEntities().get(0).aliases().size() > 0);
            delete.setEnabled(ready && selected >= 1);
            export.setEnabled(ready);
            importing.setEnabled(ready);
        });
        table.setMenu(menu);
    }

    private static MenuItem item(Menu menu, String label, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(label);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    private void runOnSelection(java.util.function.Consumer<List<Entity>> action) {
        List<Entity> selected = selectedEntities();
        if (aCase != null && !selected.isEmpty()) {
            action.accept(selected);
        }
    }

    @Override
    public void caseChanged(Optional<Case> current) {
        Case next = current.orElse(null);
        if (released || next == aCase) {
            return;
        }
        aCase = next;
        reselect = Set.of();
        refresh();
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

    void release() {
        if (released) {
            return;
        }
        released = true;
        generation++;
        wanted.clear();
        if (display != null && !display.isDisposed()) {
            display.timerExec(-1, refreshLater);
        }
        if (servicesListener != null) {
            try {
                servicesListener.close();
            } catch (Exception e) {
                LOG.warn("Could not stop listening to the entity services", e);
            }
        }
        if (styles != null) {
            styles.dispose();
        }
    }

    private void servicesChanged() {
        if (!released) {
            refresh();
        }
    }

    // ---- reading

    /** Reads the table again after a short pause, restarting the pause on each call. */
    void refreshSoon() {
        refreshSoon(REFRESH_DELAY_MILLIS);
    }

    /** Reads the table again after {@code delay} ms, restarting the pause on each call. */
    void refreshSoon(int delay) {
        if (released) {
            return;
        }
        display.timerExec(-1, refreshLater);
        display.timerExec(delay, refreshLater);
    }

    /** Reads the count (and, for a sorted order, every row) for the current case, filter and order. */
    void refresh() {
        if (released) {
            return;
        }
        display.timerExec(-1, refreshLater);
        int expected = ++generation;
        wanted.clear();
        if (aCase == null) {
            install(EntityRows.empty());
            pages.showMessage(NO_CASE);
            return;
        }
        if (!services.hasEntities()) {
            install(EntityRows.empty());
            pages.showMessage(NO_SERVICE);
            return;
        }
        if (!selectedEntities().isEmpty()) {
            Set<String> ids = new HashSet<>();
            selectedEntities().forEach(e -> ids.add(e.id()));
            reselect = ids;
        }
        Case read = aCase;
        EntityType readType = type;
        String readFilter = filter;
        EntityOrder readOrder = order;
        loading = true;
        status.setText(!readOrder.paged() ? "Sorting\u2026" : rows.count() == 0 ? "Reading\u2026" : status.getText());
        try {
            jobs.submit("Read entities", context -> read(service(), read, readType, readFilter, readOrder))
                    .result()
                    .whenComplete((made, error) -> workbench.asyncExec(() -> {
                        if (released || expected != generation) {
                            return;
                        }
                        loading = false;
                        if (error != null) {
                            Throwable cause = error instanceof CompletionException && error.getCause() != null
                                    ? error.getCause() : error;
                            LOG.error("Could not read the entities", cause);
                            install(EntityRows.empty());
                            pages.showMessage("The entities could not be read: " + cause.getMessage());
                            return;
                        }
                        pages.showContent();
                        install(made);
                    }));
        } catch (RuntimeException e) {
            loading = false;
            LOG.error("Could not start reading the entities", e);
            pages.showMessage("The entities could not be read: " + e.getMessage());
        }
    }

    /** The entity service, got (and activated) on a job thread; fails when it went away. */
    EntityService service() {
        return services.entities().orElseThrow(() -> new IllegalStateException(NO_SERVICE));
    }

    /** Counts (and for a sorted order reads and sorts) the entities; on a job thread. */
    static EntityRows read(EntityService service, Case aCase, EntityType type, String filter, EntityOrder order) {
        int count = service.count(aCase, type, filter);
        if (order.paged()) {
            return EntityRows.paged(count, order.reversed(), MAX_PAGES);
        }
        List<Entity> all = new ArrayList<>(count);
        for (int offset = 0; offset < count; offset += SORT_CHUNK) {
            List<Entity> chunk = service.entities(aCase, type, filter, offset, SORT_CHUNK);
            all.addAll(chunk);
            if (chunk.size() < SORT_CHUNK) {
                break;
            }
        }
        all.sort(order.comparator());
        return EntityRows.sorted(all);
    }

    private void install(EntityRows made) {
        rows = made;
        targetCount = made.count();
        table.deselectAll();
        table.clearAll();
        itemCount.set(made.count());
        status.setText(made.count() == 1 ? "1 entity" : format(made.count()) + " entities");
        if (!made.isPaged()) {
            reselectLoaded(0, made.count());
        }
    }

    private void reselectLoaded(int first, int last) {
        if (reselect.isEmpty()) {
            return;
        }
        boolean any = false;
        for (int row = first; row < last; row++) {
            Entity entity = rows.get(row);
            if (entity != null && reselect.contains(entity.id())) {
                table.select(row);
                any = true;
            }
        }
        if (any) {
            reselect = Set.of();
        }
    }

    /** Fills a row the table is about to paint, asking for its page when it is not read yet. */
    private void fill(TableItem item, int row) {
        Entity entity = rows.get(row);
        if (entity == null) {
            item.setText(0, "");
            if (rows.isPaged() && aCase != null) {
                int page = rows.pageOf(row);
                if (rows.request(page)) {
                    wanted.addFirst(new PageRequest(generation, rows, aCase, type, filter, page));
                    startLoader();
                }
            }
            return;
        }
        item.setText(new String[] {entity.name(), TypeStyles.tag(entity.type()), format(entity.mentions()),
                format(entity.documents()), date(entity.firstDate()), date(entity.lastDate())});
        item.setForeground(1, styles.color(entity.type()));
        item.setData(entity);
    }

    private void startLoader() {
        synchronized (loaderLock) {
            if (loaderRunning) {
                return;
            }
            loaderRunning = true;
        }
        try {
            jobs.submit("Read a page of entities", context -> {
                try {
                    loadPages(service());
                } catch (RuntimeException e) {
                    synchronized (loaderLock) {
                        loaderRunning = false;
                    }
                    throw e;
                }
                return null;
            });
        } catch (RuntimeException e) {
            synchronized (loaderLock) {
                loaderRunning = false;
            }
            LOG.error("Could not start reading entities", e);
        }
    }

    /** Reads the wanted pages, the latest asked for first, until none is left; on a job thread. */
    private void loadPages(EntityService service) {
        while (true) {
            PageRequest request;
            synchronized (loaderLock) {
                request = wanted.pollFirst();
                if (request == null) {
                    loaderRunning = false;
                    return;
                }
            }
            if (request.generation() != generation) {
                continue;
            }
            List<Entity> page;
            try {
                EntityRows target = request.rows();
                int offset = target.offset(request.page());
                int limit = target.limit(request.page());
                page = service.entities(request.aCase(), request.type(), request.filter(), offset, limit);
            } catch (RuntimeException e) {
                LOG.error("Could not read a page of entities", e);
                workbench.asyncExec(() -> request.rows().failed(request.page()));
                continue;
            }
            workbench.asyncExec(() -> pageRead(request, page));
        }
    }

    private void pageRead(PageRequest request, List<Entity> page) {
        if (released || request.rows() != rows) {
            return;
        }
        rows.put(request.page(), page);
        int[] range = rows.rowsOf(request.page());
        int end = Math.min(range[1], table.getItemCount());
        if (end > range[0]) {
            table.clear(range[0], end - 1);
        }
        reselectLoaded(range[0], range[1]);
    }

    // ---- selection

    /** The entities of the selected rows that are read. */
    List<Entity> selectedEntities() {
        List<Entity> result = new ArrayList<>();
        for (int index : table.getSelectionIndices()) {
            Entity entity = rows.get(index);
            if (entity != null) {
                result.add(entity);
            }
        }
        return result;
    }

    private void publishSelection() {
        List<Ref> refs = new ArrayList<>();
        for (Entity entity : selectedEntities()) {
            refs.add(new Ref(Ref.KIND_ENTITY, entity.id(), entity.name()));
        }
        if (!refs.isEmpty()) {
            services.entitySelected(refs.get(0));
        }
        site.setSelection(new Selection(EntityServices.ENTITIES_VIEW, refs));
    }

    // ---- helpers

    static String format(long value) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(value).replace('\u00a0', ',');
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }

    /** For tests: whether the last read has come back. */
    boolean isSettled() {
        return !loading && itemCount.reached();
    }
}
