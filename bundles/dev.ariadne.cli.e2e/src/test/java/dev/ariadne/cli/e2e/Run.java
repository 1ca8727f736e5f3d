package dev.ariadne.cli.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * One finished process: its exit code and what it wrote. {@link #headless} runs the exported headless jar with the
 * options {@code ./ariadne} gives it, {@link #unpacked} runs it unpacked as the script's fast path does, and
 * {@link #script} runs the {@code ./ariadne} script itself.
 *
 * @param command what ran, for failure messages
 * @param exitCode the exit code
 * @param out standard output
 * @param err standard error
 */
record Run(List<String> command, int exitCode, String out, String err) {

    /** How long one run may take before the test fails (a hung CLI must not hang the build). */
    static final long TIMEOUT_SECONDS = 120;

    /** The repository root, passed by Maven. */
    static Path home() {
        return Path.of(requiredProperty("ariadne.home"));
    }

    /** The exported headless product, passed by Maven; fails with a clear message when it was not built. */
    static Path headlessJar() {
        Path jar = Path.of(requiredProperty("ariadne.headless.jar"));
        if (!Files.isRegularFile(jar)) {
            fail(jar + " does not exist: build the product first (./mvnw -B install -pl product -am)");
        }
        return jar;
    }

    /**
     * Runs {@code java -jar headless.jar args} in {@code work} with the options {@code ./ariadne} gives the headless
     * product (see {@link #java}) and a throw-away framework cache.
     */
    static Run headless(Path work, String... args) {
        return java(work, List.of("-jar", headlessJar().toString()), args);
    }

    /**
     * Runs the headless product the way {@code ./ariadne} runs it on its fast path: unpacked into {@code work/boot},
     * the launcher and framework on the class path, the bundles installed by reference from there, and the framework
     * cache {@code work/framework} kept between runs.
     */
    static Run unpacked(Path work, String... args) {
        Path boot = work.resolve("boot");
        List<String> options = new ArrayList<>();
        try {
            if (!Files.isDirectory(boot)) {
                unzip(headlessJar(), boot);
            }
            Properties launcher = new Properties();
            try (InputStream in = Files.newInputStream(boot.resolve("launcher.properties"))) {
                launcher.load(in);
            }
            Manifest manifest;
            try (InputStream in = Files.newInputStream(boot.resolve("META-INF/MANIFEST.MF"))) {
                manifest = new Manifest(in);
            }
            List<String> classPath = new ArrayList<>();
            for (String entry : manifest.getMainAttributes().getValue("Embedded-Runpath").split(",")) {
                classPath.add(boot.resolve(entry.trim()).toString());
            }
            classPath.add(headlessJar().toString());
            List<String> bundles = new ArrayList<>();
            for (String entry : launcher.getProperty("launch.bundles").split(",")) {
                bundles.add(boot.resolve(entry.trim()).toString());
            }
            options.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), "-Dlaunch.embedded=false",
                    "-Dlaunch.bundles=" + String.join(",", bundles),
                    "-Dlaunch.storage.dir=" + work.resolve("framework"), "-Dlaunch.keep=true",
                    "-Dorg.osgi.framework.storage.clean=none", "aQute.launcher.Launcher"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java(work, options, args);
    }

    /**
     * Runs {@code ./ariadne args} in {@code work}, never building, with {@code environment} added (a {@code null}
     * value removes the variable) and preferences and data kept under {@code work}.
     */
    static Run script(Path work, Map<String, String> environment, String... args) {
        headlessJar();
        List<String> command = new ArrayList<>(List.of(home().resolve("ariadne").toString()));
        command.addAll(List.of(args));
        Map<String, String> env = new HashMap<>(environment);
        env.put("ARIADNE_NO_BUILD", "1");
        env.putIfAbsent("XDG_CONFIG_HOME", work.resolve("config").toString());
        env.putIfAbsent("XDG_DATA_HOME", work.resolve("data").toString());
        return start(command, work, env);
    }

    /**
     * Runs Java in {@code work} with the options {@code ./ariadne} gives the headless product, then {@code launch}
     * (how to start it) and {@code args}: {@code work/plugins} is the plugin folder, SPI Fly's start-up INFO lines are
     * silenced through java.util.logging, FileInstall polls every 100 ms with its scanner that also notices jars
     * removed between runs, and EventAdmin logs errors only (it warns when the framework stops while it delivers an
     * event).
     */
    private static Run java(Path work, List<String> launch, String... args) {
        Path plugins = work.resolve("plugins");
        Path logging = work.resolve("logging.properties");
        try {
            Files.createDirectories(plugins);
            Files.writeString(logging, "handlers=java.util.logging.ConsoleHandler\n.level=INFO\n"
                    + "org.apache.aries.spifly.level=WARNING\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dariadne.home=" + work, "-Dfelix.fileinstall.dir=" + plugins, "-Dfelix.fileinstall.poll=100",
                "-Dfelix.fileinstall.disableNio2=true",
                "-Dfelix.cm.dir=" + work.resolve("config"), "-Djava.util.logging.config.file=" + logging,
                "-Dorg.apache.felix.eventadmin.LogLevel=1"));
        command.addAll(launch);
        command.addAll(List.of(args));
        return start(command, work, Map.of());
    }

    private static void unzip(Path jar, Path into) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("entry outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
    }

    private static Run start(List<String> command, Path work, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(command + " did not end within " + TIMEOUT_SECONDS + " s; stderr so far: " + err.getNow(""));
            }
            return new Run(command, process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                return bytes.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            fail("system property " + name + " is not set; run the tests through Maven");
        }
        return value;
    }

    /** A description for assertion messages. */
    String describe() {
        return String.join(" ", command) + "\nexit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
