package dev.ariadne.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The entry point of the headless runtime: the bnd launcher calls this {@code main.thread} service on the JVM's main
 * thread and exits with the code it returns.
 */
@Component(service = Callable.class, property = "main.thread:Boolean=true")
public class CommandLineMain implements Callable<Integer> {

    private final BundleContext context;

    @Activate
    public CommandLineMain(BundleContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        String[] args = launcherArguments();
        PrintStream out = System.out;
        if (args.length > 0 && args[0].equals("--version")) {
            out.println("Ariadne " + context.getBundle().getVersion());
            return 0;
        }
        System.err.println("unknown arguments: " + Arrays.toString(args));
        return 2;
    }

    /** The command line, as the launcher registers it on its own service. */
    String[] launcherArguments() throws InvalidSyntaxException {
        ServiceReference<?>[] refs = context.getServiceReferences((String) null, "(launcher.arguments=*)");
        if (refs == null || refs.length == 0) {
            return new String[0];
        }
        Object value = refs[0].getProperty("launcher.arguments");
        return value instanceof String[] strings ? strings : new String[0];
    }
}
