package dev.ariadne.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The exported headless product, run as a process, does what {@code ./ariadne --help} promises. */
class HeadlessCommandLineTest {

    @TempDir
    Path work;

    @Test
    void versionPrintsOneLineAndExitsZero() {
        Run run = Run.headless(work, "--version");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).as(run.describe()).startsWith("Ariadne ").contains("Java ");
        assertThat(run.out().lines()).hasSize(1);
    }

    @Test
    void helpListsTheVerbsAndExitsZero() {
        Run run = Run.headless(work, "--help");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("case create <dir>").contains("case info <dir>").contains("plugins")
                .contains("gui [<case>]").contains("demo");

        Run verbHelp = Run.headless(work, "help", "case", "info");
        assertThat(verbHelp.exitCode()).as(verbHelp.describe()).isZero();
        assertThat(verbHelp.out()).startsWith("Usage: ariadne case info <dir> [--json]");
    }

    @Test
    void createdCaseIsDescribedAsJsonWithItsNameAndSchema() {
        Path folder = work.resolve("acme");

        Run create = Run.headless(work, "case", "create", folder.toString(), "--name", "Acme fraud");
        assertThat(create.exitCode()).as(create.describe()).isZero();
        assertThat(create.out()).contains("Acme fraud").contains(folder.toString());
        assertThat(folder.resolve("case.json")).isRegularFile();

        Run info = Run.headless(work, "case", "info", folder.toString(), "--json");
        assertThat(info.exitCode()).as(info.describe()).isZero();
        JsonObject json = JsonParser.parseString(info.out()).getAsJsonObject();
        assertThat(json.get("name").getAsString()).isEqualTo("Acme fraud");
        assertThat(json.get("folder").getAsString()).isEqualTo(folder.toString());
        assertThat(json.get("schemaVersion").getAsInt()).isPositive()
                .isEqualTo(json.get("supportedSchemaVersion").getAsInt());
        assertThat(json.get("supported").getAsBoolean()).isTrue();
        assertThat(json.get("locked").getAsBoolean()).as("closed after create").isFalse();
        assertThat(json.get("id").getAsString()).isNotBlank();
    }

    @Test
    void createWithJsonWritesOnlyJsonOnStandardOutput() {
        Path folder = work.resolve("relative-name");

        Run create = Run.headless(work, "case", "create", "relative-name", "--json");

        assertThat(create.exitCode()).as(create.describe()).isZero();
        JsonObject json = JsonParser.parseString(create.out()).getAsJsonObject();
        assertThat(json.get("folder").getAsString()).as("resolved against the working directory")
                .isEqualTo(folder.toString());
        assertThat(json.get("name").getAsString()).isEqualTo("relative-name");
    }

    @Test
    void createInAFolderThatAlreadyHoldsACaseFails() {
        Path folder = work.resolve("twice");
        assertThat(Run.headless(work, "case", "create", folder.toString()).exitCode()).isZero();

        Run again = Run.headless(work, "case", "create", folder.toString());

        assertThat(again.exitCode()).as(again.describe()).isEqualTo(1);
        assertThat(again.err()).startsWith("ariadne case create: ");
        assertThat(again.out()).isEmpty();
    }

    @Test
    void infoOnAFolderThatIsNotACaseExitsOneAndLeavesItUntouched() throws IOException {
        Path folder = Files.createDirectories(work.resolve("not-a-case"));
        Files.writeString(folder.resolve("notes.txt"), "just a file");
        Files.createDirectories(folder.resolve("sub"));
        Map<String, FileTime> before = snapshot(folder);

        Run run = Run.headless(work, "case", "info", folder.toString(), "--json");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(run.err()).as(run.describe()).startsWith("ariadne case info: ").contains(folder.toString());
        assertThat(run.out()).as("nothing on standard output").isEmpty();
        assertThat(snapshot(folder)).as("folder untouched").isEqualTo(before);
    }

    @Test
    void pluginsJsonListsTheCoreActive() {
        Run run = Run.headless(work, "plugins", "--json");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonArray plugins = root.getAsJsonArray("plugins");
        JsonObject core = null;
        for (JsonElement e : plugins) {
            if (e.getAsJsonObject().get("symbolicName").getAsString().equals("dev.ariadne.core")) {
                core = e.getAsJsonObject();
            }
        }
        assertThat(core).as("dev.ariadne.core in " + run.out()).isNotNull();
        assertThat(core.get("state").getAsString()).isEqualTo("ACTIVE");
        assertThat(core.get("version").getAsString()).isNotBlank();
        assertThat(root.get("pluginFolder").getAsString()).isEqualTo(work.resolve("plugins").toString());
        assertThat(run.err()).as("the plugin service answered: no fallback warning").doesNotContain("warning");
    }

    @Test
    void pluginsTableHasAHeaderAndTheCore() {
        Run run = Run.headless(work, "plugins");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("SYMBOLIC NAME").containsPattern("ACTIVE\\s+dev\\.ariadne\\.core\\s");
    }

    @Test
    void unknownVerbExitsTwoWithAHintOnStandardError() {
        Run run = Run.headless(work, "frobnicate");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).contains("unknown verb 'frobnicate'").contains("--help");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingArgumentExitsTwo() {
        Run run = Run.headless(work, "case", "info");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).contains("'case info' needs").contains("ariadne help case info");
    }

    /** Every path under {@code folder} with its modification time. */
    static Map<String, FileTime> snapshot(Path folder) throws IOException {
        Map<String, FileTime> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                files.put(folder.relativize(p).toString(), Files.getLastModifiedTime(p));
            }
        }
        return files;
    }
}
