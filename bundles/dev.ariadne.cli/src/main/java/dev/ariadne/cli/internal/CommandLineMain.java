package dev.ariadne.cli.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of the headless runtime. The bnd launcher calls this {@code main.thread} service on the JVM's main
 * thread with the command line it registered under {@code launcher.arguments}, and exits with the code it returns
 * (then stops the framework).
 *
 * <p>Verbs are a whiteboard: every {@link Verb} service of this bundle, found by its {@link VerbProperties}. Only the
 * verb the command line names is activated. Configured by PID {@value #PID}.
 */
@Component(service = Callable.class, property = "main.thread:Boolean=true", configurationPid = CommandLineMain.PID)
@Designate(ocd = CommandLineMain.Config.class)
public class CommandLineMain implements Callable<Integer> {

    /** The configuration PID of the command line. */
    public static final String PID = "dev.ariadne.cli";

    private static final Logger LOG = LoggerFactory.getLogger(CommandLineMain.class);

    /** Settings of the command line. */
    @ObjectClassDefinition(name = "Ariadne command line",
            description = "How the headless ./ariadne verbs behave.")
    public @interface Config {
        /** How long a verb waits for a service it needs before it gives up. */
        @AttributeDefinition(name = "Service timeout (seconds)", min = "1",
                description = "How long a verb waits for an Ariadne service (cases, plugins, jobs) that is still"
                        + " starting before it fails with an error.")
        int serviceTimeoutSeconds() default 5;
    }

    /** The service property under which the bnd launcher registers the command line. */
    static final String LAUNCHER_ARGUMENTS = "launcher.arguments";

    final VerbRegistry registry = new VerbRegistry();
    final BundleContext context;
    volatile Duration serviceTimeout;
    /** The process's real standard output, kept for the verbs' results; see {@link #claimStandardOutput()}. */
    final PrintStream stdout;

    /**
     * @param context this bundle's context, to find the command line, the chosen verb and the services verbs ask for
     * @param config the settings
     */
    @Activate
    public CommandLineMain(BundleContext context, Config config) {
        this.context = context;
        this.stdout = claimStandardOutput();
        modified(config);
    }

    /**
     * Keeps standard output for what the verbs print and sends everything else that writes to {@code System.out}
     * to standard error instead: the Felix framework logs its errors there (a plugin that does not resolve), and so
     * does EventAdmin, which would spoil the JSON of {@code --json}. The headless runtime is this command line's
     * process, so the switch is this component's to make; it is undone when the component goes away.
     *
     * @return the real standard output
     */
    private PrintStream claimStandardOutput() {
        PrintStream out = System.out;
        System.setOut(System.err);
        return out;
    }

    /**
     * Gives {@code System.out} back, unless the framework is stopping: the bundles that stop after this one (EventAdmin
     * among them, with the events still being delivered) would print their errors after a verb's JSON.
     */
    @Deactivate
    void deactivate() {
        stdout.flush();
        boolean frameworkStopping = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).getState() == Bundle.STOPPING;
        if (System.out == System.err && !frameworkStopping) {
            System.setOut(stdout);
        }
    }

    /** Takes new settings without restarting the component (a command may be running). */
    @Modified
    void modified(Config config) {
        serviceTimeout = Duration.ofSeconds(Math.max(1, config.serviceTimeoutSeconds()));
    }

    @Reference(service = Verb.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addVerb(ServiceReference<Verb> reference) {
        String verb = stringProperty(reference, VerbProperties.VERB);
        if (verb == null || verb.isBlank()) {
            LOG.warn("Ignoring verb service {} of bundle {} without the property {}",
                    reference.getProperty(Constants.SERVICE_ID), reference.getBundle(), VerbProperties.VERB);
            return;
        }
        String synopsis = stringProperty(reference, VerbProperties.SYNOPSIS);
        String summary = stringProperty(reference, VerbProperties.SUMMARY);
        registry.add(new VerbRegistry.Entry(verb.trim(), synopsis == null ? verb.trim() : synopsis,
                summary == null ? "" : summary, ranking(reference), serviceId(reference),
                new ReferenceHandle(context, reference)));
    }

    void removeVerb(ServiceReference<Verb> reference) {
        registry.remove(serviceId(reference));
    }

    @Override
    public Integer call() {
        Output output = Output.system(stdout);
        try (TrackedServices services = new TrackedServices(context, () -> serviceTimeout)) {
            int code = new Dispatcher(registry, version(), output, services).dispatch(launcherArguments());
            output.out().flush();
            output.err().flush();
            return code;
        }
    }

    /**
     * The command line, from the service the bnd launcher registers with the property {@value #LAUNCHER_ARGUMENTS}
     * before it calls {@link #call()}. Looked up by hand rather than referenced: a DS reference would declare a
     * service requirement that no bundle provides and the product resolver would fail.
     */
    List<String> launcherArguments() {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences((String) null, "(" + LAUNCHER_ARGUMENTS + "=*)");
            if (refs != null && refs.length > 0 && refs[0].getProperty(LAUNCHER_ARGUMENTS) instanceof String[] args) {
                return List.of(args);
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("The launcher filter is malformed", e);
        }
        LOG.warn("No service carries {}; running with an empty command line", LAUNCHER_ARGUMENTS);
        return List.of();
    }

    /** The line {@code --version} prints: Ariadne's version, then the framework's and Java's. */
    String version() {
        Bundle framework = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        String felix = framework == null ? "unknown framework" : framework.getSymbolicName() + " " + framework.getVersion();
        return "Ariadne " + context.getBundle().getVersion() + " (" + felix
                + ", Java " + Runtime.version() + ")";
    }

    private static String stringProperty(ServiceReference<?> reference, String key) {
        Object value = reference.getProperty(key);
        return value == null ? null : value.toString();
    }

    private static int ranking(ServiceReference<?> reference) {
        return reference.getProperty(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
    }

    private static long serviceId(ServiceReference<?> reference) {
        return (Long) reference.getProperty(Constants.SERVICE_ID);
    }

    /** Gets the verb object from the framework on demand and gives it back after the run. */
    private static final class ReferenceHandle implements VerbRegistry.Handle {
        private final BundleContext context;
        private final ServiceReference<Verb> reference;

        ReferenceHandle(BundleContext context, ServiceReference<Verb> reference) {
            this.context = context;
            this.reference = reference;
        }

        @Override
        public Verb get() {
            return context.getService(reference);
        }

        @Override
        public void release() {
            try {
                context.ungetService(reference);
            } catch (IllegalStateException e) {
                // The bundle is stopping, which releases every service it holds.
                LOG.debug("Could not release verb {}: {}", reference, e.toString());
            }
        }
    }
}
