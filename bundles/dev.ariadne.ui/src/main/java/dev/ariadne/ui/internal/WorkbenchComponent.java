package dev.ariadne.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.importing.ImportService;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.api.WorkbenchCommand;
import dev.ariadne.ui.api.WorkbenchView;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.osgi.annotation.bundle.Capability;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench shell's root component. It owns the one SWT Display and its thread (the JVM main thread through
 * {@link UiMainThread} when {@code ariadne.ui.thread=main}, else a thread named {@code ariadne-ui}; with
 * {@code ariadne.ui.thread=early} that thread starts at once and the main thread waits for it, see {@link #UI_THREAD}),
 * tracks the view
 * and command whiteboards, registers the {@link Workbench} service while the window is open, and forwards case, job
 * and undo events to the window. DS calls its bind methods and {@link #handleEvent} on arbitrary threads; they only
 * record and hand over to the UI thread with {@code asyncExec}.
 */
@Component(immediate = true, service = EventHandler.class, configurationPid = UiConfig.PID,
        property = {EventConstants.EVENT_TOPIC + "=ariadne/case/*", EventConstants.EVENT_TOPIC + "=ariadne/job/*",
                EventConstants.EVENT_TOPIC + "=ariadne/undo/*"})
@Designate(ocd = UiConfig.class)
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=dev.ariadne.ui.api.Workbench",
        uses = Workbench.class)
public final class WorkbenchComponent implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchComponent.class);

    /**
     * Property that chooses the Display's thread. {@code main}: the JVM main thread, handed over by the launcher once
     * it has started the bundles of the first start level (macOS requires it). {@code early} (the desktop product):
     * on macOS as {@code main}; elsewhere a thread of its own started when this component activates, so that the
     * Display is made while the launcher still starts bundles, and the JVM main thread waits for that thread and
     * returns its exit code. Anything else (the UI tests): a thread of its own, the framework's life is the caller's.
     */
    static final String UI_THREAD = "ariadne.ui.thread";
    /** Property that makes the workbench report its first paint and exit. */
    static final String EXIT_AFTER_PAINT = "ariadne.exitAfterPaint";
    /** How long after the window opened the rest of the product starts when start-up has not settled. */
    static final long REST_START_FALLBACK_MILLIS = 10_000;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile JobService jobService;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EventAdmin eventAdmin;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ServiceComponentRuntime componentRuntime;

    /**
     * Imports the files dropped onto the window, while the importer runs. Bound as service objects and got at the
     * first drop, so that the importer is not activated while the window starts.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ComponentServiceObjects<ImportService> importService;

    volatile CaseService caseService;

    final ViewRegistry views = new ViewRegistry();
    final Map<Long, CommandContribution> commands = new ConcurrentHashMap<>();

    private volatile BundleContext context;
    volatile UiConfig config;
    private volatile WorkbenchWindow window;
    private volatile Display display;
    private volatile boolean stopping;
    private volatile boolean mainThreadMode;
    private volatile boolean earlyMode;
    private volatile int uiExitCode;
    private volatile boolean exitAfterPaint;
    private volatile boolean launcherBound;
    private volatile boolean launcherReady;
    private volatile boolean initialCasePending;
    private volatile boolean startupQueryPending = true;
    private volatile boolean windowOpen;
    private volatile Path initialCase;
    private final AtomicBoolean initialCaseStarted = new AtomicBoolean();
    private final AtomicBoolean restStarted = new AtomicBoolean();
    private ServiceRegistration<?> mainRegistration;
    private ServiceRegistration<Workbench> workbenchRegistration;
    private Thread uiThread;
    ExecutorService workers;
    ScheduledExecutorService timer;
    ViewActivator activator;
    UiWatchdog watchdog;

    @Activate
    void activate(BundleContext bundleContext, UiConfig uiConfig) {
        LOG.debug("Workbench component activating at {} ms", sinceStart());
        context = bundleContext;
        config = uiConfig;
        workers = Executors.newCachedThreadPool(threads("ariadne-ui-worker"));
        timer = Executors.newSingleThreadScheduledExecutor(threads("ariadne-ui-timer"));
        activator = new ViewActivator(workers, timer);
        watchdog = new UiWatchdog(timer);
        exitAfterPaint = Boolean.parseBoolean(bundleContext.getProperty(EXIT_AFTER_PAINT));
        String mode = bundleContext.getProperty(UI_THREAD);
        boolean mac = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac");
        mainThreadMode = "main".equalsIgnoreCase(mode) || ("early".equalsIgnoreCase(mode) && mac);
        earlyMode = "early".equalsIgnoreCase(mode) && !mac;
        if (!mainThreadMode) {
            uiThread = new Thread(() -> uiExitCode = runUi(), "ariadne-ui");
            uiThread.start();
        }
        if (mainThreadMode || earlyMode) {
            Dictionary<String, Object> props = new Hashtable<>();
            props.put("main.thread", Boolean.TRUE);
            mainRegistration = bundleContext.registerService(Callable.class,
                    new UiMainThread(mainThreadMode ? this::runUi : this::awaitUi), props);
        }
        commands.values().forEach(this::startIfOwn);
        maybeOpenInitialCase();
    }

    @Modified
    void modified(UiConfig uiConfig) {
        config = uiConfig;
    }

    @Deactivate
    void deactivate() {
        stopping = true;
        WorkbenchWindow w = window;
        Display d = display;
        if (w != null) {
            w.asyncExec(w::exit);
        }
        if (d != null && !d.isDisposed()) {
            try {
                d.wake();
            } catch (org.eclipse.swt.SWTException e) {
                LOG.debug("Display disposed while waking it", e);
            }
        }
        Thread thread = uiThread;
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(5000);
                if (thread.isAlive()) {
                    LOG.warn("The UI thread did not end within 5 s of the workbench stopping");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (mainRegistration != null) {
            try {
                mainRegistration.unregister();
            } catch (IllegalStateException e) {
                LOG.debug("Main thread service already unregistered", e);
            }
        }
        workers.shutdownNow();
        timer.shutdownNow();
    }

    // ---------------------------------------------------------------- UI thread

    /**
     * Creates the Display on the calling thread, opens the window and runs the event loop until the window closes.
     *
     * @return the exit code: 0 when the window was closed, 1 when no display could be opened
     */
    int runUi() {
        if (stopping) {
            return 0;
        }
        Display d;
        try {
            d = new Display();
        } catch (SWTError | RuntimeException e) {
            LOG.error("Cannot open the display; is DISPLAY set?", e);
            return 1;
        }
        display = d;
        try {
            LOG.debug("Display created at {} ms", sinceStart());
            WorkbenchWindow w = new WorkbenchWindow(this, d);
            window = w;
            w.open();
            windowOpen = true;
            LOG.debug("Window open at {} ms", sinceStart());
            // Should start-up never settle (a view that hangs), the rest of the product starts anyway.
            timer.schedule(this::windowPainted, REST_START_FALLBACK_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
            workers.execute(() -> {
                registerWorkbench(w);
                Optional<Case> current = currentCase();
                w.asyncExec(() -> {
                    startupQueryPending = false;
                    w.setCase(current);
                    w.checkFirstPaint();
                });
            });
            if (stopping) {
                w.exit();
            }
            while (!w.isClosed()) {
                try {
                    if (!d.readAndDispatch()) {
                        d.sleep();
                    }
                } catch (RuntimeException | LinkageError | SWTError e) {
                    LOG.error("Unhandled error in the workbench event loop; the window goes on", e);
                }
            }
        } finally {
            windowOpen = false;
            unregisterWorkbench();
            window = null;
            d.dispose();
            display = null;
        }
        return 0;
    }

    /**
     * With {@code ariadne.ui.thread=early}, called on the JVM main thread: waits until the UI thread has ended (the
     * window closed) and returns its exit code.
     */
    int awaitUi() {
        Thread thread = uiThread;
        try {
            if (thread != null) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        return uiExitCode;
    }

    private void registerWorkbench(WorkbenchWindow w) {
        if (!windowOpen || stopping) {
            return;
        }
        ServiceRegistration<Workbench> registration = context.registerService(Workbench.class, w, null);
        synchronized (this) {
            if (windowOpen) {
                workbenchRegistration = registration;
                registration = null;
            }
        }
        if (registration != null) {
            registration.unregister();
        }
    }

    private void unregisterWorkbench() {
        ServiceRegistration<Workbench> registration;
        synchronized (this) {
            registration = workbenchRegistration;
            workbenchRegistration = null;
        }
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                LOG.debug("Workbench service already unregistered", e);
            }
        }
    }

    /**
     * The window painted with its initial views once start-up had settled (UI thread), or the fallback timer fired:
     * starts the bundles the product keeps at a higher start level (see {@link StartLevels}) on a worker thread. Only
     * the first call does anything.
     */
    void windowPainted() {
        if (stopping || !restStarted.compareAndSet(false, true)) {
            return;
        }
        BundleContext c = context;
        workers.execute(() -> {
            try {
                StartLevels.raiseToHighest(c);
            } catch (IllegalStateException | IllegalArgumentException e) {
                LOG.debug("Could not raise the start level (the framework is stopping?)", e);
            }
        });
    }

    /**
     * After the first paint was reported: close the window (the main thread, or the thread it waits for, then returns
     * to the launcher, which stops the framework) or stop the framework (a thread of its own).
     */
    void exitAfterPaintReported() {
        if (mainThreadMode || earlyMode) {
            WorkbenchWindow w = window;
            if (w != null) {
                w.exit();
            }
        } else {
            workers.execute(() -> {
                try {
                    context.getBundle(0).stop();
                } catch (BundleException | IllegalStateException e) {
                    LOG.error("Could not stop the framework after the first paint", e);
                }
            });
        }
    }

    // ---------------------------------------------------------------- accessors for the window

    UiConfig config() {
        return config;
    }

    BundleContext bundleContext() {
        return context;
    }

    ViewRegistry viewRegistry() {
        return views;
    }

    ViewActivator activator() {
        return activator;
    }

    UiWatchdog watchdog() {
        return watchdog;
    }

    JobService jobService() {
        return jobService;
    }

    EventAdmin eventAdmin() {
        return eventAdmin;
    }

    /** The import service, or {@code null} while the importer is not running. */
    ImportService importService() {
        ComponentServiceObjects<ImportService> objects = importService;
        // A singleton service: getting it again only counts another use, released by DS when the reference goes.
        return objects == null ? null : objects.getService();
    }

    boolean exitAfterPaint() {
        return exitAfterPaint;
    }

    /** Whether start-up has settled: the launcher started every bundle and the case to open at start is open. */
    boolean startupSettled() {
        if (initialCasePending || startupQueryPending) {
            return false;
        }
        if (launcherBound) {
            return launcherReady;
        }
        BundleContext c = context;
        return c != null && c.getBundle(0).getState() == Bundle.ACTIVE;
    }

    /** The commands bound now, one per command id. */
    List<CommandContribution> commands() {
        Map<String, CommandContribution> byId = new LinkedHashMap<>();
        commands.values().stream().sorted((a, b) -> Long.compare(a.serviceId(), b.serviceId()))
                .forEach(c -> byId.putIfAbsent(c.id(), c));
        return new ArrayList<>(byId.values());
    }

    /** Runs work as a job (or on a worker thread when there is no JobService); completes with its result. */
    <T> CompletionStage<T> background(String name, Callable<T> work) {
        JobService jobs = jobService;
        if (jobs != null) {
            try {
                return jobs.submit(name, ctx -> work.call()).result();
            } catch (RuntimeException e) {
                LOG.warn("JobService refused job {}; running it on a worker thread", name, e);
            }
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, workers);
    }

    /** The current case of the case service, or empty; called off the UI thread. */
    Optional<Case> currentCase() {
        CaseService cases = caseService;
        if (cases == null) {
            return Optional.empty();
        }
        try {
            return cases.current();
        } catch (RuntimeException e) {
            LOG.error("The case service failed to tell the current case", e);
            return Optional.empty();
        }
    }

    /** Why a view's component gave no instance, from the DS runtime when it knows; called on a worker thread. */
    String describeActivationFailure(ViewContribution contribution) {
        String generic = "its component failed to start (see the log)";
        ServiceComponentRuntime runtime = componentRuntime;
        ServiceReference<WorkbenchView> reference = contribution.reference();
        if (runtime == null || reference == null) {
            return generic;
        }
        Bundle bundle = reference.getBundle();
        Object name = reference.getProperty("component.name");
        if (bundle == null) {
            return "its bundle stopped";
        }
        if (name == null) {
            return "its service returned no object";
        }
        ComponentDescriptionDTO description = runtime.getComponentDescriptionDTO(bundle, name.toString());
        if (description == null) {
            return generic;
        }
        for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
            if (configuration.failure != null && !configuration.failure.isBlank()) {
                String first = configuration.failure.lines().findFirst().orElse(configuration.failure);
                return "its component failed to start: " + first;
            }
        }
        return generic;
    }

    // ---------------------------------------------------------------- whiteboards and services

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindCaseService(CaseService service) {
        caseService = service;
        maybeOpenInitialCase();
    }

    void unbindCaseService(CaseService service) {
        if (caseService == service) {
            caseService = null;
        }
    }

    @Reference(service = WorkbenchView.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindView(ServiceReference<WorkbenchView> reference) {
        ViewContribution contribution = ViewContribution.of(properties(reference), symbolicName(reference), reference);
        if (contribution == null) {
            LOG.warn("A WorkbenchView service of bundle {} has no ariadne.view.id and is ignored",
                    symbolicName(reference));
            return;
        }
        views.add(contribution);
        contributionsChanged();
    }

    void updatedView(ServiceReference<WorkbenchView> reference) {
        views.remove(serviceId(reference));
        bindView(reference);
    }

    void unbindView(ServiceReference<WorkbenchView> reference) {
        views.remove(serviceId(reference));
        contributionsChanged();
    }

    /**
     * A command service appeared. Only its properties are read: its object (and the bundle behind it) is got when
     * the command first runs, except for the shell's own commands, whose labels follow the state.
     */
    @Reference(service = WorkbenchCommand.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindCommand(ServiceReference<WorkbenchCommand> reference, Map<String, Object> props) {
        CommandContribution contribution = CommandContribution.of(props, CommandHandle.of(() -> context, reference));
        if (contribution == null) {
            LOG.warn("A WorkbenchCommand service of bundle {} has no ariadne.command.id and is ignored",
                    symbolicName(reference));
            return;
        }
        CommandContribution before = commands.put(contribution.serviceId(), contribution);
        if (before != null) {
            before.handle().release();
        }
        startIfOwn(contribution);
        contributionsChanged();
    }

    /** The shell's own commands are got at once (after activation): their labels and enablement follow the state. */
    private void startIfOwn(CommandContribution contribution) {
        BundleContext c = context;
        ExecutorService pool = workers;
        ViewActivator starter = activator;
        if (c == null || pool == null || starter == null || !contribution.handle().isFrom(c.getBundle().getBundleId())) {
            return;
        }
        contribution.handle().obtain(starter, 5000).whenComplete((command, failure) -> {
            if (failure != null) {
                LOG.error("The shell's command {} could not be started", contribution.id(), failure);
            }
            WorkbenchWindow w = window;
            if (w != null) {
                w.asyncExec(w::refreshCommands);
            }
        });
    }

    void updatedCommand(ServiceReference<WorkbenchCommand> reference, Map<String, Object> props) {
        bindCommand(reference, props);
    }

    void unbindCommand(ServiceReference<WorkbenchCommand> reference, Map<String, Object> props) {
        CommandContribution gone = commands.remove(Props.longValue(props, "service.id", -1));
        if (gone != null) {
            gone.handle().release();
        }
        contributionsChanged();
    }


    @Reference(service = Object.class, target = "(launcher.arguments=*)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindLauncher(ServiceReference<Object> reference) {
        launcherBound = true;
        readLauncher(reference);
    }

    void updatedLauncher(ServiceReference<Object> reference) {
        readLauncher(reference);
    }

    void unbindLauncher(ServiceReference<Object> reference) {
        launcherReady = true;
    }

    private void readLauncher(ServiceReference<Object> reference) {
        if (reference.getProperty("launcher.arguments") instanceof String[] args && args.length > 0
                && !args[0].startsWith("-") && !args[0].isBlank() && initialCase == null) {
            initialCase = Path.of(args[0]).toAbsolutePath().normalize();
            initialCasePending = true;
        }
        if ("true".equals(String.valueOf(reference.getProperty("launcher.ready")))) {
            launcherReady = true;
            LOG.debug("Launcher ready at {} ms", sinceStart());
        }
        maybeOpenInitialCase();
        WorkbenchWindow w = window;
        if (w != null) {
            w.asyncExec(w::checkFirstPaint);
        }
    }

    private void maybeOpenInitialCase() {
        Path folder = initialCase;
        CaseService cases = caseService;
        if (folder == null || cases == null || workers == null || !initialCaseStarted.compareAndSet(false, true)) {
            return;
        }
        background("Open case " + folder.getFileName(), () -> cases.open(folder)).whenComplete((opened, failure) -> {
            WorkbenchWindow w = window;
            if (w == null) {
                initialCasePending = false;
                if (failure != null) {
                    LOG.error("Could not open the case {} given at start", folder, failure);
                }
                return;
            }
            w.asyncExec(() -> {
                initialCasePending = false;
                if (failure != null) {
                    LOG.error("Could not open the case {} given at start", folder, failure);
                    w.showError("Cannot open case", ErrorPage.reason(failure), null);
                } else {
                    w.setCase(Optional.of(opened));
                }
                w.checkFirstPaint();
            });
        });
    }

    private void contributionsChanged() {
        WorkbenchWindow w = window;
        if (w != null) {
            w.contributionsChanged();
        }
    }

    @Override
    public void handleEvent(Event event) {
        WorkbenchWindow w = window;
        if (w == null) {
            return;
        }
        String topic = event.getTopic();
        if (topic.startsWith("ariadne/case/")) {
            Optional<Case> current = currentCase();
            w.asyncExec(() -> w.setCase(current));
        } else if (topic.startsWith("ariadne/job/")) {
            w.asyncExec(w::jobsChanged);
        } else if (topic.startsWith("ariadne/undo/")) {
            w.asyncExec(w::refreshCommands);
        }
    }

    private static Map<String, Object> properties(ServiceReference<?> reference) {
        Map<String, Object> props = new HashMap<>();
        for (String key : reference.getPropertyKeys()) {
            props.put(key, reference.getProperty(key));
        }
        return props;
    }

    private static long serviceId(ServiceReference<?> reference) {
        return (Long) reference.getProperty("service.id");
    }

    private static String symbolicName(ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        return bundle == null ? "?" : bundle.getSymbolicName();
    }

    /** Milliseconds since the JVM started, for the start-up log. */
    static long sinceStart() {
        return System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
