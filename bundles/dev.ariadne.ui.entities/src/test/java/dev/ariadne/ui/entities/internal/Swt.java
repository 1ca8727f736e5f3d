package dev.ariadne.ui.entities.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Assumptions;

/** The test thread's SWT display (tests are skipped without an X display) and ways to run its event loop. */
final class Swt {

    private Swt() {
    }

    static Display display() {
        String x = System.getenv("DISPLAY");
        assumeTrue(x != null && !x.isBlank(), "no DISPLAY: run the view tests under xvfb-run");
        Display current = Display.getCurrent();
        if (current != null) {
            return current;
        }
        try {
            return new Display();
        } catch (SWTError | UnsatisfiedLinkError e) {
            Assumptions.abort("SWT cannot open the display: " + e);
            return null;
        }
    }

    static Shell shell(int width, int height) {
        Shell shell = new Shell(display());
        shell.setLayout(new FillLayout());
        shell.setSize(width, height);
        shell.setLocation(0, 0);
        return shell;
    }

    /** Runs the event loop until {@code condition} holds; fails after {@code timeout}. */
    static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> { });
                display.sleep();
            }
        }
    }

    /** Lets the event loop run for a moment (paints, layouts). */
    static void settle(int millis) {
        boolean[] done = {false};
        Display.getCurrent().timerExec(millis, () -> done[0] = true);
        waitUntil("the display to settle", Duration.ofSeconds(10), () -> done[0]);
        while (Display.getCurrent().readAndDispatch()) {
            // drain
        }
    }

    /** Saves what the screen shows of {@code shell} as {@code target/screenshots/<name>}. */
    static Path screenshot(Shell shell, String name) throws IOException {
        settle(300);
        Display display = shell.getDisplay();
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
