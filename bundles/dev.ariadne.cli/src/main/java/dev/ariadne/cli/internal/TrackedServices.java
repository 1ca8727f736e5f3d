package dev.ariadne.cli.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Services} backed by one {@link ServiceTracker} per requested type, each waiting up to the configured timeout
 * for a service that is still starting (the core bundle's components activate while the command line already runs).
 *
 * <p>Also, before a verb runs, raises the framework to the start level where every bundle runs, waits for it, and
 * waits for FileInstall to catch up with the plugin folder ({@link #awaitStarted()}).
 *
 * <p>Created by {@link CommandLineMain} for one command on the launcher's main thread and closed when the command
 * ends, which releases every service it got.
 */
final class TrackedServices implements Services, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrackedServices.class);

    private final BundleContext context;
    /** The configured service timeout, read at each use: Config Admin may start, and configure it, meanwhile. */
    private final Supplier<Duration> timeout;
    /**
     * The least time a command gives the bundles of the higher start levels to start (the configured service timeout
     * when longer): they are started on demand, on a machine that may be busy.
     */
    static final Duration START_WAIT = Duration.ofSeconds(30);
    /** The longest a command waits for FileInstall to catch up with the plugin folder. */
    static final Duration PLUGIN_FOLDER_WAIT = Duration.ofSeconds(2);

    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

    TrackedServices(BundleContext context, Supplier<Duration> timeout) {
        this.context = context;
        this.timeout = timeout;
    }

    @Override
    public <T> T require(Class<T> type, String what) throws CliException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        trackers.add(tracker);
        T service;
        try {
            service = tracker.waitForService(Math.max(1, timeout.get().toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("Interrupted while waiting for " + what + ".", e);
        }
        if (service != null) {
            return service;
        }
        if (context.getServiceReference(type) != null) {
            throw new CliException(capitalised(what) + " (" + type.getName() + ") is registered but could not be"
                    + " activated; see the log above and 'ariadne plugins'.");
        }
        throw new CliException(capitalised(what) + " (" + type.getName() + ") did not appear within "
                + seconds(timeout.get()) + "; is the bundle providing it installed and ACTIVE? (see 'ariadne plugins')");
    }

    /**
     * Raises the framework to the level where every installed bundle runs and waits until it is there, then until the
     * plugin folder is installed. The products start only the platform bundles (the command line among them) at start
     * level 1, so that {@code --version} answers without resolving work it does not need; the heavy bundles (importer,
     * search, extraction, language analysis) and FileInstall sit at a higher level that nothing reaches until a verb
     * asks for it here. The target is the highest of the bundles' start levels and the beginning start level asked of
     * the launcher ({@code org.osgi.framework.startlevel.beginning}, read from the framework and the JVM; the bnd
     * launcher keeps the framework's own property at 1 and raises the level itself), so a product without start levels
     * behaves as before: the wait ends at once.
     */
    @Override
    public void awaitStarted() throws CliException {
        Bundle system = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        FrameworkStartLevel startLevel = system == null ? null : system.adapt(FrameworkStartLevel.class);
        if (startLevel == null) {
            return;
        }
        int target = Math.max(beginningStartLevel(System.getProperty(Constants.FRAMEWORK_BEGINNING_STARTLEVEL)),
                beginningStartLevel(context.getProperty(Constants.FRAMEWORK_BEGINNING_STARTLEVEL)));
        target = Math.max(target, highestBundleStartLevel(context.getBundles()));
        // The framework's level reads as the new one as soon as it begins to start that level's bundles: the level
        // is reached when the framework says so, through the listener given with the request.
        CountDownLatch reached = new CountDownLatch(1);
        try {
            if (startLevel.getStartLevel() < target) {
                // Asynchronous: the framework's start level thread starts the bundles of each level in turn.
                LOG.debug("Raising the start level from {} to {}", startLevel.getStartLevel(), target);
                startLevel.setStartLevel(target, event -> reached.countDown());
            } else {
                reached.countDown();
            }
            Duration configured = timeout.get();
            Duration bound = configured.compareTo(START_WAIT) > 0 ? configured : START_WAIT;
            long deadline = System.nanoTime() + bound.toNanos();
            while (reached.getCount() > 0 || startLevel.getStartLevel() < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new CliException("Ariadne did not finish starting within " + seconds(bound)
                            + " (start level " + startLevel.getStartLevel() + " of " + target + ").");
                }
                // Woken by the framework; the bound also covers a level raised by someone else (the launcher).
                reached.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("Interrupted while Ariadne was starting.", e);
        }
        awaitPluginFolder();
    }

    /**
     * Waits, at most {@link #PLUGIN_FOLDER_WAIT}, until FileInstall has installed the bundle jars of the plugin folder
     * and uninstalled those removed from it, so that a short command sees the folder as it is. Warns (and goes on)
     * when they do not agree in time, for example when a jar in the folder cannot be installed.
     */
    void awaitPluginFolder() {
        Path folder = PluginFolder.of(context);
        List<Path> jars = PluginFolder.bundleJars(folder);
        CountDownLatch[] changed = {new CountDownLatch(1)};
        BundleListener listener = event -> changed[0].countDown();
        context.addBundleListener(listener);
        try {
            long deadline = System.nanoTime() + Math.min(timeout.get().toNanos(), PLUGIN_FOLDER_WAIT.toNanos());
            List<String> differences = PluginFolder.differences(folder, jars, locations());
            while (!differences.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warn("The plugin folder {} and the installed bundles still differ: {}", folder,
                            String.join("; ", differences));
                    return;
                }
                changed[0] = new CountDownLatch(1);
                // Woken by any bundle event; the bound covers an event between the check and the wait.
                changed[0].await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
                differences = PluginFolder.differences(folder, jars, locations());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.debug("Interrupted while waiting for the plugin folder", e);
        } finally {
            context.removeBundleListener(listener);
        }
    }

    private List<String> locations() {
        List<String> locations = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            locations.add(b.getLocation());
        }
        return locations;
    }

    /**
     * The highest start level assigned to one of {@code bundles}, the system bundle left out; 1 when there is none.
     * A bundle uninstalled meanwhile is skipped.
     */
    static int highestBundleStartLevel(Bundle[] bundles) {
        int highest = 1;
        for (Bundle bundle : bundles) {
            if (bundle.getBundleId() == 0) {
                continue;
            }
            try {
                BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
                if (level != null) {
                    highest = Math.max(highest, level.getStartLevel());
                }
            } catch (IllegalStateException e) {
                LOG.debug("Bundle {} went away while reading start levels", bundle.getBundleId());
            }
        }
        return highest;
    }

    /** The beginning start level from its property value; 1, the OSGi default, when unset or not a number. */
    static int beginningStartLevel(String value) {
        if (value == null || !value.trim().matches("[0-9]{1,9}")) {
            return 1;
        }
        return Integer.parseInt(value.trim());
    }

    @Override
    public void close() {
        for (ServiceTracker<?, ?> tracker : trackers) {
            try {
                tracker.close();
            } catch (IllegalStateException e) {
                // The framework is stopping; the tracker's services are released with it.
                LOG.debug("Could not close the tracker of {}: {}", tracker, e.toString());
            }
        }
        trackers.clear();
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
