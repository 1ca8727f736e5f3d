package dev.ariadne.ui.platform.internal.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ariadne.api.plugins.ComponentProblem;
import dev.ariadne.api.plugins.PluginInfo;
import org.junit.jupiter.api.Test;

class AboutReportTest {

    private static final Map<String, String> SYSTEM = Map.of("java.version", "17.0.15", "java.vendor", "Debian",
            "java.vm.name", "OpenJDK 64-Bit Server VM", "os.name", "Linux", "os.version", "6.1.0", "os.arch", "amd64");

    @Test
    void collectsFactsFromSystemProperties() {
        AboutReport.Facts facts = AboutReport.facts("0.1.0", SYSTEM, Optional.of("/cases/one"), "/opt/ariadne/plugins");

        assertThat(facts.java()).isEqualTo("17.0.15 (Debian, OpenJDK 64-Bit Server VM)");
        assertThat(facts.os()).isEqualTo("Linux 6.1.0 (amd64)");
        assertThat(facts.caseFolder()).isEqualTo("/cases/one");
        assertThat(AboutReport.facts("1", Map.of(), Optional.empty(), null))
                .extracting(AboutReport.Facts::caseFolder, AboutReport.Facts::pluginFolder, AboutReport.Facts::os)
                .containsExactly("No case is open", "unknown", "? ? (?)");
    }

    @Test
    void productVersionMovesTheQualifierBehindADash() {
        assertThat(AboutReport.productVersion("0.1.0.SNAPSHOT")).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(AboutReport.productVersion("1.2.0")).isEqualTo("1.2.0");
        assertThat(AboutReport.productVersion("1.2.0.202601011200")).isEqualTo("1.2.0-202601011200");
    }

    @Test
    void summarisesAComponentProblemInOneLine() {
        ComponentProblem problem = new ComponentProblem(12, "org.example.graph", "org.example.graph.Layout",
                "UNSATISFIED_REFERENCE", "\n  missing reference: relations (dev.ariadne.api.relations.RelationService)\n"
                        + "  second line");

        assertThat(AboutReport.problemSummary(problem)).isEqualTo("org.example.graph / org.example.graph.Layout: "
                + "unsatisfied reference \u2014 missing reference: relations (dev.ariadne.api.relations.RelationService)");
        assertThat(AboutReport.problemSummary(new ComponentProblem(1, "b", "c", "FAILED_ACTIVATION", null)))
                .isEqualTo("b / c: failed activation");
        assertThat(AboutReport.stateWords(null)).isEqualTo("unknown");
    }

    @Test
    void reportListsFactsBundlesAndProblems() {
        AboutReport.Facts facts = AboutReport.facts("0.1.0-SNAPSHOT", SYSTEM, Optional.empty(), "/p");
        List<PluginInfo> bundles = List.of(
                new PluginInfo(0, "org.apache.felix.framework", "7.0.5", "Felix", "ACTIVE", "System Bundle", false,
                        false, Optional.empty(), List.of()),
                new PluginInfo(9, "dev.ariadne.core", "0.1.0.SNAPSHOT", "Core", "ACTIVE", "reference:file:core.jar",
                        false, false, Optional.empty(), List.of()));

        String none = AboutReport.text(facts, bundles, List.of());
        assertThat(none).startsWith("Ariadne 0.1.0-SNAPSHOT\nJava: 17.0.15 (Debian, OpenJDK 64-Bit Server VM)\n")
                .contains("Case: No case is open\n", "Plugin folder: /p\n", "Bundles (2):\n",
                        "   0  org.apache.felix.framework", "   9  dev.ariadne.core",
                        "Failed components (0):\n  none\n")
                .doesNotContain("\r");
        String some = AboutReport.text(facts, bundles,
                List.of(new ComponentProblem(9, "dev.ariadne.core", "Jobs", "FAILED_ACTIVATION", "boom")));
        assertThat(some).endsWith("Failed components (1):\n  dev.ariadne.core / Jobs: failed activation \u2014 boom\n");
    }
}
