package dev.ariadne.cli.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin folder FileInstall watches, seen from the command line: where it is, and whether the installed bundles
 * match its jars yet. A command line run is short; FileInstall installs a jar dropped into the folder, or uninstalls
 * one removed from it, only on its first scan, which may come after a quick command has already answered. So before
 * a verb runs the command line waits, briefly, until the two agree.
 *
 * <p>Pure functions over paths and bundle locations, plus {@link #of(BundleContext)}; called on the launcher's main
 * thread.
 */
final class PluginFolder {

    private static final Logger LOG = LoggerFactory.getLogger(PluginFolder.class);

    private PluginFolder() {
    }

    /**
     * The plugin folder as the launcher configures it: the framework property {@code felix.fileinstall.dir}, else
     * {@code plugins} under {@code ariadne.home}, else under the working directory; absolute.
     */
    static Path of(BundleContext context) {
        String dir = context.getProperty("felix.fileinstall.dir");
        if (dir == null || dir.isBlank()) {
            String home = context.getProperty("ariadne.home");
            return Path.of(home == null || home.isBlank() ? "." : home, "plugins").toAbsolutePath().normalize();
        }
        return Path.of(dir).toAbsolutePath().normalize();
    }

    /** The {@code *.jar} files of {@code folder} whose manifest names a bundle; empty when there is no folder. */
    static List<Path> bundleJars(Path folder) {
        List<Path> jars = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return jars;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path file : files) {
                if (isBundle(file)) {
                    jars.add(file.toAbsolutePath().normalize());
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list the plugin folder {}: {}", folder, e.toString());
        }
        return jars;
    }

    private static boolean isBundle(Path file) {
        try (JarFile jar = new JarFile(file.toFile())) {
            Manifest manifest = jar.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue("Bundle-SymbolicName") != null;
        } catch (IOException e) {
            LOG.debug("{} is not a readable jar: {}", file, e.toString());
            return false;
        }
    }

    /**
     * What still differs between the folder and the framework, in words: the bundle jars not installed yet, and the
     * installed bundles whose jar was removed from the folder. Empty when they agree.
     *
     * @param folder the plugin folder, absolute and normalised
     * @param jars the bundle jars in it ({@link #bundleJars})
     * @param locations the locations of every installed bundle
     */
    static List<String> differences(Path folder, Collection<Path> jars, Collection<String> locations) {
        Set<Path> installed = new HashSet<>();
        for (String location : locations) {
            Path file = file(location);
            if (file != null && folder.equals(file.getParent())) {
                installed.add(file);
            }
        }
        List<String> differences = new ArrayList<>();
        for (Path jar : jars) {
            if (!installed.contains(jar)) {
                differences.add(jar.getFileName() + " is not installed yet");
            }
        }
        for (Path file : installed) {
            if (!jars.contains(file) && !Files.exists(file)) {
                differences.add(file.getFileName() + " was removed but is still installed");
            }
        }
        return differences;
    }

    /** The file a bundle location names ({@code file:} or {@code reference:file:} URLs), or {@code null}. */
    static Path file(String location) {
        if (location == null) {
            return null;
        }
        String url = location.startsWith("reference:") ? location.substring("reference:".length()) : location;
        if (!url.startsWith("file:")) {
            return null;
        }
        try {
            return Path.of(URI.create(url.replace(" ", "%20"))).toAbsolutePath().normalize();
        } catch (IllegalArgumentException e) {
            LOG.debug("Bundle location {} is not a file URL: {}", location, e.toString());
            return null;
        }
    }
}
