package dev.ariadne.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.api.ViewDescriptor;
import dev.ariadne.ui.api.ViewProperties;
import dev.ariadne.ui.api.Workbench;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window and the {@link Workbench} service: menu bar, tool bar, the four view stacks, the status bar; the
 * opened views; the layout model saved per case; the current case; files dropped on it ({@link FileDrop}). Built
 * and used on the UI thread only, except {@link #asyncExec}, which any thread may call.
 */
final class WorkbenchWindow implements Workbench, ShellOperations {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchWindow.class);

    /** The CaseRecords namespace of the layout. */
    static final String LAYOUT_NAMESPACE = "dev.ariadne.ui";
    /** The CaseRecords key of the layout. */
    static final String LAYOUT_KEY = "layout";

    private final WorkbenchComponent host;
    private final Display display;
    private final SelectionHub selection;
    private final Map<String, ViewPart> parts = new LinkedHashMap<>();
    private final Map<String, List<String>> placement = new LinkedHashMap<>();
    private final Map<String, String> pendingActive = new HashMap<>();
    private final Set<String> closedByUser = new HashSet<>();
    /** Views shown while a case's layout was being read: the layout, once read, keeps them open. */
    private final Set<String> shownWhileLoading = new LinkedHashSet<>();
    private final Map<String, String> lastSaved = new HashMap<>();
    private final Listener focusFilter = this::focusChanged;
    private Shell shell;
    private ToolBar toolBar;
    private Stacks stacks;
    private StatusBar statusBar;
    private CommandBars commandBars;
    private FileDrop fileDrop;
    private Optional<Case> currentCase = Optional.empty();
    private boolean defaultLayout = true;
    private boolean applying;
    private boolean saveScheduled;
    private boolean layoutLoading;
    private final java.util.concurrent.atomic.AtomicBoolean refreshQueued = new java.util.concurrent.atomic.AtomicBoolean();
    private boolean paintReported;

    WorkbenchWindow(WorkbenchComponent host, Display display) {
        this.host = host;
        this.display = display;
        this.selection = new SelectionHub(host::eventAdmin, this::selectionChanged);
        Areas.ALL.forEach(a -> placement.put(a, new ArrayList<>()));
    }

    Display display() {
        return display;
    }

    SelectionHub selectionHub() {
        return selection;
    }

    Stacks stacks() {
        return stacks;
    }

    /** Imports what is dropped onto the window. */
    FileDrop fileDrop() {
        return fileDrop;
    }

    /** Gets command objects off the UI thread. */
    ViewActivator commandActivator() {
        return host.activator();
    }

    /** How long a command's component may take to start. */
    long commandTimeoutMillis() {
        return host.config().viewStartTimeoutSeconds() * 1000L;
    }

    /** Builds and opens the window with the default layout. */
    void open() {
        shell = new Shell(display, SWT.SHELL_TRIM);
        shell.setText("Ariadne");
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        shell.setLayout(layout);

        toolBar = new ToolBar(shell, SWT.FLAT | SWT.RIGHT | SWT.HORIZONTAL);
        GridData toolData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        toolData.exclude = true;
        toolData.horizontalIndent = 4;
        toolBar.setLayoutData(toolData);
        toolBar.setVisible(false);

        Composite body = new Composite(shell, SWT.NONE);
        FillLayout fill = new FillLayout();
        fill.marginWidth = 4;
        fill.marginHeight = 4;
        body.setLayout(fill);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        stacks = new Stacks(this, body);

        Label line = new Label(shell, SWT.SEPARATOR | SWT.HORIZONTAL);
        line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        statusBar = new StatusBar(shell, () -> {
            if (!showView(StatusBar.PROGRESS_VIEW)) {
                setStatus("No Progress view is installed");
            }
        });
        statusBar.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        LOG.debug("Window widgets made at {} ms", WorkbenchComponent.sinceStart());
        commandBars = new CommandBars(this, shell, toolBar);
        commandBars.rebuild(host.commands());
        LOG.debug("Menus and tool bar made at {} ms", WorkbenchComponent.sinceStart());

        display.addFilter(SWT.FocusIn, focusFilter);
        fileDrop = new FileDrop(this, host::importService);
        fileDrop.install(shell);
        shell.addListener(SWT.Close, e -> saveOnClose());
        shell.addListener(SWT.Dispose, e -> disposeParts());

        Rectangle screen = display.getPrimaryMonitor().getClientArea();
        int width = Math.min(1360, screen.width - 40);
        int height = Math.min(860, screen.height - 40);
        shell.setBounds(screen.x + (screen.width - width) / 2, screen.y + (screen.height - height) / 2, width, height);

        applyLayout(LayoutState.defaults(host.viewRegistry().snapshot()), true);
        setStatus("Ready");
        LOG.debug("Default layout applied at {} ms", WorkbenchComponent.sinceStart());
        shell.open();
        statusBar.startPolling(host::jobService, host.config().progressRefreshMillis());
        checkFirstPaint();
    }

    /** Whether the window is gone. */
    boolean isClosed() {
        return shell == null || shell.isDisposed();
    }

    // ---------------------------------------------------------------- Workbench

    @Override
    public void asyncExec(Runnable task) {
        Display d = display;
        if (d.isDisposed()) {
            return;
        }
        try {
            d.asyncExec(() -> {
                if (!isClosed()) {
                    task.run();
                }
            });
        } catch (SWTException e) {
            LOG.debug("The display went away before a task could be queued", e);
        }
    }

    @Override
    public Shell shell() {
        return shell;
    }

    @Override
    public List<ViewDescriptor> views() {
        return host.viewRegistry().snapshot().stream().map(ViewContribution::descriptor).toList();
    }

    @Override
    public boolean showView(String viewId) {
        Optional<ViewContribution> contribution = host.viewRegistry().find(viewId);
        if (contribution.isEmpty()) {
            return false;
        }
        closedByUser.remove(viewId);
        if (layoutLoading) {
            shownWhileLoading.add(viewId);
        }
        ViewPart part = parts.get(viewId);
        if (part == null) {
            String area = placedArea(viewId);
            if (area == null) {
                area = contribution.get().area();
                placement.get(area).add(viewId);
            }
            part = openPart(contribution.get(), area);
        }
        stacks.reveal(part.area());
        CTabFolder folder = part.item().getParent();
        folder.setSelection(part.item());
        activate(part);
        part.setFocus();
        layoutChanged();
        return true;
    }

    @Override
    public List<String> openViews() {
        return List.copyOf(parts.keySet());
    }

    @Override
    public Selection selection() {
        return selection.current();
    }

    @Override
    public AutoCloseable onSelection(Consumer<Selection> listener) {
        return selection.listen(listener);
    }

    @Override
    public Optional<Case> currentCase() {
        return currentCase;
    }

    @Override
    public void setStatus(String message) {
        if (statusBar != null && !statusBar.control().isDisposed()) {
            statusBar.setMessage(message);
        }
    }

    // ---------------------------------------------------------------- ShellOperations

    @Override
    public void resetLayout() {
        applyLayout(LayoutState.defaults(host.viewRegistry().snapshot()), true);
        layoutChanged();
        setStatus("Layout reset");
    }

    @Override
    public CompletionStage<Void> flushLayout() {
        saveScheduled = false;
        Optional<Case> target = currentCase;
        if (target.isEmpty() || isClosed() || !target.get().isOpen()) {
            return CompletableFuture.completedFuture(null);
        }
        Case aCase = target.get();
        String json = captureLayout().toJson();
        if (json.equals(lastSaved.get(aCase.id()))) {
            return CompletableFuture.completedFuture(null);
        }
        lastSaved.put(aCase.id(), json);
        return background("Save window layout", () -> {
            aCase.records(LAYOUT_NAMESPACE).put(LAYOUT_KEY, json);
            return null;
        }).handle((ok, failure) -> {
            if (failure != null) {
                LOG.warn("Could not save the window layout of case {}", aCase.name(), failure);
            }
            return null;
        });
    }

    @Override
    public void showCase(Optional<Case> aCase) {
        setCase(aCase);
    }

    @Override
    public void exit() {
        if (!isClosed()) {
            shell.close();
        }
    }

    @Override
    public <T> CompletionStage<T> background(String name, Callable<T> work) {
        return host.background(name, work);
    }

    @Override
    public void showError(String title, String message, Throwable cause) {
        if (!isClosed()) {
            Dialogs.error(shell, title, message, cause);
        }
    }

    // ---------------------------------------------------------------- views

    private ViewPart openPart(ViewContribution contribution, String area) {
        ViewPart part = new ViewPart(this, contribution);
        parts.put(contribution.id(), part);
        CTabFolder folder = stacks.folder(area);
        part.createWidgets(folder, area, tabIndex(area, contribution.id()));
        if (folder.getSelection() == null || contribution.id().equals(pendingActive.get(area))) {
            folder.setSelection(part.item());
        }
        stacks.refresh();
        UiConfig config = host.config();
        part.start(host.activator(), host.bundleContext(), config.viewStartTimeoutSeconds() * 1000L,
                config.viewCreationWatchdogSeconds() * 1000L, host.watchdog());
        return part;
    }

    /** Where a view id belongs among the tabs of its stack: after the open views placed before it. */
    private int tabIndex(String area, String viewId) {
        int index = 0;
        for (String id : placement.get(area)) {
            if (id.equals(viewId)) {
                return index;
            }
            ViewPart other = parts.get(id);
            if (other != null && area.equals(other.area())) {
                index++;
            }
        }
        return index;
    }

    private String placedArea(String viewId) {
        for (Map.Entry<String, List<String>> e : placement.entrySet()) {
            if (e.getValue().contains(viewId)) {
                return e.getKey();
            }
        }
        return null;
    }

    private void closePart(ViewPart part, boolean byUser) {
        parts.remove(part.id());
        selection.remove(part.id());
        CTabFolder folder = part.item() == null ? null : part.item().getParent();
        part.dispose();
        if (byUser) {
            placement.values().forEach(ids -> ids.remove(part.id()));
            closedByUser.add(part.id());
        }
        if (folder != null && !folder.isDisposed() && folder.getSelection() == null && folder.getItemCount() > 0) {
            folder.setSelection(0);
        }
        stacks.refresh();
        layoutChanged();
    }

    /** A tab's close button was pressed. */
    void closeTab(CTabItem item) {
        if (item.getData() instanceof ViewPart part) {
            closePart(part, true);
        }
    }

    /** A tab was selected. */
    void tabSelected(CTabItem item) {
        if (item != null && item.getData() instanceof ViewPart part) {
            activate(part);
            part.setFocus();
            layoutChanged();
        }
    }

    /** A tab was dragged and dropped onto a stack (at a tab index, or {@code -1} for the end). */
    void dropTab(CTabItem item, String area, int index) {
        if (!(item.getData() instanceof ViewPart part)) {
            return;
        }
        CTabFolder target = stacks.folder(area);
        int at = index < 0 ? target.getItemCount() : index;
        if (target == item.getParent()) {
            int current = target.indexOf(item);
            if (current == at || current == at - 1 && index < 0) {
                return;
            }
            if (current < at) {
                at--;
            }
        }
        String before = at < target.getItemCount() && target.getItem(at).getData() instanceof ViewPart p ? p.id() : null;
        placement.values().forEach(ids -> ids.remove(part.id()));
        List<String> ids = placement.get(area);
        int placeAt = before == null ? ids.size() : Math.max(0, ids.indexOf(before));
        ids.add(placeAt, part.id());
        CTabFolder source = item.getParent();
        part.moveTo(target, area, at);
        if (source.getSelection() == null && source.getItemCount() > 0) {
            source.setSelection(0);
        }
        target.setSelection(part.item());
        stacks.reveal(area);
        activate(part);
        layoutChanged();
    }

    /** Moves a view to another stack, as a drop at the end of that stack would; returns whether it was open. */
    boolean moveView(String viewId, String area) {
        ViewPart part = parts.get(viewId);
        if (part == null) {
            return false;
        }
        dropTab(part.item(), Areas.normalize(area), -1);
        return true;
    }

    private void activate(ViewPart part) {
        selection.activate(part.id());
        stacks.setActive(part.area());
    }

    private void focusChanged(org.eclipse.swt.widgets.Event event) {
        if (!(event.widget instanceof Control control) || isClosed() || control.getShell() != shell) {
            return;
        }
        for (Control c = control; c != null; c = c.getParent()) {
            if (c.getParent() instanceof CTabFolder && c.getData(WidgetKeys.VIEW_ID) instanceof String id) {
                ViewPart part = parts.get(id);
                if (part != null && part.id().equals(selection.activeView())) {
                    return;
                }
                if (part != null) {
                    activate(part);
                }
                return;
            }
        }
    }

    /** The shell's own description of why a view's component did not start (called on a worker thread). */
    String activationFailure(ViewContribution contribution) {
        return host.describeActivationFailure(contribution);
    }

    /** A view finished starting (or failed). */
    void partSettled(ViewPart part) {
        LOG.debug("View {} settled at {} ms", part.id(), WorkbenchComponent.sinceStart());
        checkFirstPaint();
    }

    /** The view or command whiteboard changed; called on DS threads, coalesced onto the UI thread. */
    void contributionsChanged() {
        if (!refreshQueued.compareAndSet(false, true)) {
            return;
        }
        asyncExec(() -> {
            refreshQueued.set(false);
            refreshContributions();
        });
    }

    private void refreshContributions() {
        for (ViewPart part : List.copyOf(parts.values())) {
            Optional<ViewContribution> now = host.viewRegistry().find(part.id());
            if (now.isEmpty() || now.get().serviceId() != part.contribution().serviceId()) {
                LOG.info("View {} of bundle {} went away; its tab is closed", part.id(), part.contribution().bundle());
                closePart(part, false);
            }
        }
        for (ViewContribution c : host.viewRegistry().snapshot()) {
            if (parts.containsKey(c.id())) {
                continue;
            }
            if (placedArea(c.id()) != null) {
                openPart(c, placedArea(c.id()));
            } else if (defaultLayout && c.openByDefault() && !closedByUser.contains(c.id())) {
                placement.get(c.area()).add(c.id());
                openPart(c, c.area());
            }
        }
        commandBars.rebuild(host.commands());
        checkFirstPaint();
    }

    // ---------------------------------------------------------------- layout

    /** Arranges the window as {@code layout} says: closes, moves and opens views, sets the active tabs and sashes. */
    void applyLayout(LayoutState layout, boolean isDefault) {
        applying = true;
        try {
            defaultLayout = isDefault;
            if (isDefault) {
                closedByUser.clear();
            }
            placement.clear();
            pendingActive.clear();
            layout.stacks().forEach((area, stack) -> {
                placement.put(area, new ArrayList<>(stack.views()));
                if (stack.active() != null) {
                    pendingActive.put(area, stack.active());
                }
            });
            for (ViewPart part : List.copyOf(parts.values())) {
                if (layout.areaOf(part.id()) == null) {
                    if (shownWhileLoading.contains(part.id())) {
                        placement.get(part.area()).add(part.id());
                        pendingActive.put(part.area(), part.id());
                    } else {
                        closePart(part, false);
                    }
                }
            }
            for (String area : Areas.ALL) {
                CTabFolder folder = stacks.folder(area);
                int tab = 0;
                for (String id : placement.get(area)) {
                    Optional<ViewContribution> c = host.viewRegistry().find(id);
                    if (c.isEmpty()) {
                        continue;
                    }
                    ViewPart part = parts.get(id);
                    if (part == null) {
                        openPart(c.get(), area);
                    } else if (!area.equals(part.area()) || folder.indexOf(part.item()) != tab) {
                        part.moveTo(folder, area, tab);
                    }
                    tab++;
                }
            }
            for (String area : Areas.ALL) {
                CTabFolder folder = stacks.folder(area);
                ViewPart active = parts.get(pendingActive.getOrDefault(area, ""));
                if (active != null && active.item().getParent() == folder) {
                    folder.setSelection(active.item());
                } else if (folder.getSelection() == null && folder.getItemCount() > 0) {
                    folder.setSelection(0);
                }
            }
            stacks.apply(layout);
            CTabItem first = stacks.folder(ViewProperties.CENTER).getSelection();
            for (String area : Areas.ALL) {
                if (first == null) {
                    first = stacks.folder(area).getSelection();
                }
            }
            if (first != null && first.getData() instanceof ViewPart part) {
                activate(part);
            }
        } finally {
            applying = false;
        }
    }

    /** The layout now, as it would be saved. */
    LayoutState captureLayout() {
        Map<String, LayoutState.Stack> result = new LinkedHashMap<>();
        Set<String> minimized = stacks.minimized();
        for (String area : Areas.ALL) {
            CTabItem selected = stacks.folder(area).getSelection();
            String active = selected != null && selected.getData() instanceof ViewPart p ? p.id()
                    : pendingActive.get(area);
            result.put(area, new LayoutState.Stack(placement.get(area), active, minimized.contains(area)));
        }
        return new LayoutState(result, stacks.outerWeights(), stacks.innerWeights(), stacks.maximized());
    }

    /** Something about the layout changed: it is saved into the case after a short delay. */
    void layoutChanged() {
        if (applying || currentCase.isEmpty() || isClosed() || saveScheduled) {
            return;
        }
        saveScheduled = true;
        display.timerExec(host.config().layoutSaveDelayMillis(), () -> {
            if (saveScheduled && !isClosed()) {
                flushLayout();
            }
        });
    }

    /** Shows the minimised stacks in the status bar. */
    void trimChanged() {
        if (statusBar == null) {
            return;
        }
        List<String> areas = new ArrayList<>(stacks.minimized());
        areas.sort((a, b) -> Areas.ALL.indexOf(a) - Areas.ALL.indexOf(b));
        List<String> texts = new ArrayList<>();
        for (String area : areas) {
            CTabFolder folder = stacks.folder(area);
            List<String> labels = new ArrayList<>();
            for (CTabItem item : folder.getItems()) {
                labels.add(item.getText());
            }
            texts.add(labels.isEmpty() ? Areas.title(area) : String.join(", ", labels));
        }
        statusBar.setTrim(areas, texts, stacks::restore);
    }

    private void saveOnClose() {
        Optional<Case> target = currentCase;
        if (target.isEmpty() || !target.get().isOpen()) {
            return;
        }
        String json = captureLayout().toJson();
        if (json.equals(lastSaved.get(target.get().id()))) {
            return;
        }
        try {
            target.get().records(LAYOUT_NAMESPACE).put(LAYOUT_KEY, json);
            lastSaved.put(target.get().id(), json);
        } catch (RuntimeException e) {
            LOG.warn("Could not save the window layout of case {} on exit", target.get().name(), e);
        }
    }

    // ---------------------------------------------------------------- case

    /**
     * The workbench's case changed (or was re-announced); restores the case's layout, read in the background, and
     * tells the views. A view shown while the layout is read stays open when it is applied.
     */
    void setCase(Optional<Case> next) {
        String nextId = next.map(Case::id).orElse(null);
        String currentId = currentCase.map(Case::id).orElse(null);
        if (Objects.equals(nextId, currentId)) {
            currentCase = next;
            updateTitle();
            return;
        }
        if (saveScheduled) {
            flushLayout();
        }
        currentCase = next;
        updateTitle();
        if (next.isEmpty()) {
            applyLayout(LayoutState.defaults(host.viewRegistry().snapshot()), true);
            notifyCaseChanged();
            setStatus("No case open");
            return;
        }
        Case aCase = next.get();
        layoutLoading = true;
        shownWhileLoading.clear();
        background("Restore window layout", () -> aCase.records(LAYOUT_NAMESPACE).get(LAYOUT_KEY))
                .whenComplete((json, failure) -> asyncExec(() -> {
                    layoutLoading = false;
                    if (!currentCase.map(Case::id).equals(Optional.of(aCase.id()))) {
                        checkFirstPaint();
                        return;
                    }
                    LayoutState saved = null;
                    if (failure != null) {
                        LOG.warn("Could not read the window layout of case {}", aCase.name(), failure);
                    } else if (json != null && json.isPresent()) {
                        try {
                            saved = LayoutState.fromJson(json.get());
                        } catch (IllegalArgumentException e) {
                            LOG.warn("The saved window layout of case {} cannot be read; using the default",
                                    aCase.name(), e);
                        }
                    }
                    if (saved != null) {
                        applyLayout(saved, false);
                    } else {
                        applyLayout(LayoutState.defaults(host.viewRegistry().snapshot()), true);
                    }
                    shownWhileLoading.clear();
                    lastSaved.put(aCase.id(), captureLayout().toJson());
                    notifyCaseChanged();
                    setStatus("Case " + aCase.name() + " open");
                    checkFirstPaint();
                }));
    }

    /** Whether the current case's layout is still being read. */
    boolean layoutLoading() {
        return layoutLoading;
    }

    private void notifyCaseChanged() {
        for (ViewPart part : List.copyOf(parts.values())) {
            part.caseChanged(currentCase);
        }
        commandBars.updateEnablement();
    }

    private void updateTitle() {
        if (!isClosed()) {
            shell.setText(currentCase.map(c -> "Ariadne \u2014 " + c.name()).orElse("Ariadne"));
        }
    }

    // ---------------------------------------------------------------- commands, jobs, selection

    private void selectionChanged() {
        if (commandBars != null) {
            commandBars.updateEnablement();
        }
    }

    /** The undo history or something else commands depend on changed. */
    void refreshCommands() {
        commandBars.updateEnablement();
    }

    /** A job started or finished: the status bar polls while jobs run. */
    void jobsChanged() {
        statusBar.startPolling(host::jobService, host.config().progressRefreshMillis());
    }

    // ---------------------------------------------------------------- first paint

    /**
     * Once start-up has settled (the launcher is done, the case given at start is open, no view is still opening),
     * waits for the next paint of the window, then starts the rest of the product ({@link
     * WorkbenchComponent#windowPainted()}), or with {@code ariadne.exitAfterPaint} reports the paint and exits.
     * Called on the UI thread whenever something start-up waits for has changed; acts once.
     */
    void checkFirstPaint() {
        if (paintReported || isClosed() || layoutLoading || !host.startupSettled()) {
            return;
        }
        for (ViewPart part : parts.values()) {
            if (part.isOpening()) {
                return;
            }
        }
        paintReported = true;
        List<Control> probes = new ArrayList<>();
        for (String area : Areas.ALL) {
            probes.add(stacks.folder(area));
        }
        probes.add(statusBar.messageLabel());
        boolean[] reported = new boolean[1];
        Listener[] listener = new Listener[1];
        Runnable report = () -> {
            if (reported[0]) {
                return;
            }
            reported[0] = true;
            for (Control probe : probes) {
                if (!probe.isDisposed()) {
                    probe.removeListener(SWT.Paint, listener[0]);
                }
            }
            if (host.exitAfterPaint()) {
                long sinceStart = WorkbenchComponent.sinceStart();
                System.out.println("PAINTED " + sinceStart);
                System.out.flush();
                asyncExec(host::exitAfterPaintReported);
            } else {
                host.windowPainted();
            }
        };
        listener[0] = e -> report.run();
        for (Control probe : probes) {
            probe.addListener(SWT.Paint, listener[0]);
            probe.redraw();
        }
        display.timerExec(2000, () -> {
            if (!reported[0] && !isClosed()) {
                LOG.info("No paint event arrived after start-up settled; taking the window as painted");
                report.run();
            }
        });
    }

    private void disposeParts() {
        display.removeFilter(SWT.FocusIn, focusFilter);
        for (ViewPart part : List.copyOf(parts.values())) {
            part.dispose();
        }
        parts.clear();
    }
}
