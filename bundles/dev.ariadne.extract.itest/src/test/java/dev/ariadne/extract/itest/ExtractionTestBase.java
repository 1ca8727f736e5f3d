package dev.ariadne.extract.itest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.entities.EntityExtractor;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.ExtractionService;
import dev.ariadne.api.entities.Mention;
import dev.ariadne.api.importing.ImportOptions;
import dev.ariadne.api.importing.ImportService;
import dev.ariadne.api.importing.ImportSummary;

/** The services the extraction tests use, a case per test, files to import and fake extractors. */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
abstract class ExtractionTestBase {

    /** How long the tests wait for a job or a condition. */
    static final Duration WAIT = Duration.ofSeconds(120);

    @InjectBundleContext
    BundleContext context;
    @InjectService(timeout = 30_000)
    CaseService cases;
    @InjectService(timeout = 30_000)
    ImportService importer;
    @InjectService(timeout = 30_000)
    DocumentStore store;
    @InjectService(timeout = 30_000)
    EntityService entities;
    @InjectService(timeout = 30_000)
    ExtractionService extraction;

    final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @AfterEach
    void closeCasesAndUnregister() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
        cases.openCases().forEach(cases::close);
    }

    Path newFolder(String prefix) throws IOException {
        String work = context.getProperty("ariadne.itest.work");
        if (work == null) {
            throw new IllegalStateException("The test run does not set the framework property ariadne.itest.work");
        }
        Path folder = Path.of(work).resolve(prefix + "-" + UUID.randomUUID());
        Files.createDirectories(folder);
        return folder;
    }

    Case newCase(String name) throws Exception {
        Path folder = newFolder(name);
        Files.delete(folder);
        return cases.create(folder, name);
    }

    static Path write(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    ImportSummary importAll(Case aCase, Path... paths) throws Exception {
        return importer.importPaths(aCase, List.of(paths), ImportOptions.DEFAULTS).result().toCompletableFuture()
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    Document bySourceEnd(Case aCase, String end) {
        return store.list(aCase, 0, 10_000).stream()
                .filter(d -> d.sources().stream().anyMatch(s -> s.endsWith(end))).findFirst()
                .orElseThrow(() -> new AssertionError("no document from a source ending with " + end));
    }

    /** Registers an extractor and waits until the extraction service uses it. */
    void register(String name, String version, int ranking, EntityExtractor extractor) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(EntityExtractor.NAME, name);
        properties.put(EntityExtractor.VERSION, version);
        properties.put(Constants.SERVICE_RANKING, ranking);
        registrations.add(context.registerService(EntityExtractor.class, extractor, properties));
        waitFor("extractor " + name + " in use", () -> extraction.extractors().contains(name + "/" + version));
    }

    /** An extractor that finds every whole-word occurrence of the given phrases with their types. */
    static EntityExtractor phrases(Object... phrasesAndTypes) {
        return (text, context) -> {
            List<Mention> out = new ArrayList<>();
            String body = text.text();
            for (int i = 0; i < phrasesAndTypes.length; i += 2) {
                String phrase = (String) phrasesAndTypes[i];
                EntityType type = (EntityType) phrasesAndTypes[i + 1];
                for (int at = body.indexOf(phrase); at >= 0; at = body.indexOf(phrase, at + 1)) {
                    int end = at + phrase.length();
                    if ((at == 0 || !Character.isLetterOrDigit(body.charAt(at - 1)))
                            && (end >= body.length() || !Character.isLetterOrDigit(body.charAt(end)))) {
                        out.add(new Mention(text.documentId(), at, end, phrase, type, 0.8, null, "phrases/1"));
                    }
                }
            }
            return out;
        };
    }

    /** Polls {@code condition} every 20 ms until it holds; fails with {@code what} after {@link #WAIT}. */
    static void waitFor(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + WAIT + " waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }
}
