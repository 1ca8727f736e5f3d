package dev.ariadne.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginFolderTest {

    @TempDir
    Path folder;

    static Path jar(Path file, String symbolicName) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (symbolicName != null) {
            manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return file;
    }

    @Test
    void onlyJarsThatAreBundlesCount() throws IOException {
        Path bundle = jar(folder.resolve("a.jar"), "a.plugin");
        jar(folder.resolve("plain.jar"), null);
        Files.writeString(folder.resolve("README.md"), "not a jar");
        Files.writeString(folder.resolve("broken.jar"), "not a zip");

        assertThat(PluginFolder.bundleJars(folder)).containsExactly(bundle);
        assertThat(PluginFolder.bundleJars(folder.resolve("missing"))).isEmpty();
    }

    @Test
    void agreesWhenEveryBundleJarIsInstalled() throws IOException {
        Path a = jar(folder.resolve("a.jar"), "a.plugin");

        assertThat(PluginFolder.differences(folder, List.of(a), List.of("System Bundle", "jar/core.jar",
                a.toFile().toURI().toString()))).isEmpty();
    }

    @Test
    void reportsJarsNotInstalledYetAndBundlesWhoseJarWasRemoved() throws IOException {
        Path a = jar(folder.resolve("a.jar"), "a.plugin");
        String removed = "file:" + folder.resolve("gone.jar");

        assertThat(PluginFolder.differences(folder, List.of(a), List.of(removed)))
                .containsExactly("a.jar is not installed yet", "gone.jar was removed but is still installed");
    }

    @Test
    void bundlesFromElsewhereDoNotCount() {
        assertThat(PluginFolder.differences(folder, List.of(), List.of("file:/somewhere/else/x.jar",
                "reference:file:/opt/boot/jar/core.jar", "jar/cli.jar"))).isEmpty();
    }

    @Test
    void locationsAreReadAsFiles() {
        assertThat(PluginFolder.file("file:/opt/plugins/a.jar")).isEqualTo(Path.of("/opt/plugins/a.jar"));
        assertThat(PluginFolder.file("file:///opt/plugins/a.jar")).isEqualTo(Path.of("/opt/plugins/a.jar"));
        assertThat(PluginFolder.file("reference:file:/opt/x/b.jar")).isEqualTo(Path.of("/opt/x/b.jar"));
        assertThat(PluginFolder.file("file:/opt/my plugins/a.jar")).isEqualTo(Path.of("/opt/my plugins/a.jar"));
        assertThat(PluginFolder.file("jar/core.jar")).isNull();
        assertThat(PluginFolder.file("System Bundle")).isNull();
        assertThat(PluginFolder.file(null)).isNull();
    }
}
