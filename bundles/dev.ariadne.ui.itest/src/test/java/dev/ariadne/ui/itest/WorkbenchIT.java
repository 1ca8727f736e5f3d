package dev.ariadne.ui.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.events.Topics;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.selection.Ref;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.api.undo.UndoService;
import dev.ariadne.api.undo.UndoableChange;
import dev.ariadne.ui.api.CommandContext;
import dev.ariadne.ui.api.ViewDescriptor;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.api.WorkbenchCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ProgressBar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The UI smoke test: the real desktop bundles on Felix, the workbench's Display on its own thread. Creates a case,
 * opens every contributed view through Window &gt; Show View, and checks the whiteboards, the robustness against bad
 * views, the selection bridge and the layout saved per case. Screenshots go to {@code target/screenshots}.
 */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchIT {
    private static final long OPEN_TIMEOUT = 30_000;
    private static final String PROGRESS_VIEW = "dev.ariadne.ui.platform.progress";

    @InjectBundleContext
    static BundleContext context;

    @InjectService(timeout = 60_000)
    static CaseService cases;

    @InjectService(timeout = 60_000)
    static Workbench workbench;

    @InjectService(timeout = 60_000)
    static JobService jobs;

    @InjectService(timeout = 60_000)
    static ServiceComponentRuntime runtime;

    @InjectService(timeout = 60_000)
    static UndoService undo;

    static Ui ui;
    static Path caseFolder;
    static Path screenshots;

    @BeforeAll
    static void openCase() throws Exception {
        ui = new Ui(workbench);
        String dir = context.getProperty("ariadne.screenshots");
        screenshots = Path.of(dir == null ? "target/screenshots" : dir);
        caseFolder = Files.createTempDirectory("ariadne-ui-itest").resolve("smoke-case");
        Case created = cases.create(caseFolder, "Smoke test case");
        ui.waitForUi("the window to show the new case", OPEN_TIMEOUT,
                () -> workbench.currentCase().map(c -> c.id().equals(created.id())).orElse(false)
                        && workbench.shell().getText().contains("Smoke test case"));
    }

    @AfterAll
    static void release() {
        TestView.RELEASE.countDown();
    }

    @Test
    @Order(1)
    void everyContributedViewOpensThroughShowView() throws Exception {
        ui.screenshot(screenshots, "00-start");
        List<String> ids = ui.call(() -> ui.showViewItems().stream().map(i -> (String) i.getData(Ui.VIEW_ID)).toList());
        List<String> described = ui.call(() -> workbench.views().stream().map(ViewDescriptor::id).toList());
        assertThat(ids).as("Show View lists every contributed view").containsExactlyElementsOf(described);
        assertThat(ids).as("the product contributes views").isNotEmpty();
        int step = 1;
        for (String id : ids) {
            ui.run(() -> Ui.select(ui.showViewItems().stream().filter(i -> id.equals(i.getData(Ui.VIEW_ID)))
                    .findFirst().orElseThrow(() -> new AssertionError("Show View lost " + id))));
            ui.waitForUi("view " + id + " to finish opening", OPEN_TIMEOUT,
                    () -> ui.state(id) != null && !"opening".equals(ui.state(id)));
            String state = ui.call(() -> ui.state(id));
            String error = ui.call(() -> ui.error(id));
            assertThat(state).as("view %s opened without an error page (%s)", id, error).isEqualTo("open");
            ui.screenshot(screenshots, String.format("%02d-%s", step++, id));
        }
        assertThat(ui.call(workbench::openViews)).containsAll(ids);
        ui.screenshot(screenshots, "workbench");
    }

    @Test
    @Order(2)
    void aViewServiceAppearsInShowViewAndItsTabClosesWhenItGoes() throws Exception {
        ServiceRegistration<?> registration = TestView.register(context, "itest.transient", "Transient view",
                "right", TestView.Behaviour.FINE, null);
        String id = TestView.id(registration);
        try {
            ui.waitForUi("the new view in Show View", OPEN_TIMEOUT,
                    () -> ui.showViewItems().stream().anyMatch(i -> id.equals(i.getData(Ui.VIEW_ID))));
            ui.run(() -> Ui.select(ui.showViewItems().stream().filter(i -> id.equals(i.getData(Ui.VIEW_ID)))
                    .findFirst().orElseThrow()));
            ui.waitForUi("the new view to open", OPEN_TIMEOUT, () -> "open".equals(ui.state(id)));
            assertThat(ui.call(() -> ui.stackOf(id))).isEqualTo("right");
            ui.screenshot(screenshots, "transient-view-open");
        } finally {
            registration.unregister();
        }
        ui.waitForUi("the tab of the unregistered view to close", OPEN_TIMEOUT, () -> ui.tab(id).isEmpty());
        assertThat(ui.call(() -> workbench.shell().isDisposed())).isFalse();
        assertThat(ui.call(() -> ui.showViewItems().stream().noneMatch(i -> id.equals(i.getData(Ui.VIEW_ID)))))
                .as("Show View no longer lists the view").isTrue();
        assertThat(ui.call(workbench::openViews)).doesNotContain(id);

        // the layout kept its place: when the service comes back, the view reopens there by itself
        ServiceRegistration<?> again = TestView.register(context, id, "Transient view", "right",
                TestView.Behaviour.FINE, null);
        try {
            ui.waitForUi("the view to reopen when its service returns", OPEN_TIMEOUT,
                    () -> "open".equals(ui.state(id)) && "right".equals(ui.stackOf(id)));
        } finally {
            again.unregister();
        }
        ui.waitForUi("the tab to close again", OPEN_TIMEOUT, () -> ui.tab(id).isEmpty());
    }

    @Test
    @Order(3)
    void badViewsShowErrorPagesAndTheWorkbenchStaysUsable() throws Exception {
        List<ServiceRegistration<?>> registrations = List.of(
                TestView.register(context, "itest.activationThrows", "Throwing activation", "bottom",
                        TestView.Behaviour.ACTIVATION_THROWS, null),
                TestView.register(context, "itest.activationHangs", "Hanging activation", "bottom",
                        TestView.Behaviour.ACTIVATION_HANGS, null),
                TestView.register(context, "itest.createThrows", "Throwing createControl", "bottom",
                        TestView.Behaviour.CREATE_THROWS, null),
                TestView.register(context, "itest.createHangs", "Hanging createControl", "bottom",
                        TestView.Behaviour.CREATE_HANGS, null));
        List<String> ids = registrations.stream().map(TestView::id).toList();
        try {
            for (ServiceRegistration<?> registration : registrations) {
                String id = TestView.id(registration);
                ui.waitForUi(id + " in Show View", OPEN_TIMEOUT,
                        () -> ui.showViewItems().stream().anyMatch(i -> id.equals(i.getData(Ui.VIEW_ID))));
                ui.run(() -> Ui.select(ui.showViewItems().stream().filter(i -> id.equals(i.getData(Ui.VIEW_ID)))
                        .findFirst().orElseThrow()));
            }
            for (ServiceRegistration<?> registration : registrations) {
                String id = TestView.id(registration);
                ui.waitForUi(id + " to show an error page", OPEN_TIMEOUT, () -> "error".equals(ui.state(id)));
                assertThat(ui.call(() -> ui.error(id))).contains("could not be opened");
            }
            assertThat(ui.call(() -> ui.error("itest.activationHangs"))).contains("did not start within");
            assertThat(ui.call(() -> ui.error("itest.createHangs"))).contains("blocked the window");
            ui.screenshot(screenshots, "error-pages");
            // the window still answers: a menu opens, a view can be shown, the UI thread runs tasks at once
            long start = System.nanoTime();
            assertThat(ui.call(() -> ui.showViewItems().size())).isPositive();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5_000);
            String first = ui.call(() -> workbench.views().get(0).id());
            assertThat(ui.call(() -> workbench.showView(first))).isTrue();
        } finally {
            TestView.RELEASE.countDown();
            registrations.forEach(ServiceRegistration::unregister);
        }
        for (String id : ids) {
            ui.waitForUi(id + " to close", OPEN_TIMEOUT, () -> ui.tab(id).isEmpty());
        }
    }

    @Test
    @Order(3)
    void aDeclarativeServicesViewWhoseActivateThrowsShowsTheReason() throws Exception {
        ComponentDescriptionDTO description = runtime.getComponentDescriptionDTO(context.getBundle(),
                ThrowingDsView.NAME);
        assertThat(description).as("the test bundle declares the throwing DS view").isNotNull();
        runtime.enableComponent(description).getValue();
        String id = "itest.dsThrows";
        try {
            ui.waitForUi("the DS view in Show View", OPEN_TIMEOUT,
                    () -> ui.showViewItems().stream().anyMatch(i -> id.equals(i.getData(Ui.VIEW_ID))));
            ui.run(() -> Ui.select(ui.showViewItems().stream().filter(i -> id.equals(i.getData(Ui.VIEW_ID)))
                    .findFirst().orElseThrow()));
            ui.waitForUi("the DS view to show an error page", OPEN_TIMEOUT, () -> "error".equals(ui.state(id)));
            assertThat(ui.call(() -> ui.error(id))).startsWith("Throwing DS view could not be opened: ")
                    .as("the reason comes from the DS runtime").contains(ThrowingDsView.MESSAGE);
            assertThat(ui.call(() -> workbench.shell().isDisposed())).isFalse();
        } finally {
            runtime.disableComponent(description).getValue();
        }
        ui.waitForUi("the DS view's tab to close when it is disabled", OPEN_TIMEOUT, () -> ui.tab(id).isEmpty());
    }

    @Test
    @Order(4)
    void aRegisteredCommandAppearsInItsMenuAndRuns() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        AtomicReference<CommandContext> seen = new AtomicReference<>();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("ariadne.command.id", "itest.hello");
        props.put("ariadne.command.label", "Say &Hello");
        props.put("ariadne.command.menu", "Tools/Testing");
        props.put("ariadne.command.key", "M1+M3+H");
        props.put("ariadne.command.order", 10);
        ServiceRegistration<WorkbenchCommand> registration = context.registerService(WorkbenchCommand.class,
                commandContext -> {
                    seen.set(commandContext);
                    ran.countDown();
                }, props);
        try {
            ui.waitForUi("the command in Tools > Testing", OPEN_TIMEOUT,
                    () -> Ui.findCommand(ui.topMenu("Tools"), "itest.hello").isPresent());
            ui.run(() -> {
                MenuItem item = Ui.findCommand(ui.topMenu("Tools"), "itest.hello").orElseThrow();
                assertThat(item.getAccelerator()).isNotZero();
                Ui.select(item);
            });
            assertThat(ran.await(15, TimeUnit.SECONDS)).as("the command ran").isTrue();
            assertThat(seen.get().workbench()).isSameAs(workbench);
            assertThat(seen.get().currentCase()).isPresent();
        } finally {
            registration.unregister();
        }
        // a command that throws is reported in an error dialog and the window goes on
        Dictionary<String, Object> failingProps = new Hashtable<>();
        failingProps.put("ariadne.command.id", "itest.failing");
        failingProps.put("ariadne.command.label", "Fail on &Purpose");
        failingProps.put("ariadne.command.menu", "Tools/Testing");
        ServiceRegistration<WorkbenchCommand> failing = context.registerService(WorkbenchCommand.class,
                commandContext -> {
                    throw new IllegalStateException("the test command fails on purpose");
                }, failingProps);
        try {
            ui.waitForUi("the failing command in Tools > Testing", OPEN_TIMEOUT,
                    () -> Ui.findCommand(ui.topMenu("Tools"), "itest.failing").isPresent());
            ui.run(() -> Ui.select(Ui.findCommand(ui.topMenu("Tools"), "itest.failing").orElseThrow()));
            ui.waitForUi("an error dialog naming the failure", OPEN_TIMEOUT, () -> errorDialogText()
                    .contains("the test command fails on purpose"));
            ui.run(() -> {
                for (org.eclipse.swt.widgets.Shell shell : workbench.shell().getShells()) {
                    if ("error".equals(shell.getData("ariadne.dialog"))) {
                        shell.close();
                    }
                }
            });
        } finally {
            failing.unregister();
        }
        assertThat(ui.call(() -> workbench.shell().isDisposed())).isFalse();
        ui.waitForUi("the command to leave the menu", OPEN_TIMEOUT, () -> {
            for (MenuItem top : workbench.shell().getMenuBar().getItems()) {
                if (Ui.findCommand(top.getMenu(), "itest.hello").isPresent()) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    @Order(5)
    void aViewsSelectionReachesEventAdmin() throws Exception {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Dictionary<String, Object> handlerProps = new Hashtable<>();
        handlerProps.put(EventConstants.EVENT_TOPIC, Topics.SELECTION_CHANGED);
        ServiceRegistration<EventHandler> handler = context.registerService(EventHandler.class, events::add,
                handlerProps);
        AtomicReference<TestView> view = new AtomicReference<>();
        ServiceRegistration<?> registration = TestView.register(context, "itest.selecting", "Selecting view",
                "center", TestView.Behaviour.FINE, view);
        String id = TestView.id(registration);
        try {
            ui.waitForUi("the selecting view in Show View", OPEN_TIMEOUT,
                    () -> ui.showViewItems().stream().anyMatch(i -> id.equals(i.getData(Ui.VIEW_ID))));
            assertThat(ui.call(() -> workbench.showView(id))).isTrue();
            ui.waitForUi("the selecting view to open", OPEN_TIMEOUT, () -> "open".equals(ui.state(id)));
            List<Selection> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
            AutoCloseable listening = ui.call(() -> workbench.onSelection(heard::add));
            ui.run(() -> view.get().site.get().setSelection(
                    Selection.of(id, new Ref(Ref.KIND_DOCUMENT, "doc-1", "Document one"))));
            Event event = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (System.nanoTime() < deadline) {
                Event next = events.poll(200, TimeUnit.MILLISECONDS);
                if (next != null && id.equals(next.getProperty(Topics.SELECTION_SOURCE))
                        && ((String[]) next.getProperty(Topics.SELECTION_IDS)).length == 1) {
                    event = next;
                    break;
                }
            }
            assertThat(event).as("a selection event from the view").isNotNull();
            assertThat((String[]) event.getProperty(Topics.SELECTION_IDS)).containsExactly("doc-1");
            assertThat((String[]) event.getProperty(Topics.SELECTION_KINDS)).containsExactly(Ref.KIND_DOCUMENT);
            assertThat(ui.call(() -> workbench.selection().items())).extracting(Ref::id).containsExactly("doc-1");
            assertThat(heard).extracting(Selection::source).contains(id);
            listening.close();
        } finally {
            registration.unregister();
            handler.unregister();
        }
    }

    @Test
    @Order(6)
    void theLayoutIsSavedWithTheCaseAndRestoredWhenItOpensAgain() throws Exception {
        ServiceRegistration<?> registration = TestView.register(context, "itest.layout", "Layout probe", "left",
                TestView.Behaviour.FINE, null);
        String id = TestView.id(registration);
        try {
            ui.waitForUi("the probe view in Show View", OPEN_TIMEOUT,
                    () -> ui.showViewItems().stream().anyMatch(i -> id.equals(i.getData(Ui.VIEW_ID))));
            ui.run(() -> Ui.select(ui.showViewItems().stream().filter(i -> id.equals(i.getData(Ui.VIEW_ID)))
                    .findFirst().orElseThrow()));
            ui.waitForUi("the probe view to open", OPEN_TIMEOUT, () -> "open".equals(ui.state(id)));
            Map<String, String> before = ui.call(this::stacks);
            assertThat(before).containsEntry(id, "left");

            ui.run(() -> Ui.select(Ui.findCommand(ui.topMenu("File"), "dev.ariadne.ui.closeCase").orElseThrow()));
            ui.waitForUi("the case to close", OPEN_TIMEOUT,
                    () -> workbench.currentCase().isEmpty() && ui.tab(id).isEmpty());
            assertThat(cases.current()).isEmpty();
            ui.screenshot(screenshots, "no-case");

            Case reopened = cases.open(caseFolder);
            ui.waitForUi("the case and its layout to come back", OPEN_TIMEOUT,
                    () -> workbench.currentCase().isPresent() && stacks().equals(before)
                            && stacks().keySet().stream().noneMatch(v -> "opening".equals(ui.state(v))));
            assertThat(reopened.records("dev.ariadne.ui").get("layout")).get().asString().contains(id);
            assertThat(ui.call(() -> ui.state(id))).isEqualTo("open");
            ui.screenshot(screenshots, "layout-restored");
        } finally {
            registration.unregister();
        }
    }

    @Test
    @Order(7)
    void aRunningJobShowsItsProgressInTheStatusBar() throws Exception {
        CountDownLatch finish = new CountDownLatch(1);
        jobs.submit("Smoke test job", context -> {
            context.total(10, -1);
            context.worked(4, 0);
            context.current("item 4");
            finish.await(60, TimeUnit.SECONDS);
            return null;
        });
        try {
            ui.waitForUi("the job's progress bar in the status bar", OPEN_TIMEOUT,
                    () -> !visible(statusBar(), ProgressBar.class).isEmpty()
                            && visible(statusBar(), Label.class).stream()
                                    .anyMatch(l -> ((Label) l).getText().startsWith("Smoke test job  40%")));
            ui.screenshot(screenshots, "job-running");
            boolean progressView = ui.call(() -> workbench.views().stream()
                    .anyMatch(v -> PROGRESS_VIEW.equals(v.id())));
            if (progressView) {
                // clicking the job in the status bar brings the Progress view to the front; the status bar may
                // show another job for a moment (the workbench's own), so the label is found and clicked in one step
                ui.waitForUi("the job's label in the status bar, clicked", OPEN_TIMEOUT, () -> {
                    Optional<Label> job = visible(statusBar(), Label.class).stream().map(Label.class::cast)
                            .filter(l -> l.getText().startsWith("Smoke test job")).findFirst();
                    job.ifPresent(l -> l.notifyListeners(SWT.MouseUp, new org.eclipse.swt.widgets.Event()));
                    return job.isPresent();
                });
                ui.waitForUi("the Progress view in front", OPEN_TIMEOUT, () -> ui.tab(PROGRESS_VIEW)
                        .map(t -> t.getParent().getSelection() == t).orElse(false));
            }
        } finally {
            finish.countDown();
        }
        ui.waitForUi("the progress bar to go when the job ends", OPEN_TIMEOUT,
                () -> visible(statusBar(), ProgressBar.class).isEmpty());
    }

    @Test
    @Order(8)
    void doubleClickOnATabMaximisesItsStackAndAgainRestoresIt() throws Exception {
        String id = ui.call(() -> workbench.openViews().get(0));
        ui.run(() -> doubleClick(ui.tab(id).orElseThrow()));
        ui.waitForUi("the stack to be maximised and the others hidden", OPEN_TIMEOUT, () -> {
            CTabFolder maximised = ui.tab(id).orElseThrow().getParent();
            return maximised.getMaximized() && ui.folders().stream().filter(f -> f != maximised)
                    .allMatch(WorkbenchIT::hiddenOnScreen);
        });
        ui.screenshot(screenshots, "maximised");
        ui.run(() -> doubleClick(ui.tab(id).orElseThrow()));
        ui.waitForUi("the stack to be restored", OPEN_TIMEOUT,
                () -> !ui.tab(id).orElseThrow().getParent().getMaximized());
    }

    @Test
    @Order(9)
    void editUndoAndRedoFollowTheCaseHistory() throws Exception {
        Case current = ui.call(() -> workbench.currentCase().orElseThrow());
        java.util.concurrent.atomic.AtomicInteger answer = new java.util.concurrent.atomic.AtomicInteger();
        undo.execute(current, new UndoableChange() {
            @Override
            public String label() {
                return "Set the answer";
            }

            @Override
            public void apply() {
                answer.set(42);
            }

            @Override
            public void revert() {
                answer.set(0);
            }
        });
        assertThat(answer.get()).isEqualTo(42);
        ui.waitForUi("Edit > Undo to name the change", OPEN_TIMEOUT, () -> menuText("dev.ariadne.ui.undo")
                .startsWith("Undo Set the answer") && menuItem("dev.ariadne.ui.undo").isEnabled());
        ui.run(() -> Ui.select(menuItem("dev.ariadne.ui.undo")));
        Ui.waitFor("the change to be undone", OPEN_TIMEOUT, () -> answer.get() == 0);
        ui.waitForUi("Edit > Redo to name the change", OPEN_TIMEOUT, () -> menuText("dev.ariadne.ui.redo")
                .startsWith("Redo Set the answer") && menuItem("dev.ariadne.ui.redo").isEnabled()
                && !menuItem("dev.ariadne.ui.undo").isEnabled());
        ui.run(() -> Ui.select(menuItem("dev.ariadne.ui.redo")));
        Ui.waitFor("the change to be redone", OPEN_TIMEOUT, () -> answer.get() == 42);
    }

    @Test
    @Order(10)
    void resetLayoutBringsBackTheDefaultViewsInTheirStacks() throws Exception {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (org.osgi.framework.ServiceReference<?> reference : context.getServiceReferences(
                dev.ariadne.ui.api.WorkbenchView.class.getName(), "(ariadne.view.openByDefault=true)")) {
            Object area = reference.getProperty("ariadne.view.area");
            defaults.put((String) reference.getProperty("ariadne.view.id"), area == null ? "right" : area.toString());
        }
        ui.run(() -> Ui.select(Ui.findCommand(ui.topMenu("Window"), "dev.ariadne.ui.resetLayout").orElseThrow()));
        ui.waitForUi("the default layout", OPEN_TIMEOUT, () -> stacks().equals(defaults)
                || new java.util.HashSet<>(workbench.openViews()).equals(defaults.keySet())
                        && defaults.entrySet().stream().allMatch(e -> e.getValue().equals(ui.stackOf(e.getKey()))));
        ui.screenshot(screenshots, "reset-layout");
    }

    /** On the UI thread: a command's item in the Edit menu, refreshed as when the menu opens. */
    private static MenuItem menuItem(String commandId) {
        return Ui.findCommand(ui.topMenu("Edit"), commandId).orElseThrow();
    }

    private static String menuText(String commandId) {
        return menuItem(commandId).getText().replace("&", "");
    }

    /** On the UI thread: the texts of the open error dialogs, joined. */
    private static String errorDialogText() {
        StringBuilder text = new StringBuilder();
        for (org.eclipse.swt.widgets.Shell shell : workbench.shell().getShells()) {
            if ("error".equals(shell.getData("ariadne.dialog"))) {
                for (Control child : visible(shell, Label.class)) {
                    text.append(((Label) child).getText()).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** Whether a control or one of its parents is hidden, empty or parked off the window. */
    private static boolean hiddenOnScreen(Control control) {
        for (Control c = control; c != null && !(c instanceof org.eclipse.swt.widgets.Shell); c = c.getParent()) {
            if (!c.isVisible() || c.getSize().x == 0 || c.getSize().y == 0 || c.getLocation().x < 0) {
                return true;
            }
        }
        return false;
    }

    private static void doubleClick(CTabItem tab) {
        Rectangle bounds = tab.getBounds();
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.x = bounds.x + bounds.width / 2;
        event.y = bounds.y + bounds.height / 2;
        event.button = 1;
        event.count = 2;
        tab.getParent().notifyListeners(SWT.MouseDoubleClick, event);
    }

    /** On the UI thread: the window's status bar. */
    private static Composite statusBar() {
        for (Control child : workbench.shell().getChildren()) {
            if (child.getData("ariadne.statusBar") != null) {
                return (Composite) child;
            }
        }
        throw new AssertionError("no status bar");
    }

    /** On the UI thread: the visible controls of a type under a composite. */
    private static List<Control> visible(Composite root, Class<? extends Control> type) {
        List<Control> found = new java.util.ArrayList<>();
        for (Control child : root.getChildren()) {
            if (!child.isVisible()) {
                continue;
            }
            if (type.isInstance(child)) {
                found.add(child);
            }
            if (child instanceof Composite composite) {
                found.addAll(visible(composite, type));
            }
        }
        return found;
    }

    /** On the UI thread: each open view and its stack. */
    private Map<String, String> stacks() {
        Map<String, String> result = new LinkedHashMap<>();
        for (String view : workbench.openViews()) {
            result.put(view, ui.stackOf(view));
        }
        return result;
    }
}
