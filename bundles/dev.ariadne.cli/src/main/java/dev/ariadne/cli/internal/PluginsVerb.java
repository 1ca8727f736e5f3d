package dev.ariadne.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.ariadne.api.plugins.ComponentProblem;
import dev.ariadne.api.plugins.PluginInfo;
import dev.ariadne.api.plugins.PluginService;

/**
 * {@code ariadne plugins [--json]}: every installed bundle with its symbolic name, version and state, the reason it is
 * not working if it is not, and the DS components that failed.
 *
 * <p>A whiteboard {@link Verb} run on the launcher's main thread. Reads {@link PluginService}; when that service does
 * not appear (the core bundle is broken, which is when this verb matters most) it warns and lists the framework's
 * bundles itself, without problems.
 */
@Component(service = Verb.class)
@VerbProperties(verb = "plugins", synopsis = "plugins [--json]",
        summary = "List every installed bundle with its version, state and problem, if any.")
public class PluginsVerb implements Verb {

    final BundleContext context;

    /** @param context this bundle's context, for the fallback listing */
    @Activate
    public PluginsVerb(BundleContext context) {
        this.context = context;
    }

    /**
     * What is listed.
     *
     * @param pluginFolder the watched plugin folder
     * @param plugins the bundles, by id
     * @param componentProblems the DS components that are not working
     */
    record Listing(Path pluginFolder, List<PluginInfo> plugins, List<ComponentProblem> componentProblems) {
    }

    @Override
    public Options options() {
        return Options.flags("json");
    }

    @Override
    public String help() {
        return """
                Lists the bundles of the headless runtime, including plugins installed from the plugin folder
                (marked 'plugin'), and the Declarative Services components that could not be activated.

                Options:
                  --json    print one JSON object on standard output:
                            {"pluginFolder": ..., "plugins": [{"id", "symbolicName", "version", "name", "state",
                             "location", "fromPluginFolder", "fragment", "problem", "services"}],
                             "componentProblems": [{"bundleId", "bundle", "component", "state", "detail"}]}""";
    }

    @Override
    public int run(Arguments arguments, Invocation invocation) throws CliException {
        arguments.atMost(0);
        Listing listing;
        try {
            PluginService plugins = invocation.services().require(PluginService.class, "the plugin service");
            listing = new Listing(plugins.pluginFolder(), plugins.plugins(), plugins.componentProblems());
        } catch (CliException e) {
            invocation.output().err().println("ariadne plugins: warning: " + e.getMessage());
            invocation.output().err().println("ariadne plugins: listing the framework's bundles without their"
                    + " problems instead.");
            listing = frameworkListing();
        }
        if (arguments.flag("json")) {
            Json.print(invocation.output().out(), json(listing));
        } else {
            print(invocation.output().out(), listing);
        }
        return 0;
    }

    /** The bundles as the framework itself knows them, for when {@link PluginService} is missing. */
    Listing frameworkListing() {
        Path folder = PluginFolder.of(context);
        List<PluginInfo> plugins = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            List<String> services = new ArrayList<>();
            ServiceReference<?>[] registered = b.getRegisteredServices();
            if (registered != null) {
                for (ServiceReference<?> r : registered) {
                    for (String name : (String[]) r.getProperty(Constants.OBJECTCLASS)) {
                        if (!services.contains(name)) {
                            services.add(name);
                        }
                    }
                }
            }
            String location = b.getLocation();
            String name = b.getHeaders("").get(Constants.BUNDLE_NAME);
            plugins.add(new PluginInfo(b.getBundleId(), String.valueOf(b.getSymbolicName()),
                    b.getVersion().toString(), name == null ? String.valueOf(b.getSymbolicName()) : name,
                    stateName(b.getState()), location, fromFolder(location, folder),
                    b.getHeaders("").get(Constants.FRAGMENT_HOST) != null, Optional.empty(),
                    List.copyOf(services)));
        }
        return new Listing(folder, plugins, List.of());
    }

    private static boolean fromFolder(String location, Path folder) {
        if (location == null) {
            return false;
        }
        String uri = folder.toUri().toString();
        return location.startsWith(uri) || location.startsWith(folder.toString());
    }

    /** The name of a {@link Bundle#getState()} value, as {@link PluginInfo#state()} spells it. */
    static String stateName(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNKNOWN(" + state + ")";
        };
    }

    static JsonObject json(Listing listing) {
        JsonObject root = new JsonObject();
        root.addProperty("pluginFolder", listing.pluginFolder() == null ? null : listing.pluginFolder().toString());
        JsonArray plugins = new JsonArray();
        for (PluginInfo p : listing.plugins()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", p.bundleId());
            o.addProperty("symbolicName", p.symbolicName());
            o.addProperty("version", p.version());
            o.addProperty("name", p.name());
            o.addProperty("state", p.state());
            o.addProperty("location", p.location());
            o.addProperty("fromPluginFolder", p.fromPluginFolder());
            o.addProperty("fragment", p.fragment());
            o.addProperty("problem", p.problem().orElse(null));
            JsonArray services = new JsonArray();
            p.services().forEach(services::add);
            o.add("services", services);
            plugins.add(o);
        }
        root.add("plugins", plugins);
        JsonArray problems = new JsonArray();
        for (ComponentProblem c : listing.componentProblems()) {
            JsonObject o = new JsonObject();
            o.addProperty("bundleId", c.bundleId());
            o.addProperty("bundle", c.bundle());
            o.addProperty("component", c.component());
            o.addProperty("state", c.state());
            o.addProperty("detail", c.detail());
            problems.add(o);
        }
        root.add("componentProblems", problems);
        return root;
    }

    static void print(PrintStream out, Listing listing) {
        int nameWidth = "SYMBOLIC NAME".length();
        int versionWidth = "VERSION".length();
        int idWidth = "ID".length();
        for (PluginInfo p : listing.plugins()) {
            nameWidth = Math.max(nameWidth, p.symbolicName().length());
            versionWidth = Math.max(versionWidth, p.version().length());
            idWidth = Math.max(idWidth, Long.toString(p.bundleId()).length());
        }
        String format = "%" + idWidth + "s  %-11s  %-" + nameWidth + "s  %-" + versionWidth + "s  %s";
        out.println(String.format(Locale.ROOT, format, "ID", "STATE", "SYMBOLIC NAME", "VERSION", "NOTE").stripTrailing());
        int troubled = 0;
        for (PluginInfo p : listing.plugins()) {
            List<String> notes = new ArrayList<>();
            if (p.fromPluginFolder()) {
                notes.add("plugin");
            }
            if (p.fragment()) {
                notes.add("fragment");
            }
            if (p.problem().isPresent()) {
                notes.add("problem: " + p.problem().get());
                troubled++;
            }
            out.println(String.format(Locale.ROOT, format, p.bundleId(), p.state(), p.symbolicName(), p.version(),
                    String.join("; ", notes)).stripTrailing());
        }
        out.println();
        out.println(listing.plugins().size() + " bundles, " + troubled + " with a problem. Plugin folder: "
                + listing.pluginFolder());
        if (!listing.componentProblems().isEmpty()) {
            out.println();
            out.println("Components that are not working:");
            for (ComponentProblem c : listing.componentProblems()) {
                out.println("  " + c.bundle() + " / " + c.component() + ": " + c.state()
                        + (c.detail() == null || c.detail().isBlank() ? "" : " (" + c.detail() + ")"));
            }
        }
    }
}
