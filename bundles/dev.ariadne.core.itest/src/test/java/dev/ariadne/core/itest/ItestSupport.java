package dev.ariadne.core.itest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;

/** Paths the test run passes in as framework properties, and waiting with a deadline. */
final class ItestSupport {

    /** How long the tests wait for the framework, FileInstall or SCR to do something. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private ItestSupport() {
    }

    /** The folder holding the fixture plugin jars (target/fixtures). */
    static Path fixtures(BundleContext context) {
        return Path.of(property(context, "ariadne.itest.fixtures"));
    }

    /** A new empty folder for one test under target/work. */
    static Path newWorkFolder(BundleContext context, String prefix) throws IOException {
        Path work = Path.of(property(context, "ariadne.itest.work"));
        Files.createDirectories(work);
        return work.resolve(prefix + "-" + UUID.randomUUID());
    }

    static String property(BundleContext context, String key) {
        String value = context.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("The test run does not set the framework property " + key);
        }
        return value;
    }

    /** Polls {@code condition} every 20 ms until it holds; fails with {@code what} after {@link #WAIT}. */
    static void waitFor(String what, BooleanSupplier condition) {
        waitFor(what, condition, () -> "");
    }

    /**
     * Polls {@code condition} every 20 ms until it holds; fails after {@link #WAIT} with {@code what}, the state
     * {@code diagnosis} describes and the stacks of FileInstall's threads.
     */
    static void waitFor(String what, BooleanSupplier condition, Supplier<String> diagnosis) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + WAIT + " waiting for " + what + "\n"
                        + diagnosis.get() + "\n" + fileInstallThreads());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }

    private static String fileInstallThreads() {
        StringBuilder dump = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith("fileinstall")) {
                dump.append("Thread ").append(thread.getName()).append(' ').append(thread.getState()).append('\n');
                for (StackTraceElement element : stack) {
                    dump.append("    at ").append(element).append('\n');
                }
            }
        });
        return dump.toString();
    }

    /** Names, sizes and modification times of everything in a folder, the folder itself included. */
    static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                entries.put(folder.relativize(path).toString(), (Files.isDirectory(path) ? "dir " : "file ")
                        + Files.size(path) + " " + Files.getLastModifiedTime(path).toInstant());
            }
        }
        return entries;
    }
}
