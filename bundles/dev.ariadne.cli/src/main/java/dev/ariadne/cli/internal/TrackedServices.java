package dev.ariadne.cli.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Services} backed by one {@link ServiceTracker} per requested type, each waiting up to the configured timeout
 * for a service that is still starting (the core bundle's components activate while the command line already runs).
 *
 * <p>Created by {@link CommandLineMain} for one command on the launcher's main thread and closed when the command
 * ends, which releases every service it got.
 */
final class TrackedServices implements Services, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrackedServices.class);

    private final BundleContext context;
    private final Duration timeout;
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
                + seconds(timeout) + "; check with 'ariadne plugins' that the bundle providing it is ACTIVE.");
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
