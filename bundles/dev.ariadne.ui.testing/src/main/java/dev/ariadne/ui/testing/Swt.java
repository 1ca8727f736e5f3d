package dev.ariadne.ui.testing;

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

/**
 * The SWT display of the test thread and ways to run its event loop, for the unit tests of the UI bundles that build
 * real widgets. Every method is called on the test thread, which becomes the display's UI thread. A test that asks
 * for the display is skipped, not failed, where there is no X display: run the build under {@code xvfb-run}.
 */
public final class Swt {

    /** How long {@link #screenshot} lets pending paints and layouts run before it copies the screen. */
    private static final int SCREENSHOT_SETTLE_MILLIS = 500;

    private static final Runnable WAKE = () -> { };

    private Swt() {
    }

    /**
     * The display of the test thread, made on first use and kept for the next tests on that thread. Skips the calling
     * test (a failed JUnit assumption) when {@code DISPLAY} is not set or SWT cannot open a display on this thread.
     *
     * @return the display whose UI thread is the calling thread
     */
    public static Display display() {
        String x = System.getenv("DISPLAY");
        Assumptions.assumeTrue(x != null && !x.isBlank(), "no DISPLAY: SWT tests run under xvfb-run");
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

    /**
     * A new shell on {@link #display()} with a {@link FillLayout}, of the given size at the top left of the screen, not
     * opened yet. The test disposes of it.
     *
     * @return the shell, for the view or dialog under test
     */
    public static Shell shell(int width, int height) {
        Shell shell = new Shell(display());
        shell.setLayout(new FillLayout());
        shell.setSize(width, height);
        shell.setLocation(0, 0);
        return shell;
    }

    /**
     * Runs the event loop of {@link #display()} until {@code condition} holds, waking every 10 ms so that conditions
     * made true by other threads are seen. Returns as soon as it holds.
     *
     * @param what what is waited for, for the failure message
     * @throws AssertionError when {@code condition} does not hold within {@code timeout}
     */
    public static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        Display display = display();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(10, WAKE);
                display.sleep();
            }
        }
    }

    /** Runs every event of {@link #display()} that is waiting now and returns when none is left. */
    public static void drain() {
        Display display = display();
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }

    /**
     * Lets the event loop of {@link #display()} run for {@code millis} (paints, layouts) without a condition, then
     * runs what is still waiting. Returns after that.
     */
    public static void settle(int millis) {
        Display display = display();
        boolean[] done = {false};
        display.timerExec(millis, () -> done[0] = true);
        waitUntil("the display to settle", Duration.ofMillis(millis).plusSeconds(10), () -> done[0]);
        drain();
    }

    /**
     * Saves what the screen shows of {@code shell} as {@code target/screenshots/<name>} (a PNG, for a person to look
     * at), after letting pending paints and layouts {@linkplain #settle settle} for half a second. Call it with the
     * shell open and in front.
     *
     * @param name the file name, ending in {@code .png}
     * @return the file written, relative to the module's folder
     * @throws IOException when the folder cannot be made
     */
    public static Path screenshot(Shell shell, String name) throws IOException {
        settle(SCREENSHOT_SETTLE_MILLIS);
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
