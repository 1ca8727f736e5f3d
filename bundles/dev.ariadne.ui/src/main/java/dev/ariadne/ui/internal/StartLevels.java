package dev.ariadne.ui.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the bundles the desktop product keeps back at start. The product starts the platform, the workbench and its
 * views at start level 1 and leaves the heavy bundles (importer, search, extraction, language analysis) and
 * FileInstall at a higher level, so that the first paint of the window does not wait for them; once the window has
 * painted, {@link WorkbenchComponent} calls {@link #raiseToHighest(BundleContext)} on a worker thread and the
 * framework's start level thread starts them.
 *
 * <p>Stateless; in a framework without start levels (every bundle at level 1, as in the UI tests) it does nothing.
 */
final class StartLevels {
    private static final Logger LOG = LoggerFactory.getLogger(StartLevels.class);

    private StartLevels() {
    }

    /**
     * Asks the framework to go to the highest start level of its bundles when it is below it, and returns at once
     * (the framework raises the level on its own thread).
     *
     * @param context a valid bundle context
     * @return the level asked for, or the current level when nothing was to do
     */
    static int raiseToHighest(BundleContext context) {
        Bundle system = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        FrameworkStartLevel framework = system == null ? null : system.adapt(FrameworkStartLevel.class);
        if (framework == null) {
            return 0;
        }
        int current = framework.getStartLevel();
        int target = highest(context.getBundles());
        if (current >= target) {
            return current;
        }
        LOG.debug("Raising the start level from {} to {} at {} ms", current, target, WorkbenchComponent.sinceStart());
        framework.setStartLevel(target, event -> LOG.debug("Start level {} reached at {} ms", target,
                WorkbenchComponent.sinceStart()));
        return target;
    }

    /** The highest start level assigned to one of {@code bundles}, the framework left out; 1 when there is none. */
    static int highest(Bundle[] bundles) {
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
}
