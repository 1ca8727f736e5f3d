package dev.ariadne.cli.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Services} backed by one {@link ServiceTracker} per requested type, each waiting up to the configured timeout
 * for a service that is still starting (the core bundle's components activate while the command line already runs).
 *
 * <p>Also waits, before a verb runs, for the framework to reach its beginning start level and for FileInstall to
 * catch up with the plugin folder ({@link #awaitStarted()}).
 *
 * <p>Created by {@link CommandLineMain} for one command on the launcher's main thread and closed when the command
 * ends, which releases every service it got.
 */
final class TrackedServices implements Services, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrackedServices.class);

    private final BundleContext context;
    private final Duration timeout;
    /** The longest a command waits for FileInstall to catch up with the plugin folder. */
    static final Duration PLUGIN_FOLDER_WAIT = Duration.ofSeconds(2);

    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

    TrackedServices(BundleContext context, Duration timeout) {
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
            service = tracker.waitForService(Math.max(1, timeout.toMillis()));
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
                + seconds(timeout) + "; is the bundle providing it installed and ACTIVE? (see 'ariadne plugins')");
    }

    /**
     * Waits until the framework's start level reaches the beginning start level the launcher asked for, that is until
     * every bundle of the product was started. The bnd launcher starts the framework at level 1 and raises it to
     * {@code org.osgi.framework.startlevel.beginning} itself, one level above the default bundle level, so the
     * framework's own property reads 1 while the JVM's system property keeps the real target; the larger is used.
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
        CountDownLatch changed = new CountDownLatch(1);
        FrameworkListener listener = event -> {
            if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED || event.getType() == FrameworkEvent.STARTED) {
                changed.countDown();
            }
        };
        context.addFrameworkListener(listener);
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (startLevel.getStartLevel() < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new CliException("Ariadne did not finish starting within " + seconds(timeout)
                            + " (start level " + startLevel.getStartLevel() + " of " + target + ").");
                }
                // Woken by the event; the bound covers an event that fired between the check and the wait.
                changed.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("Interrupted while Ariadne was starting.", e);
        } finally {
            context.removeFrameworkListener(listener);
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
            long deadline = System.nanoTime() + Math.min(timeout.toNanos(), PLUGIN_FOLDER_WAIT.toNanos());
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
