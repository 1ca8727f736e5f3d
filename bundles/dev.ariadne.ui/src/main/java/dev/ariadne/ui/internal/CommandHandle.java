package dev.ariadne.ui.internal;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import dev.ariadne.ui.api.WorkbenchCommand;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way to a command's object. A command's menu item is built from its service properties alone; its object (and
 * with it the contributing component and whatever heavy bundle it needs) is got only when the command first runs, off
 * the UI thread with a deadline. Until then the command counts as enabled. Thread-safe.
 */
abstract class CommandHandle {

    /** The command object if it has been got, without getting it. */
    abstract Optional<WorkbenchCommand> active();

    /** Gets the command object on a worker thread, with a deadline; completes on that thread. */
    abstract CompletableFuture<WorkbenchCommand> obtain(ViewActivator activator, long timeoutMillis);

    /** Gives the object back, when the service goes away. */
    abstract void release();

    /** Whether the command is registered by the bundle with this id. */
    boolean isFrom(long bundleId) {
        return false;
    }

    /** A handle on an object that exists already (tests, and commands bound as objects). */
    static CommandHandle of(WorkbenchCommand command) {
        return new CommandHandle() {
            @Override
            Optional<WorkbenchCommand> active() {
                return Optional.of(command);
            }

            @Override
            CompletableFuture<WorkbenchCommand> obtain(ViewActivator activator, long timeoutMillis) {
                return CompletableFuture.completedFuture(command);
            }

            @Override
            void release() {
                // nothing was got
            }
        };
    }

    /** A handle on a command service, got through the shell's bundle context (known by first use). */
    static CommandHandle of(Supplier<BundleContext> context, ServiceReference<WorkbenchCommand> reference) {
        return new ServiceHandle(context, reference);
    }

    private static final class ServiceHandle extends CommandHandle {
        private static final Logger LOG = LoggerFactory.getLogger(CommandHandle.class);

        private final Supplier<BundleContext> context;
        private final ServiceReference<WorkbenchCommand> reference;
        private volatile WorkbenchCommand command;
        private volatile boolean released;

        ServiceHandle(Supplier<BundleContext> context, ServiceReference<WorkbenchCommand> reference) {
            this.context = context;
            this.reference = reference;
        }

        @Override
        boolean isFrom(long bundleId) {
            Bundle bundle = reference.getBundle();
            return bundle != null && bundle.getBundleId() == bundleId;
        }

        @Override
        Optional<WorkbenchCommand> active() {
            return Optional.ofNullable(command);
        }

        @Override
        CompletableFuture<WorkbenchCommand> obtain(ViewActivator activator, long timeoutMillis) {
            WorkbenchCommand got = command;
            if (got != null) {
                return CompletableFuture.completedFuture(got);
            }
            return activator.obtain(this::get, late -> ungetQuietly(), timeoutMillis,
                    () -> "its component failed to start (see the log)");
        }

        private synchronized WorkbenchCommand get() {
            BundleContext c = context.get();
            if (command == null && !released && c != null) {
                command = c.getService(reference);
            }
            return command;
        }

        @Override
        synchronized void release() {
            released = true;
            if (command != null) {
                command = null;
                ungetQuietly();
            }
        }

        private void ungetQuietly() {
            BundleContext c = context.get();
            if (c == null) {
                return;
            }
            try {
                c.ungetService(reference);
            } catch (IllegalStateException e) {
                LOG.debug("Command service already released with the shell's bundle context", e);
            }
        }
    }
}
