package dev.ariadne.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./ariadne} script picks the product, forwards the exit code and keeps the output clean. */
class LauncherScriptTest {

    @TempDir
    Path work;

    @Test
    void versionThroughTheScriptIsOneCleanLine() {
        Run run = Run.script(work, Map.of(), "--version");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).startsWith("Ariadne ");
        assertThat(run.err()).as("no start-up chatter on standard error").isEmpty();
    }

    @Test
    void theScriptForwardsUsageAndFailureExitCodes() {
        Run unknown = Run.script(work, Map.of(), "frobnicate");
        assertThat(unknown.exitCode()).as(unknown.describe()).isEqualTo(2);

        Run notACase = Run.script(work, Map.of(), "case", "info", work.toString());
        assertThat(notACase.exitCode()).as(notACase.describe()).isEqualTo(1);
        assertThat(notACase.err()).startsWith("ariadne case info: ");
    }

    @Test
    void guiWithoutADisplayFailsClearly() {
        Map<String, String> noDisplay = new HashMap<>();
        noDisplay.put("DISPLAY", null);
        noDisplay.put("WAYLAND_DISPLAY", null);

        Run run = Run.script(work, noDisplay, "gui");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(run.err()).contains("DISPLAY is not set");
        assertThat(run.out()).isEmpty();
    }
}
