package dev.ariadne.example.notes.internal;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWTError;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Assumptions;

/**
 * The one SWT display of the test JVM, made on the test thread when first asked for, and an event loop that runs
 * until a condition holds. Tests that need it are skipped when there is no X display (run them under xvfb-run).
 */
final class Swt {

    private static Display display;

    private Swt() {
    }

    static synchronized Display display() {
        if (display == null || display.isDisposed()) {
            Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no X display: run the tests under xvfb-run");
            try {
                display = new Display();
            } catch (SWTError | UnsatisfiedLinkError e) {
                Assumptions.abort("SWT cannot open the display: " + e);
            }
        }
        Assumptions.assumeTrue(display.getThread() == Thread.currentThread(), "SWT display owned by another thread");
        return display;
    }

    static Shell shell() {
        Shell shell = new Shell(display());
        shell.setLayout(new FillLayout());
        shell.setSize(420, 640);
        return shell;
    }

    /** Runs the event loop until {@code condition} holds; fails after {@code timeout}. */
    static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        Display d = display();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            if (!d.readAndDispatch()) {
                d.timerExec(20, () -> { });
                d.sleep();
            }
        }
    }

    /** Runs every event that is waiting now. */
    static void drain() {
        Display d = display();
        while (d.readAndDispatch()) {
            // keep dispatching
        }
    }
}
