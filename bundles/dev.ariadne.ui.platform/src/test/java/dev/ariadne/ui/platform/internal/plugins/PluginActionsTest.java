package dev.ariadne.ui.platform.internal.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import dev.ariadne.api.plugins.PluginInfo;
import org.junit.jupiter.api.Test;

class PluginActionsTest {

    static PluginInfo info(long id, String state, boolean folder, boolean fragment, String problem) {
        return new PluginInfo(id, "org.example.b" + id, "1.2.3", "Bundle " + id, state,
                "file:/plugins/b" + id + ".jar", folder, fragment, Optional.ofNullable(problem),
                List.of("org.example.Service", "dev.ariadne.ui.api.WorkbenchView"));
    }

    @Test
    void startAppliesToInstalledOrResolvedBundles() {
        assertThat(PluginActions.canStart(info(5, "RESOLVED", true, false, null))).isTrue();
        assertThat(PluginActions.canStart(info(5, "INSTALLED", true, false, "unresolved"))).isTrue();
        assertThat(PluginActions.canStart(info(5, "ACTIVE", true, false, null))).isFalse();
        assertThat(PluginActions.canStart(info(5, "RESOLVED", true, true, null))).isFalse();
        assertThat(PluginActions.canStart(info(0, "RESOLVED", false, false, null))).isFalse();
    }

    @Test
    void stopAppliesToActiveOrStartingBundlesButNotTheFramework() {
        assertThat(PluginActions.canStop(info(5, "ACTIVE", false, false, null))).isTrue();
        assertThat(PluginActions.canStop(info(5, "STARTING", false, false, null))).isTrue();
        assertThat(PluginActions.canStop(info(5, "RESOLVED", false, false, null))).isFalse();
        assertThat(PluginActions.canStop(info(0, "ACTIVE", false, false, null))).isFalse();
        assertThat(PluginActions.canStop(info(5, "ACTIVE", false, true, null))).isFalse();
    }

    @Test
    void uninstallAppliesToAnythingButTheFramework() {
        assertThat(PluginActions.canUninstall(info(5, "INSTALLED", true, false, null))).isTrue();
        assertThat(PluginActions.canUninstall(info(5, "ACTIVE", false, true, null))).isTrue();
        assertThat(PluginActions.canUninstall(info(0, "ACTIVE", false, false, null))).isFalse();
        assertThat(PluginActions.canUninstall(info(5, "UNINSTALLED", false, false, null))).isFalse();
    }

    @Test
    void wordsSourceAndState() {
        assertThat(PluginActions.source(info(5, "ACTIVE", true, false, null))).isEqualTo("plugin folder");
        assertThat(PluginActions.source(info(5, "ACTIVE", false, false, null))).isEqualTo("product");
        assertThat(PluginActions.state(info(5, "ACTIVE", false, false, null))).isEqualTo("Active");
        assertThat(PluginActions.state(info(5, "RESOLVED", false, true, null))).isEqualTo("Resolved (fragment)");
    }

    @Test
    void problemSummaryIsTheFirstLineCut() {
        assertThat(PluginActions.problemSummary(Optional.empty())).isEmpty();
        assertThat(PluginActions.problemSummary(Optional.of("  Unresolved requirement: org.foo  ")))
                .isEqualTo("Unresolved requirement: org.foo");
        assertThat(PluginActions.problemSummary(Optional.of("\n\nActivation failed: boom\n\tat Foo.bar(Foo.java:3)")))
                .isEqualTo("Activation failed: boom \u2026");
        String longLine = "x".repeat(500);
        String cut = PluginActions.problemSummary(Optional.of(longLine));
        assertThat(cut).hasSize(PluginActions.CELL_LIMIT).endsWith("\u2026");
    }

    @Test
    void detailsListLocationServicesAndTheWholeProblem() {
        String details = PluginActions.details(info(7, "INSTALLED", true, false,
                "Unresolved requirement:\n  osgi.wiring.package=org.missing"));

        assertThat(details).contains("Bundle 7 (org.example.b7 1.2.3)", "Bundle id: 7", "State: Installed",
                "Source: plugin folder", "Location: file:/plugins/b7.jar", "Services (2):",
                "  dev.ariadne.ui.api.WorkbenchView\n  org.example.Service", "Problem:\nUnresolved requirement:\n"
                        + "  osgi.wiring.package=org.missing");
        PluginInfo none = new PluginInfo(1, "a", "1.0.0", "a", "ACTIVE", "loc", false, false, Optional.empty(),
                List.of());
        assertThat(PluginActions.details(none)).contains("Services: none").doesNotContain("Problem");
    }

    @Test
    void summaryCountsStatesSourcesAndProblems() {
        List<PluginInfo> plugins = List.of(info(0, "ACTIVE", false, false, null),
                info(1, "ACTIVE", true, false, null), info(2, "INSTALLED", true, false, "unresolved"));

        assertThat(PluginActions.summary(plugins))
                .isEqualTo("3 bundles, 2 active, 2 from the plugin folder, 1 with a problem");
        assertThat(PluginActions.summary(List.of(info(0, "ACTIVE", false, false, null))))
                .isEqualTo("1 bundle, 1 active, 0 from the plugin folder");
    }
}
