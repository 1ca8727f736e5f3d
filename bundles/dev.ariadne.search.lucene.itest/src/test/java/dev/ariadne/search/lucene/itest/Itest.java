package dev.ariadne.search.lucene.itest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.osgi.framework.BundleContext;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.documents.DocumentText;

/** Work folders, documents and waiting with a deadline, for the in-framework search tests. */
final class Itest {

    /** How long the tests wait for something to happen. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private Itest() {
    }

    /** A new folder for one test under target/work. */
    static Path newWorkFolder(BundleContext context, String prefix) throws IOException {
        String work = context.getProperty("ariadne.itest.work");
        if (work == null) {
            throw new IllegalStateException("The test run does not set the framework property ariadne.itest.work");
        }
        Files.createDirectories(Path.of(work));
        return Path.of(work).resolve(prefix + "-" + UUID.randomUUID());
    }

    /** Polls {@code condition} every 20 ms until it holds; fails with {@code what} after {@code timeout}. */
    static void waitFor(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }

    /** A document as the importer would hand it to the stage. */
    static Document document(String id, String title, String mediaType, String language, String created,
            String source, String... authors) {
        Optional<Instant> date = created == null ? Optional.empty() : Optional.of(Instant.parse(created));
        DocumentMetadata metadata = new DocumentMetadata(title, List.of(authors), date, Optional.empty(), mediaType,
                language, 0, 1000);
        return new Document(id, metadata, List.of(source), Optional.empty(), Set.of("imported"));
    }

    static DocumentText text(Document document, String text) {
        return new DocumentText(document.id(), text, List.of());
    }
}
