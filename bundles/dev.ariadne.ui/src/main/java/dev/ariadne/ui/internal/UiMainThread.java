package dev.ariadne.ui.internal;

import java.util.concurrent.Callable;
import java.util.function.IntSupplier;

/**
 * The {@code main.thread=true} service the bnd launcher calls on the JVM's main thread when the desktop product runs
 * with {@code ariadne.ui.thread=main} or {@code early}: with {@code main} it runs the workbench's Display there, with
 * {@code early} it waits for the UI thread the workbench started at activation; either way it returns the exit code
 * when the window closes. Registered by {@link WorkbenchComponent}; the launcher checks by reflection that
 * {@link #call()} returns {@code Integer}, hence this named class.
 */
public final class UiMainThread implements Callable<Integer> {
    private final IntSupplier ui;

    /** @param ui runs, or waits for, the UI until the window closes and gives the exit code */
    UiMainThread(IntSupplier ui) {
        this.ui = ui;
    }

    /** Runs (or waits for) the UI on the calling (main) thread until the window closes; returns the exit code. */
    @Override
    public Integer call() {
        return ui.getAsInt();
    }
}
