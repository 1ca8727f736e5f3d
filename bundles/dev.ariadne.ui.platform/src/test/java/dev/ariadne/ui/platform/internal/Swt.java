package dev.ariadne.ui.platform.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Helpers for the tests that need a real SWT display (run under Xvfb; skipped where no display is set). */
public final class Swt {

    private static final Runnable WAKE = () -> { };

    private Swt() {
    }

    /** The display of the test thread, made on first use; skips the test when there is no X display. */
    public static Display display() {
        String x = System.getenv("DISPLAY");
        assumeTrue(x != null && !x.isBlank(), "no DISPLAY: SWT tests run under xvfb-run");
        Display current = Display.getCurrent();
        return current != null ? current : new Display();
    }

    /** Runs the event loop until {@code condition} holds, failing after {@code timeout}. */
    public static void waitUntil(BooleanSupplier condition, Duration timeout, String what) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                // Wake up at least every 10 ms so that conditions set by other threads are seen.
                display.timerExec(10, WAKE);
                display.sleep();
            }
        }
    }

    /** Runs the event loop until no event is pending. */
    public static void drain() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }

    /**
     * Saves what the screen shows of {@code shell} as {@code target/screenshots/<name>}, for a person to look at,
     * after letting pending paints run.
     *
     * @return the PNG file
     */
    public static Path screenshot(Shell shell, String name) throws IOException {
        Display display = shell.getDisplay();
        boolean[] settled = {false};
        display.timerExec(500, () -> settled[0] = true);
        waitUntil(() -> settled[0], Duration.ofSeconds(5), "painting to settle");
        drain();
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        try {
            GC gc = new GC(display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Path file = folder.resolve(name);
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }
}
