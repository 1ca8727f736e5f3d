package dev.ariadne.ui.platform.internal.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.ariadne.api.plugins.ComponentProblem;
import dev.ariadne.api.plugins.PluginException;
import dev.ariadne.api.plugins.PluginInfo;
import dev.ariadne.api.plugins.PluginService;
import dev.ariadne.api.selection.Ref;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.testing.FakeJobService;
import dev.ariadne.ui.testing.FakeWorkbench;
import dev.ariadne.ui.testing.Swt;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

class PluginsViewTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private Display display;
    private Shell shell;
    private Composite parent;
    private FakeJobService jobs;
    private FakePlugins plugins;
    private final List<BundleListener> listeners = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private FakeWorkbench workbench;
    private FakeWorkbench.Site site;
    private PluginsView view;

    @BeforeEach
    void open() {
        display = Swt.display();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 600);
        parent = new Composite(shell, SWT.NONE);
        parent.setLayout(new FillLayout());
        jobs = new FakeJobService();
        plugins = new FakePlugins();
        plugins.put(new PluginInfo(0, "org.apache.felix.framework", "7.0.5", "System Bundle", "ACTIVE",
                "System Bundle", false, false, Optional.empty(), List.of("org.osgi.service.packageadmin.PackageAdmin")));
        plugins.put(new PluginInfo(4, "dev.ariadne.core", "0.1.0.SNAPSHOT", "Ariadne core", "ACTIVE",
                "reference:file:bundles/core.jar", false, false, Optional.empty(),
                List.of("dev.ariadne.api.jobs.JobService")));
        plugins.put(new PluginInfo(12, "org.example.broken", "1.0.0", "Broken plugin", "INSTALLED",
                "file:/work/plugins/broken.jar", true, false,
                Optional.of("Unresolved requirement: Import-Package: org.missing\n  at the resolver"), List.of()));
        plugins.put(new PluginInfo(13, "org.example.graph", "2.1.0", "Graph plugin", "RESOLVED",
                "file:/work/plugins/graph.jar", true, false, Optional.empty(), List.of()));
        BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "addBundleListener" -> listeners.add((BundleListener) args[0]);
                    case "removeBundleListener" -> listeners.remove(args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        view = new PluginsView(plugins, jobs, context);
        view.errorReporter = errors::add;
        workbench = new FakeWorkbench(shell);
        site = workbench.site(PluginsView.ID);
        view.createControl(parent, site);
        shell.open();
        Swt.drain();
    }

    @AfterEach
    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
        if (jobs != null) {
            jobs.close();
        }
    }

    @Test
    void listsEveryBundleWithItsProblemInRed() {
        assertThat(view.table().getItemCount()).isEqualTo(4);
        assertThat(view.table().getItem(2).getText(1)).isEqualTo("org.example.broken");
        assertThat(view.table().getItem(2).getText(3)).isEqualTo("Installed");
        assertThat(view.table().getItem(2).getText(4)).isEqualTo("plugin folder");
        assertThat(view.table().getItem(2).getText(5)).isEqualTo("Unresolved requirement: Import-Package: org.missing \u2026");
        assertThat(view.table().getItem(2).getForeground(5)).isEqualTo(display.getSystemColor(SWT.COLOR_RED));
        assertThat(view.table().getItem(1).getText(4)).isEqualTo("product");
        assertThat(view.buttonStates()).containsExactly(false, false, false);
        assertThat(listeners).hasSize(1);
    }

    @Test
    void selectingARowPublishesABundleSelectionAndEnablesItsActions() {
        view.select(13);

        Selection selection = site.selections.get(site.selections.size() - 1);
        assertThat(selection.source()).isEqualTo(PluginsView.ID);
        assertThat(selection.items()).containsExactly(new Ref(Ref.KIND_BUNDLE, "13", "org.example.graph"));
        assertThat(view.buttonStates()).containsExactly(true, false, true);

        view.select(4);
        assertThat(view.buttonStates()).containsExactly(false, true, true);
        view.select(0);
        assertThat(view.buttonStates()).containsExactly(false, false, false);
    }

    @Test
    void startRunsInAJobAndTheTableFollows() {
        view.select(13);
        view.startSelected();

        Swt.waitUntil("the started bundle", WAIT, () -> "Active".equals(view.table().getItem(3).getText(3)));
        assertThat(jobs.submitted).containsExactly("Start org.example.graph");
        assertThat(plugins.calls).containsExactly("start 13");
        assertThat(plugins.threads).noneMatch(name -> name.equals(Thread.currentThread().getName()));
        assertThat(view.buttonStates()).containsExactly(false, true, true);
        assertThat(workbench.statuses).contains("Started org.example.graph");
    }

    @Test
    void aFailureShowsThePluginExceptionMessage() {
        view.select(12);
        view.startSelected();

        Swt.waitUntil("the error report", WAIT, () -> !errors.isEmpty());
        assertThat(errors.get(0)).isEqualTo("Start org.example.broken failed.\n\n"
                + "Could not resolve org.example.broken: missing package org.missing");
        assertThat(view.buttonStates()).containsExactly(true, false, true);
    }

    @Test
    void installSelectsTheNewBundleAndUninstallRemovesIt() {
        view.install(Path.of("/tmp/new-plugin.jar"));
        Swt.waitUntil("the installed bundle", WAIT, () -> view.table().getItemCount() == 5);
        Swt.waitUntil("its selection", WAIT, () -> view.table().getSelectionCount() == 1);
        assertThat(view.table().getSelection()[0].getText(1)).isEqualTo("org.example.new-plugin");

        view.uninstall(plugins.plugins().get(4));
        Swt.waitUntil("the uninstalled bundle to go", WAIT, () -> view.table().getItemCount() == 4);
        assertThat(site.selections.get(site.selections.size() - 1).isEmpty()).isTrue();
        assertThat(plugins.calls).containsExactly("install /tmp/new-plugin.jar", "uninstall 14");
    }

    @Test
    void aBundleEventRefreshesTheTableFromAnyThread() throws InterruptedException {
        plugins.put(new PluginInfo(20, "org.example.dropped", "1.0.0", "Dropped", "ACTIVE",
                "file:/work/plugins/dropped.jar", true, false, Optional.empty(), List.of()));
        Bundle bundle = (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> null);
        Thread framework = new Thread(() -> listeners.forEach(listener -> listener.bundleChanged(
                new BundleEvent(BundleEvent.STARTED, bundle))), "framework-events");
        framework.start();
        framework.join();

        Swt.waitUntil("the dropped bundle", WAIT, () -> view.table().getItemCount() == 5);
    }

    @Test
    void sortingByAColumnKeepsTheSelection() {
        view.select(12);
        view.table().getColumn(1).notifyListeners(SWT.Selection, null);
        assertThat(view.shown()).extracting(PluginInfo::symbolicName).containsExactly("dev.ariadne.core",
                "org.apache.felix.framework", "org.example.broken", "org.example.graph");
        view.table().getColumn(1).notifyListeners(SWT.Selection, null);
        assertThat(view.shown().get(0).symbolicName()).isEqualTo("org.example.graph");
        assertThat(view.table().getSelection()[0].getText(1)).isEqualTo("org.example.broken");
    }

    @Test
    void screenshot() throws IOException {
        plugins.put(new PluginInfo(31, "org.example.timeline", "1.2.0", "Timeline view", "ACTIVE",
                "file:/home/analyst/ariadne/plugins/timeline.jar", true, false, Optional.empty(),
                List.of("dev.ariadne.ui.api.WorkbenchView", "dev.ariadne.ui.api.WorkbenchCommand")));
        view.refresh();
        shell.setSize(1100, 520);
        view.select(31);

        assertThat(Swt.screenshot(shell, "plugins-view.png")).isNotEmptyFile();
    }

    @Test
    void aJobThatEndsAfterTheViewClosedStillReportsInTheStatusBar() {
        plugins.gate = new CountDownLatch(1);
        view.select(13);
        view.startSelected();
        view.dispose();
        plugins.gate.countDown();

        Swt.waitUntil("the status", WAIT, () -> workbench.statuses.contains("Started org.example.graph"));
        assertThat(errors).isEmpty();
    }

    @Test
    void disposeRemovesTheBundleListener() {
        view.dispose();
        assertThat(listeners).isEmpty();
        assertThat(parent.getChildren()).isEmpty();
    }

    /** Bundles in memory; start of a bundle with a problem fails like an unresolved bundle does. */
    static final class FakePlugins implements PluginService {
        final Map<Long, PluginInfo> bundles = new ConcurrentHashMap<>();
        final List<String> calls = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        volatile CountDownLatch gate = new CountDownLatch(0);

        void put(PluginInfo info) {
            bundles.put(info.bundleId(), info);
        }

        @Override
        public List<PluginInfo> plugins() {
            List<PluginInfo> list = new ArrayList<>(bundles.values());
            list.sort((a, b) -> Long.compare(a.bundleId(), b.bundleId()));
            return list;
        }

        @Override
        public List<ComponentProblem> componentProblems() {
            return List.of();
        }

        @Override
        public Path pluginFolder() {
            return Path.of("/work/plugins");
        }

        @Override
        public PluginInfo install(Path jar) {
            record("install " + jar);
            long id = bundles.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
            String name = jar.getFileName().toString().replace(".jar", "");
            PluginInfo info = new PluginInfo(id, "org.example." + name, "1.0.0", name, "ACTIVE",
                    "file:/work/plugins/" + jar.getFileName(), true, false, Optional.empty(), List.of());
            put(info);
            return info;
        }

        @Override
        public void start(long bundleId) throws PluginException {
            record("start " + bundleId);
            try {
                if (!gate.await(10, TimeUnit.SECONDS)) {
                    throw new PluginException("the test never opened the gate", null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PluginException("interrupted", e);
            }
            PluginInfo info = bundles.get(bundleId);
            if (info.problem().isPresent()) {
                throw new PluginException("Could not resolve " + info.symbolicName() + ": missing package org.missing",
                        null);
            }
            put(with(info, "ACTIVE"));
        }

        @Override
        public void stop(long bundleId) {
            record("stop " + bundleId);
            put(with(bundles.get(bundleId), "RESOLVED"));
        }

        @Override
        public void uninstall(long bundleId) {
            record("uninstall " + bundleId);
            bundles.remove(bundleId);
        }

        private void record(String call) {
            calls.add(call);
            threads.add(Thread.currentThread().getName());
        }

        private static PluginInfo with(PluginInfo info, String state) {
            return new PluginInfo(info.bundleId(), info.symbolicName(), info.version(), info.name(), state,
                    info.location(), info.fromPluginFolder(), info.fragment(), info.problem(), info.services());
        }
    }
}
