package dev.ariadne.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.Bundle;
import org.osgi.framework.launch.Framework;

/**
 * The baseline of the workbench's cold start: a bare Felix into which only the SWT host bundle and its GTK fragment
 * are installed; the main thread opens one SWT {@code Shell} from them and, at its first paint event, prints
 * {@code PAINTED <milliseconds since JVM start>} exactly as the workbench does with {@code ariadne.exitAfterPaint},
 * then stops the framework and exits.
 *
 * <p>Run by {@code bench/run.sh} on the JVM's main thread: {@code BareSwtWindow <swt.jar> <swt-gtk.jar>}, with the
 * product's Felix jar on the class path. SWT lives inside the framework, so it is reached through the bundle's class
 * loader and reflection. Exits with 1 when no paint comes within 60 seconds.
 */
public final class BareSwtWindow {

    private static final int SWT_PAINT = 9;
    private static final long TIMEOUT_MILLIS = 60_000;

    private BareSwtWindow() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BareSwtWindow <org.eclipse.swt.jar> <org.eclipse.swt.gtk.linux.x86_64.jar>");
            System.exit(2);
        }
        Path storage = Files.createTempDirectory("bare-swt");
        Framework framework = BareFelix.newFramework(storage);
        int exit = 0;
        try {
            framework.start();
            Bundle swt = framework.getBundleContext().installBundle(Path.of(args[0]).toUri().toString());
            framework.getBundleContext().installBundle(Path.of(args[1]).toUri().toString());
            swt.start();
            exit = openWindow(swt) ? 0 : 1;
        } finally {
            framework.stop();
            framework.waitForStop(30_000);
            Cleanup.delete(storage);
        }
        System.exit(exit);
    }

    /** Opens the shell and runs its event loop until the first paint; whether it came in time. */
    private static boolean openWindow(Bundle swt) throws Exception {
        Class<?> displayType = swt.loadClass("org.eclipse.swt.widgets.Display");
        Class<?> shellType = swt.loadClass("org.eclipse.swt.widgets.Shell");
        Class<?> listenerType = swt.loadClass("org.eclipse.swt.widgets.Listener");
        Object display = displayType.getConstructor().newInstance();
        try {
            Object shell = shellType.getConstructor(displayType).newInstance(display);
            shellType.getMethod("setText", String.class).invoke(shell, "Bare SWT window");
            shellType.getMethod("setSize", int.class, int.class).invoke(shell, 1280, 800);
            boolean[] painted = new boolean[1];
            InvocationHandler onPaint = (proxy, method, methodArgs) -> {
                if (method.getName().equals("handleEvent") && !painted[0]) {
                    painted[0] = true;
                    long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("PAINTED " + since);
                    System.out.flush();
                }
                return null;
            };
            Object listener = Proxy.newProxyInstance(listenerType.getClassLoader(), new Class<?>[] {listenerType},
                    onPaint);
            shellType.getMethod("addListener", int.class, listenerType).invoke(shell, SWT_PAINT, listener);
            shellType.getMethod("open").invoke(shell);
            Method readAndDispatch = displayType.getMethod("readAndDispatch");
            Method sleep = displayType.getMethod("sleep");
            Method wake = displayType.getMethod("wake");
            Method timerExec = displayType.getMethod("timerExec", int.class, Runnable.class);
            boolean[] timedOut = new boolean[1];
            timerExec.invoke(display, (int) TIMEOUT_MILLIS, (Runnable) () -> timedOut[0] = true);
            while (!painted[0] && !timedOut[0]) {
                if (!(Boolean) readAndDispatch.invoke(display)) {
                    sleep.invoke(display);
                }
            }
            wake.invoke(display);
            if (!painted[0]) {
                System.err.println("no paint event within " + TIMEOUT_MILLIS / 1000 + " s");
            }
            return painted[0];
        } finally {
            displayType.getMethod("dispose").invoke(display);
        }
    }
}
