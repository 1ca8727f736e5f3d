package dev.ariadne.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Bundles dropped into the plugin folder show in {@code ariadne plugins}; a broken one leaves the CLI usable. */
class PluginFolderTest {

    @TempDir
    Path work;

    /** A bundle of nothing but a manifest; {@code imports} may name a package no bundle exports. */
    static Path bundle(Path file, String symbolicName, String imports) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        if (imports != null) {
            main.putValue("Import-Package", imports);
        }
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return file;
    }

    static JsonObject plugin(JsonObject listing, String symbolicName) {
        for (JsonElement e : listing.getAsJsonArray("plugins")) {
            if (e.getAsJsonObject().get("symbolicName").getAsString().equals(symbolicName)) {
                return e.getAsJsonObject();
            }
        }
        return null;
    }

    @Test
    void aBrokenPluginIsListedWithItsReasonAndTheCommandLineStaysUsable() throws IOException {
        bundle(work.resolve("plugins/broken.jar"), "broken.plugin", "org.nowhere.missing");
        bundle(work.resolve("plugins/good.jar"), "good.plugin", null);

        Run run = Run.headless(work, "plugins", "--json");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonObject listing = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonObject broken = plugin(listing, "broken.plugin");
        assertThat(broken).as(run.describe()).isNotNull();
        assertThat(broken.get("fromPluginFolder").getAsBoolean()).isTrue();
        assertThat(broken.get("state").getAsString()).isEqualTo("INSTALLED");
        assertThat(broken.get("problem").getAsString()).contains("org.nowhere.missing");
        assertThat(plugin(listing, "good.plugin")).as(run.describe()).isNotNull();

        Run create = Run.headless(work, "case", "create", work.resolve("still-works").toString(), "--json");
        assertThat(create.exitCode()).as(create.describe()).isZero();
        assertThat(JsonParser.parseString(create.out()).getAsJsonObject().get("name").getAsString())
                .isEqualTo("still-works");
    }

    /** Runs as the script's fast path does, whose framework cache outlives a run: a removed jar must not linger. */
    @Test
    void aPluginRemovedFromTheFolderIsGoneOnTheNextRun() throws IOException {
        Path jar = bundle(work.resolve("plugins/good.jar"), "good.plugin", null);
        Run before = Run.unpacked(work, "plugins", "--json");
        assertThat(plugin(JsonParser.parseString(before.out()).getAsJsonObject(), "good.plugin"))
                .as(before.describe()).isNotNull();

        assertThat(Files.list(work.resolve("framework"))).as("the framework cache is kept").isNotEmpty();
        Files.delete(jar);
        Run after = Run.unpacked(work, "plugins", "--json");

        assertThat(after.exitCode()).as(after.describe()).isZero();
        assertThat(plugin(JsonParser.parseString(after.out()).getAsJsonObject(), "good.plugin"))
                .as(after.describe()).isNull();
    }
}
