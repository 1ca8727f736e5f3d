package dev.ariadne.ui.internal;

import java.util.concurrent.Callable;

/**
 * The {@code main.thread=true} service the bnd launcher calls on the JVM's main thread when the desktop product runs
 * with {@code ariadne.ui.thread=main}: it runs the workbench's Display there and returns the exit code when the window
 * closes. Registered by {@link WorkbenchComponent}; the launcher checks by reflection that {@link #call()} returns
 * {@code Integer}, hence this named class.
 */
public final class UiMainThread implements Callable<Integer> {
    private final WorkbenchComponent host;

    UiMainThread(WorkbenchComponent host) {
        this.host = host;
    }

    /** Runs the UI on the calling (main) thread until the window closes; returns the process exit code. */
    @Override
    public Integer call() {
        return host.runUi();
    }
}
