package dev.ariadne.core.internal.cases;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;

import dev.ariadne.api.cases.Case;

/**
 * A second process for the lock and crash tests: {@code lock <folder>} holds a case's lock until its standard input
 * closes; {@code write <folder>} opens the case and writes records until it is killed. Each mode prints {@code READY}
 * once it holds the case, and {@code write} prints {@code WROTE n} after each record is durable.
 */
public final class CaseProcess {

    private CaseProcess() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path folder = Path.of(args[1]);
        switch (args[0]) {
            case "lock" -> {
                try (CaseLock lock = CaseLock.acquire(folder)) {
                    lock.announce(ProcessIdentity.describe());
                    out.println("READY " + ProcessHandle.current().pid());
                    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                    while (in.readLine() != null) {
                        // hold the lock until the parent closes our input
                    }
                }
            }
            case "write" -> {
                CaseServiceImpl service = new CaseServiceImpl(new OsgiDataSourceFactory(new Driver()), "0.1.0");
                Case aCase = service.open(folder);
                out.println("READY " + ProcessHandle.current().pid());
                for (int i = 0;; i++) {
                    aCase.records("crash").put(String.format("k%06d", i), "value " + i + " ".repeat(i % 500));
                    out.println("WROTE " + i);
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** A running child process and its output lines. */
    static final class Child implements AutoCloseable {
        final Process process;
        private final BufferedReader lines;

        private Child(Process process) {
            this.process = process;
            this.lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static Child start(String mode, Path folder) throws IOException {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            List<String> command = new ArrayList<>(List.of(java.toString(), "-cp",
                    System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    CaseProcess.class.getName(), mode, folder.toString()));
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.redirectError(ProcessBuilder.Redirect.INHERIT);
            return new Child(builder.start());
        }

        /** Reads output lines until one starts with {@code prefix}; fails when the process ends first. */
        String await(String prefix) throws IOException {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            throw new IOException("The child process ended before printing " + prefix);
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            if (!process.waitFor(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("The child process did not die");
            }
        }

        @Override
        public void close() throws Exception {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
