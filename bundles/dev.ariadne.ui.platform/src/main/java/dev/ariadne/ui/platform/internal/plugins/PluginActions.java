package dev.ariadne.ui.platform.internal.plugins;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.ariadne.api.plugins.PluginInfo;

/**
 * What the Plugins view may do with a bundle and how it words it: which buttons a row enables, its source and
 * problem columns, the details text and the summary line.
 *
 * <p>Pure functions without SWT, used by {@link PluginsView} on the UI thread and by unit tests.
 */
public final class PluginActions {

    /** The longest problem text shown in a table cell; the details pane shows all of it. */
    static final int CELL_LIMIT = 160;

    private PluginActions() {
    }

    /** Whether Start applies: an installed or resolved bundle that is not a fragment nor the framework. */
    public static boolean canStart(PluginInfo info) {
        return !info.fragment() && info.bundleId() != 0
                && ("INSTALLED".equals(info.state()) || "RESOLVED".equals(info.state()));
    }

    /** Whether Stop applies: an active or starting bundle that is not a fragment nor the framework. */
    public static boolean canStop(PluginInfo info) {
        return !info.fragment() && info.bundleId() != 0
                && ("ACTIVE".equals(info.state()) || "STARTING".equals(info.state()));
    }

    /** Whether Uninstall applies: any bundle but the framework that is still installed. */
    public static boolean canUninstall(PluginInfo info) {
        return info.bundleId() != 0 && !"UNINSTALLED".equals(info.state());
    }

    /** The Source column: {@code "plugin folder"} or {@code "product"}. */
    public static String source(PluginInfo info) {
        return info.fromPluginFolder() ? "plugin folder" : "product";
    }

    /** The State column: {@code "Active"}, {@code "Resolved"}, with {@code " (fragment)"} for fragments. */
    public static String state(PluginInfo info) {
        String state = info.state() == null || info.state().isEmpty()
                ? "Unknown"
                : info.state().charAt(0) + info.state().substring(1).toLowerCase(Locale.ROOT);
        return info.fragment() ? state + " (fragment)" : state;
    }

    /**
     * A problem as one table cell: the first non-blank line, cut at {@value #CELL_LIMIT} characters.
     *
     * @return the summary, or {@code ""} when there is no problem
     */
    public static String problemSummary(Optional<String> problem) {
        if (problem.isEmpty()) {
            return "";
        }
        String first = problem.get().strip().lines().map(String::strip).filter(line -> !line.isEmpty())
                .findFirst().orElse("");
        if (first.length() > CELL_LIMIT) {
            return first.substring(0, CELL_LIMIT - 1).stripTrailing() + "\u2026";
        }
        boolean more = problem.get().strip().lines().filter(line -> !line.isBlank()).count() > 1;
        return more ? first + " \u2026" : first;
    }

    /** The details pane of a selected bundle: name, location, source, state, services and the whole problem. */
    public static String details(PluginInfo info) {
        StringBuilder text = new StringBuilder();
        text.append(info.name()).append(" (").append(info.symbolicName()).append(' ').append(info.version())
                .append(")\n");
        text.append("Bundle id: ").append(info.bundleId()).append('\n');
        text.append("State: ").append(state(info)).append('\n');
        text.append("Source: ").append(source(info)).append('\n');
        text.append("Location: ").append(info.location()).append('\n');
        List<String> services = info.services() == null ? List.of() : info.services();
        if (services.isEmpty()) {
            text.append("Services: none\n");
        } else {
            text.append("Services (").append(services.size()).append("):\n");
            services.stream().sorted().forEach(service -> text.append("  ").append(service).append('\n'));
        }
        info.problem().ifPresent(problem -> text.append("Problem:\n").append(problem.strip()).append('\n'));
        return text.toString();
    }

    /** The summary line over the table: {@code "54 bundles, 52 active, 2 from the plugin folder, 1 with a problem"}. */
    public static String summary(List<PluginInfo> plugins) {
        long active = plugins.stream().filter(p -> "ACTIVE".equals(p.state())).count();
        long fromFolder = plugins.stream().filter(PluginInfo::fromPluginFolder).count();
        long problems = plugins.stream().filter(p -> p.problem().isPresent()).count();
        StringBuilder text = new StringBuilder();
        text.append(plugins.size()).append(plugins.size() == 1 ? " bundle" : " bundles");
        text.append(", ").append(active).append(" active");
        text.append(", ").append(fromFolder).append(" from the plugin folder");
        if (problems > 0) {
            text.append(", ").append(problems).append(problems == 1 ? " with a problem" : " with problems");
        }
        return text.toString();
    }
}
