package dev.ariadne.ui.platform.internal.about;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.ariadne.api.plugins.ComponentProblem;
import dev.ariadne.api.plugins.PluginInfo;

/**
 * The facts of the About dialog and their text: product version, Java, operating system, case and plugin folders,
 * one line per bundle and one per failed component, as shown and as copied to the clipboard.
 *
 * <p>Pure functions without SWT, called by {@link AboutCommand} and {@link AboutDialog} on the UI thread and by unit
 * tests.
 */
public final class AboutReport {

    /** The product name. */
    public static final String PRODUCT = "Ariadne";

    private AboutReport() {
    }

    /**
     * What the About dialog states about this installation.
     *
     * @param version the product version
     * @param java the Java runtime, e.g. {@code "17.0.15 (Debian, OpenJDK 64-Bit Server VM)"}
     * @param os the operating system, e.g. {@code "Linux 6.1.0 (amd64)"}
     * @param caseFolder the open case's folder, or {@code "No case is open"}
     * @param pluginFolder the watched plugin folder
     */
    public record Facts(String version, String java, String os, String caseFolder, String pluginFolder) {
    }

    /**
     * Collects the facts from system properties.
     *
     * @param version the product version
     * @param system the system properties ({@code java.version}, {@code java.vendor}, {@code java.vm.name},
     *        {@code os.name}, {@code os.version}, {@code os.arch})
     * @param caseFolder the open case's folder, if a case is open
     * @param pluginFolder the plugin folder, or {@code null} when unknown
     */
    public static Facts facts(String version, Map<?, ?> system, Optional<String> caseFolder, String pluginFolder) {
        String java = value(system, "java.version") + " (" + value(system, "java.vendor") + ", "
                + value(system, "java.vm.name") + ")";
        String os = value(system, "os.name") + " " + value(system, "os.version") + " (" + value(system, "os.arch") + ")";
        return new Facts(version, java, os, caseFolder.orElse("No case is open"),
                pluginFolder == null ? "unknown" : pluginFolder);
    }

    /**
     * A bundle version as people write it: {@code 0.1.0.SNAPSHOT} reads {@code 0.1.0-SNAPSHOT}, {@code 1.2.0} stays.
     */
    public static String productVersion(String bundleVersion) {
        String[] parts = bundleVersion.split("\\.", 4);
        if (parts.length == 4 && !parts[3].isEmpty()) {
            return parts[0] + "." + parts[1] + "." + parts[2] + "-" + parts[3];
        }
        return bundleVersion;
    }

    /** A component state in words: {@code UNSATISFIED_REFERENCE} reads {@code "unsatisfied reference"}. */
    public static String stateWords(String state) {
        return state == null ? "unknown" : state.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * One failed component in one line: {@code "dev.ariadne.core / dev.ariadne.core.Jobs: failed activation —
     * disk full"}.
     */
    public static String problemSummary(ComponentProblem problem) {
        String detail = problem.detail() == null ? "" : problem.detail().strip().lines().map(String::strip)
                .filter(line -> !line.isEmpty()).findFirst().orElse("");
        return problem.bundle() + " / " + problem.component() + ": " + stateWords(problem.state())
                + (detail.isEmpty() ? "" : " \u2014 " + detail);
    }

    /** The whole report, as Copy to Clipboard puts it: facts, bundles, failed components. */
    public static String text(Facts facts, List<PluginInfo> bundles, List<ComponentProblem> problems) {
        StringBuilder text = new StringBuilder();
        text.append(PRODUCT).append(' ').append(facts.version()).append('\n');
        text.append("Java: ").append(facts.java()).append('\n');
        text.append("Operating system: ").append(facts.os()).append('\n');
        text.append("Case: ").append(facts.caseFolder()).append('\n');
        text.append("Plugin folder: ").append(facts.pluginFolder()).append('\n');
        text.append('\n').append("Bundles (").append(bundles.size()).append("):\n");
        for (PluginInfo bundle : bundles) {
            text.append(String.format(Locale.ROOT, "%4d  %-50s %-20s %s\n", bundle.bundleId(), bundle.symbolicName(),
                    bundle.version(), bundle.state()));
        }
        text.append('\n').append("Failed components (").append(problems.size()).append("):\n");
        if (problems.isEmpty()) {
            text.append("  none\n");
        }
        for (ComponentProblem problem : problems) {
            text.append("  ").append(problemSummary(problem)).append('\n');
        }
        return text.toString();
    }

    private static String value(Map<?, ?> system, String key) {
        Object value = system.get(key);
        return value == null ? "?" : value.toString();
    }
}
