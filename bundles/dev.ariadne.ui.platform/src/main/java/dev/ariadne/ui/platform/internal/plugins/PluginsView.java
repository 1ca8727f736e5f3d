package dev.ariadne.ui.platform.internal.plugins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.plugins.PluginException;
import dev.ariadne.api.plugins.PluginInfo;
import dev.ariadne.api.plugins.PluginService;
import dev.ariadne.api.selection.Ref;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.api.ViewProperties;
import dev.ariadne.ui.api.ViewSite;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.api.WorkbenchView;
import dev.ariadne.ui.platform.internal.Failures;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Plugins view: a table of every installed bundle from {@link PluginService#plugins()} (id, symbolic name,
 * version, state, source, problem in red) with Install from File…, Start, Stop, Uninstall and Refresh, and the
 * details of the selected bundle (location, services, the whole problem) below. Selecting a row publishes a
 * {@link Ref#KIND_BUNDLE} selection.
 *
 * <p>A prototype-scope {@link WorkbenchView} service: the shell makes one instance per opened view and calls every
 * method on the UI thread. The blocking PluginService calls run as {@link JobService} jobs; their outcome comes back
 * through {@link Workbench#asyncExec}. A {@link BundleListener}, registered while the widgets exist, refreshes the
 * table after every bundle event.
 */
@Component(service = WorkbenchView.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = PluginsView.ID, label = "Plugins", area = ViewProperties.BOTTOM, order = 910)
public class PluginsView implements WorkbenchView {

    /** The view id. */
    public static final String ID = "dev.ariadne.ui.platform.plugins";

    private static final Logger LOG = LoggerFactory.getLogger(PluginsView.class);
    private static final String[] COLUMNS = {"Id", "Symbolic name", "Version", "State", "Source", "Problem"};
    private static final int[] WIDTHS = {55, 300, 150, 110, 110, 420};
    private static final int PROBLEM_COLUMN = 5;

    final PluginService plugins;
    final JobService jobs;
    final BundleContext context;

    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final BundleListener bundleListener = event -> scheduleRefresh();
    private final Set<Long> busy = new HashSet<>();
    private ViewSite site;
    private Workbench workbench;
    private Composite root;
    private Table table;
    private Text details;
    private Label summary;
    private Button install;
    private Button start;
    private Button stop;
    private Button uninstall;
    private List<PluginInfo> shown = List.of();
    private long selectedBundle = -1;
    private int sortColumn;
    private boolean sortUp = true;
    private boolean listening;
    /** Shows a failure to the analyst; a message box, replaced by tests. */
    Consumer<String> errorReporter = this::openErrorBox;

    /**
     * Made by DS for each opened view.
     *
     * @param plugins the bundles to list and manage
     * @param jobs where the blocking calls run
     * @param context this bundle's context, for the bundle listener
     */
    @Activate
    public PluginsView(@Reference PluginService plugins, @Reference JobService jobs, BundleContext context) {
        this.plugins = plugins;
        this.jobs = jobs;
        this.context = context;
    }

    @Override
    public void createControl(Composite parent, ViewSite site) {
        this.site = site;
        workbench = site.workbench();
        root = new Composite(parent, SWT.NONE);
        GridLayout rootLayout = new GridLayout(1, false);
        rootLayout.marginWidth = 0;
        rootLayout.marginHeight = 0;
        root.setLayout(rootLayout);

        Composite buttons = new Composite(root, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout buttonsLayout = new GridLayout(6, false);
        buttonsLayout.marginHeight = 4;
        buttons.setLayout(buttonsLayout);
        install = button(buttons, "Install from File\u2026", "Install a bundle jar; it is copied into the plugin folder");
        start = button(buttons, "Start", "Start the selected bundle");
        stop = button(buttons, "Stop", "Stop the selected bundle; its views, commands and services go away");
        uninstall = button(buttons, "Uninstall", "Remove the selected bundle");
        Button refresh = button(buttons, "Refresh", "Read the bundles again");
        summary = new Label(buttons, SWT.RIGHT);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        install.addListener(SWT.Selection, e -> installFromFile());
        start.addListener(SWT.Selection, e -> startSelected());
        stop.addListener(SWT.Selection, e -> stopSelected());
        uninstall.addListener(SWT.Selection, e -> uninstallSelected());
        refresh.addListener(SWT.Selection, e -> refresh());

        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new Table(sash, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, i == 0 ? SWT.RIGHT : SWT.LEFT);
            column.setText(COLUMNS[i]);
            column.setWidth(WIDTHS[i]);
            int index = i;
            column.addListener(SWT.Selection, e -> sortBy(index));
        }
        table.setSortColumn(table.getColumn(0));
        table.setSortDirection(SWT.UP);
        table.addListener(SWT.Selection, e -> selectionChanged());
        details = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        sash.setWeights(68, 32);

        root.addListener(SWT.Dispose, e -> release());
        context.addBundleListener(bundleListener);
        listening = true;
        refresh();
    }

    @Override
    public void setFocus() {
        if (table != null && !table.isDisposed()) {
            table.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (root != null && !root.isDisposed()) {
            root.dispose();
        }
        release();
    }

    /** Reads the bundles again and shows them, keeping the selected bundle selected. UI thread. */
    void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        List<PluginInfo> infos;
        try {
            infos = new ArrayList<>(plugins.plugins());
        } catch (RuntimeException e) {
            LOG.error("Could not list the bundles for the Plugins view", e);
            summary.setText("Could not list the bundles: " + Failures.message(e));
            return;
        }
        infos.sort(comparator());
        shown = List.copyOf(infos);
        table.setRedraw(false);
        try {
            table.setItemCount(shown.size());
            int selectedIndex = -1;
            for (int i = 0; i < shown.size(); i++) {
                PluginInfo info = shown.get(i);
                TableItem item = table.getItem(i);
                item.setText(new String[] {Long.toString(info.bundleId()), info.symbolicName(), info.version(),
                        PluginActions.state(info), PluginActions.source(info),
                        PluginActions.problemSummary(info.problem())});
                item.setForeground(PROBLEM_COLUMN,
                        info.problem().isPresent() ? table.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
                item.setData(info);
                if (info.bundleId() == selectedBundle) {
                    selectedIndex = i;
                }
            }
            if (selectedIndex >= 0) {
                table.setSelection(selectedIndex);
            } else {
                table.deselectAll();
                if (selectedBundle >= 0) {
                    selectedBundle = -1;
                    site.setSelection(new Selection(ID, List.of()));
                }
            }
        } finally {
            table.setRedraw(true);
        }
        summary.setText(PluginActions.summary(shown));
        summary.getParent().layout(new Control[] {summary});
        showDetails();
        updateButtons();
    }

    /** The bundles shown, in table order; for tests. */
    List<PluginInfo> shown() {
        return shown;
    }

    /** The table; for tests. */
    Table table() {
        return table;
    }

    /** Whether Start, Stop and Uninstall are enabled now; for tests. */
    boolean[] buttonStates() {
        return new boolean[] {start.getEnabled(), stop.getEnabled(), uninstall.getEnabled()};
    }

    /** Selects the row of a bundle as if the analyst clicked it; for tests and after an install. */
    void select(long bundleId) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).bundleId() == bundleId) {
                table.setSelection(i);
                table.showSelection();
                selectionChanged();
                return;
            }
        }
    }

    /** Starts the selected bundle in a job. */
    void startSelected() {
        selected().ifPresent(info -> runOnBundle(info, "Start " + info.symbolicName(), () -> {
            plugins.start(info.bundleId());
            return info;
        }, "Started " + info.symbolicName()));
    }

    /** Stops the selected bundle in a job. */
    void stopSelected() {
        selected().ifPresent(info -> runOnBundle(info, "Stop " + info.symbolicName(), () -> {
            plugins.stop(info.bundleId());
            return info;
        }, "Stopped " + info.symbolicName()));
    }

    /** Asks, then uninstalls the selected bundle in a job. */
    void uninstallSelected() {
        Optional<PluginInfo> selected = selected();
        if (selected.isEmpty()) {
            return;
        }
        PluginInfo info = selected.get();
        MessageBox confirm = new MessageBox(table.getShell(), SWT.ICON_QUESTION | SWT.YES | SWT.NO);
        confirm.setText("Uninstall Plugin");
        confirm.setMessage("Uninstall " + info.symbolicName() + " " + info.version() + "?\n\n"
                + "Its views, commands and services go away now"
                + (info.fromPluginFolder() ? ", and its jar is deleted from the plugin folder." : "."));
        if (confirm.open() != SWT.YES) {
            return;
        }
        uninstall(info);
    }

    /** Uninstalls a bundle in a job, without asking; for tests and after the confirmation. */
    void uninstall(PluginInfo info) {
        runOnBundle(info, "Uninstall " + info.symbolicName(), () -> {
            plugins.uninstall(info.bundleId());
            return info;
        }, "Uninstalled " + info.symbolicName());
    }

    /** Installs a jar in a job and selects the new bundle when done; for tests and after the file dialog. */
    void install(Path jar) {
        run("Install plugin " + jar.getFileName(), () -> plugins.install(jar),
                installed -> "Installed " + installed.symbolicName() + " " + installed.version(),
                installed -> select(installed.bundleId()), () -> {
                });
    }

    private void installFromFile() {
        FileDialog dialog = new FileDialog(table.getShell(), SWT.OPEN);
        dialog.setText("Install Plugin from File");
        dialog.setFilterExtensions(new String[] {"*.jar", "*"});
        dialog.setFilterNames(new String[] {"Bundles (*.jar)", "All files"});
        try {
            Path folder = plugins.pluginFolder();
            if (folder != null && folder.getParent() != null) {
                dialog.setFilterPath(folder.getParent().toString());
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not read the plugin folder", e);
        }
        String file = dialog.open();
        if (file != null) {
            install(Path.of(file));
        }
    }

    private void runOnBundle(PluginInfo info, String name, PluginCall<PluginInfo> call, String doneMessage) {
        busy.add(info.bundleId());
        updateButtons();
        run(name, call, done -> doneMessage, done -> {
        }, () -> busy.remove(info.bundleId()));
    }

    /**
     * Runs {@code call} as a job. On the UI thread afterwards: {@code always} runs, the status bar shows the outcome,
     * and, while this view is still open (stopping this very bundle closes it), the table is refreshed and either
     * {@code afterwards} gets the result or the failure is reported.
     */
    private <T> void run(String name, PluginCall<T> call, Function<T, String> doneMessage, Consumer<T> afterwards,
            Runnable always) {
        workbench.setStatus(name + "\u2026");
        Job<T> job = jobs.submit(name, jobContext -> call.call());
        job.result().whenComplete((result, failure) -> {
            if (failure != null) {
                LOG.warn("{} failed: {}", name, Failures.message(failure), Failures.cause(failure));
            }
            workbench.asyncExec(() -> {
                always.run();
                workbench.setStatus(failure == null ? doneMessage.apply(result) : name + " failed");
                if (table == null || table.isDisposed()) {
                    return;
                }
                refresh();
                if (failure == null) {
                    afterwards.accept(result);
                } else {
                    errorReporter.accept(name + " failed.\n\n" + Failures.message(failure));
                }
            });
        });
    }

    private Optional<PluginInfo> selected() {
        int index = table.getSelectionIndex();
        return index < 0 || index >= shown.size() ? Optional.empty() : Optional.of(shown.get(index));
    }

    private void selectionChanged() {
        Optional<PluginInfo> info = selected();
        long id = info.map(PluginInfo::bundleId).orElse(-1L);
        if (id != selectedBundle) {
            selectedBundle = id;
            site.setSelection(info
                    .map(each -> Selection.of(ID, new Ref(Ref.KIND_BUNDLE, Long.toString(each.bundleId()),
                            each.symbolicName())))
                    .orElseGet(() -> new Selection(ID, List.of())));
        }
        showDetails();
        updateButtons();
    }

    private void showDetails() {
        Optional<PluginInfo> info = selected();
        String text;
        if (info.isPresent()) {
            text = PluginActions.details(info.get());
        } else {
            String folder;
            try {
                folder = String.valueOf(plugins.pluginFolder());
            } catch (RuntimeException e) {
                LOG.warn("Could not read the plugin folder", e);
                folder = "unknown (" + Failures.message(e) + ")";
            }
            text = "Select a bundle to see its location, services and problem.\n\n"
                    + "Plugin folder: " + folder + "\n"
                    + "A bundle jar dropped there, or installed with Install from File\u2026, adds its views, "
                    + "commands and services while Ariadne runs; removing the jar removes them.";
        }
        if (!text.equals(details.getText())) {
            details.setText(text);
        }
    }

    private void updateButtons() {
        Optional<PluginInfo> info = selected().filter(each -> !busy.contains(each.bundleId()));
        start.setEnabled(info.map(PluginActions::canStart).orElse(false));
        stop.setEnabled(info.map(PluginActions::canStop).orElse(false));
        uninstall.setEnabled(info.map(PluginActions::canUninstall).orElse(false));
    }

    private void sortBy(int column) {
        if (sortColumn == column) {
            sortUp = !sortUp;
        } else {
            sortColumn = column;
            sortUp = true;
        }
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(sortUp ? SWT.UP : SWT.DOWN);
        refresh();
    }

    private Comparator<PluginInfo> comparator() {
        Comparator<PluginInfo> byColumn = switch (sortColumn) {
            case 1 -> Comparator.comparing(info -> info.symbolicName().toLowerCase(Locale.ROOT));
            case 2 -> Comparator.comparing(PluginInfo::version);
            case 3 -> Comparator.comparing(PluginActions::state);
            case 4 -> Comparator.comparing(PluginActions::source);
            case 5 -> Comparator.comparing(info -> PluginActions.problemSummary(info.problem()));
            default -> Comparator.comparingLong(PluginInfo::bundleId);
        };
        Comparator<PluginInfo> ordered = sortUp ? byColumn : byColumn.reversed();
        return ordered.thenComparingLong(PluginInfo::bundleId);
    }

    private void scheduleRefresh() {
        Workbench target = workbench;
        if (target != null && refreshPending.compareAndSet(false, true)) {
            target.asyncExec(() -> {
                refreshPending.set(false);
                if (table != null && !table.isDisposed()) {
                    refresh();
                }
            });
        }
    }

    private void openErrorBox(String message) {
        MessageBox box = new MessageBox(table.getShell(), SWT.ICON_ERROR | SWT.OK);
        box.setText("Plugins");
        box.setMessage(message);
        box.open();
    }

    private static Button button(Composite parent, String text, String tip) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tip);
        return button;
    }

    private void release() {
        if (listening) {
            listening = false;
            try {
                context.removeBundleListener(bundleListener);
            } catch (IllegalStateException e) {
                LOG.debug("The bundle context is no longer valid; its listeners are gone with it", e);
            }
        }
    }

    /** A blocking PluginService call run inside a job. */
    @FunctionalInterface
    interface PluginCall<T> {
        T call() throws PluginException;
    }
}
