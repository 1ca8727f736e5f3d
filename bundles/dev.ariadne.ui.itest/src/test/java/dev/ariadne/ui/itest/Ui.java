package dev.ariadne.ui.itest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import dev.ariadne.ui.api.Workbench;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

/**
 * Drives the workbench window from a test thread: runs code on the UI thread with a deadline, finds stacks, tabs and
 * menu items by the data keys the shell puts on its widgets, and saves screenshots. Every method is called on the
 * test thread and hops to the UI thread itself.
 */
final class Ui {
    static final String VIEW_ID = "ariadne.view.id";
    static final String VIEW_STATE = "ariadne.view.state";
    static final String VIEW_ERROR = "ariadne.view.error";
    static final String STACK = "ariadne.stack";
    static final String MENU = "ariadne.menu";
    static final String COMMAND_ID = "ariadne.command.id";

    private final Workbench workbench;

    Ui(Workbench workbench) {
        this.workbench = workbench;
    }

    Workbench workbench() {
        return workbench;
    }

    /** Runs {@code task} on the UI thread and returns its result, failing after 15 s. */
    <T> T call(Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        workbench.asyncExec(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(15, TimeUnit.SECONDS);
    }

    void run(Runnable task) throws Exception {
        call(() -> {
            task.run();
            return null;
        });
    }

    /**
     * The failure of a wait that timed out, after printing every thread's stack to standard error, so that a wait
     * that never ends on a CI machine shows where the workbench's threads were.
     */
    static AssertionError timedOut(String what, long timeoutMillis) {
        StringBuilder dump = new StringBuilder("Threads when the wait for " + what + " timed out:\n");
        for (ThreadInfo t : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            dump.append('"').append(t.getThreadName()).append("\" ").append(t.getThreadState());
            if (t.getLockName() != null) {
                dump.append(" on ").append(t.getLockName());
            }
            if (t.getLockOwnerName() != null) {
                dump.append(" held by ").append(t.getLockOwnerName());
            }
            dump.append('\n');
            for (StackTraceElement e : t.getStackTrace()) {
                dump.append("    at ").append(e).append('\n');
            }
        }
        System.err.println(dump);
        return new AssertionError("Timed out after " + timeoutMillis + " ms waiting for " + what);
    }

    /** Polls {@code condition} until it holds or the deadline passes; fails with {@code what} then. */
    static void waitFor(String what, long timeoutMillis, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw timedOut(what, timeoutMillis);
            }
            Thread.sleep(50);
        }
    }

    /** Polls a UI-thread condition. */
    void waitForUi(String what, long timeoutMillis, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!Boolean.TRUE.equals(call(condition))) {
            if (System.nanoTime() > deadline) {
                throw timedOut(what, timeoutMillis);
            }
            Thread.sleep(50);
        }
    }

    /** On the UI thread: every stack folder of the window. */
    List<CTabFolder> folders() {
        List<CTabFolder> result = new ArrayList<>();
        collect(workbench.shell(), result);
        return result;
    }

    private static void collect(Control control, List<CTabFolder> result) {
        if (control instanceof CTabFolder folder && folder.getData(STACK) != null) {
            result.add(folder);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, result);
            }
        }
    }

    /** On the UI thread: the tab of a view, if open. */
    Optional<CTabItem> tab(String viewId) {
        for (CTabFolder folder : folders()) {
            for (CTabItem item : folder.getItems()) {
                if (viewId.equals(item.getData(VIEW_ID))) {
                    return Optional.of(item);
                }
            }
        }
        return Optional.empty();
    }

    /** On the UI thread: the state of a view's tab ({@code opening}, {@code open}, {@code error}), or null. */
    String state(String viewId) {
        return tab(viewId).map(t -> (String) t.getControl().getData(VIEW_STATE)).orElse(null);
    }

    /** On the UI thread: the error text of a view's tab, or null. */
    String error(String viewId) {
        return tab(viewId).map(t -> (String) t.getControl().getData(VIEW_ERROR)).orElse(null);
    }

    /** On the UI thread: the stack a view's tab is in, or null. */
    String stackOf(String viewId) {
        return tab(viewId).map(t -> (String) t.getParent().getData(STACK)).orElse(null);
    }

    /** On the UI thread: the top-level menu of the menu bar whose text (without mnemonic) is {@code name}. */
    Menu topMenu(String name) {
        for (MenuItem item : workbench.shell().getMenuBar().getItems()) {
            if (item.getText().replace("&", "").equalsIgnoreCase(name)) {
                return item.getMenu();
            }
        }
        throw new AssertionError("No menu " + name);
    }

    /** On the UI thread: the items of Window &gt; Show View, filled as when the menu opens. */
    List<MenuItem> showViewItems() {
        Menu window = topMenu("Window");
        for (MenuItem item : window.getItems()) {
            if ("showView".equals(item.getData(MENU))) {
                Menu views = item.getMenu();
                views.notifyListeners(SWT.Show, new Event());
                return List.of(views.getItems());
            }
        }
        throw new AssertionError("No Show View item in the Window menu");
    }

    /** On the UI thread: selects a menu item as a click would. */
    static void select(MenuItem item) {
        if (!item.isEnabled()) {
            throw new AssertionError("Menu item " + item.getText() + " is disabled");
        }
        item.notifyListeners(SWT.Selection, new Event());
    }

    /** On the UI thread: the menu item of a command anywhere in a menu tree, opening submenus as a user would. */
    static Optional<MenuItem> findCommand(Menu menu, String commandId) {
        menu.notifyListeners(SWT.Show, new Event());
        for (MenuItem item : menu.getItems()) {
            if (commandId.equals(item.getData(COMMAND_ID))) {
                return Optional.of(item);
            }
            if (item.getMenu() != null) {
                Optional<MenuItem> found = findCommand(item.getMenu(), commandId);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Saves a PNG of the window as it is on screen into {@code dir/name.png}; returns the file. */
    Path screenshot(Path dir, String name) throws Exception {
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        run(() -> {
            Shell shell = workbench.shell();
            Display display = shell.getDisplay();
            shell.forceActive();
            while (display.readAndDispatch()) {
                // let pending paints land before the copy
            }
            // without a window manager SWT's bounds include a guessed frame: stop at the client area's bottom
            Rectangle outer = shell.getBounds();
            int bottom = shell.toDisplay(0, shell.getClientArea().height).y;
            Rectangle bounds = new Rectangle(outer.x, outer.y, outer.width, Math.min(outer.height, bottom - outer.y))
                    .intersection(display.getBounds());
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
                ImageData data = image.getImageData();
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] {data};
                loader.save(file.toString(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
        return file;
    }
}
