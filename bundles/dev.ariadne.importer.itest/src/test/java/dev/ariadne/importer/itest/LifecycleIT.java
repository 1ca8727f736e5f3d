package dev.ariadne.importer.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.test.common.annotation.InjectService;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.events.Topics;
import dev.ariadne.api.importing.DocumentImporter;
import dev.ariadne.api.importing.ImportOptions;
import dev.ariadne.api.importing.ImportSummary;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobState;
import dev.ariadne.api.pipeline.DocumentStage;

/** Duplicates, re-import, patterns, the importer and stage whiteboards, events, and resume after a cancel. */
class LifecycleIT extends ImporterTestBase {

    @InjectService(timeout = 30_000)
    ConfigurationAdmin configurationAdmin;

    @Test
    void identicalFilesAreOneDocumentWithTwoSourcesAndReimportSkipsUnchangedFiles() throws Exception {
        Case aCase = newCase("duplicates");
        Path folder = folder("dups");
        Samples.text(folder.resolve("a/statement.txt"), "The ministry denied the report on Monday.");
        Samples.text(folder.resolve("b/copy-of-statement.txt"), "The ministry denied the report on Monday.");
        Samples.text(folder.resolve("other.txt"), "A different text about the harbour in Gdansk.");

        ImportSummary first = importAll(aCase, folder);

        assertThat(first.imported()).isEqualTo(2);
        assertThat(first.duplicates()).isEqualTo(1);
        Document statement = bySourceEnd(aCase, "statement.txt");
        assertThat(statement.sources()).hasSize(2);
        assertThat(statement.duplicates()).isEqualTo(1);
        assertThat(store.count(aCase)).isEqualTo(2);
        assertThat(Files.list(aCase.folder().resolve("blobs").resolve(statement.id().substring(0, 2))
                .resolve(statement.id().substring(2, 4))).toList()).singleElement()
                .satisfies(blob -> assertThat(blob.getFileName().toString()).isEqualTo(statement.id()));

        ImportSummary second = importAll(aCase, folder);

        assertThat(second.imported()).isZero();
        assertThat(second.duplicates()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);

        Samples.text(folder.resolve("other.txt"), "The text about the harbour in Gdansk was revised.");
        ImportSummary third = importAll(aCase, folder);

        assertThat(third.imported()).isEqualTo(1);
        assertThat(third.unchanged()).isEqualTo(2);
        assertThat(store.count(aCase)).isEqualTo(3);
    }

    @Test
    void includeAndExcludePatternsApplyRelativeToEachRoot() throws Exception {
        Case aCase = newCase("patterns");
        Path folder = folder("patterns");
        Samples.text(folder.resolve("a.txt"), "Alpha text about Riga.");
        Samples.text(folder.resolve("b.md"), "# Beta\nMarkdown about Tallinn.");
        Samples.text(folder.resolve("skip/c.txt"), "Gamma text about Vilnius.");
        Samples.text(folder.resolve("sub/d.txt"), "Delta text about Minsk.");

        ImportSummary summary = ItestSupport.result(importer.importPaths(aCase, List.of(folder),
                new ImportOptions(List.of("*.txt"), List.of("skip"), Duration.ofSeconds(60), 5, 100)));

        assertThat(summary.imported()).isEqualTo(2);
        assertThat(sources(aCase)).hasSize(2).anyMatch(s -> s.endsWith("/a.txt"))
                .anyMatch(s -> s.endsWith("/sub/d.txt"));
    }

    @Test
    void theImporterWithTheHighestRankingForTheTypeWins() throws Exception {
        DocumentImporter plugin = (in, fileName, mediaType) -> new DocumentImporter.Parsed(
                "PLUGIN " + new String(in.readAllBytes(), StandardCharsets.UTF_8), List.of(),
                new DocumentMetadata("From the plugin", List.of("Plugin"), Optional.empty(), Optional.empty(),
                        mediaType, "und", 0, 0),
                List.of());
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(DocumentImporter.TYPES, new String[] {"text/plain"});
        properties.put(Constants.SERVICE_RANKING, 100);
        registrations.add(context.registerService(DocumentImporter.class, plugin, properties));
        Case aCase = newCase("ranking");
        Path file = Samples.text(folder("ranking").resolve("plain.txt"), "Some plain words.");

        importAll(aCase, file);

        Document document = byTitle(aCase, "From the plugin");
        assertThat(text(aCase, document)).isEqualTo("PLUGIN Some plain words.");
        assertThat(document.metadata().mediaType()).isEqualTo("text/plain");
        assertThat(document.metadata().sizeBytes()).isEqualTo(17);
    }

    @Test
    void everyNewDocumentIsAnnouncedAndGoesThroughEveryRegisteredStageInOrder() throws Exception {
        List<Event> events = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> handlerProperties = new Hashtable<>();
        handlerProperties.put(EventConstants.EVENT_TOPIC, Topics.DOCUMENT_ADDED);
        registrations.add(context.registerService(EventHandler.class, events::add, handlerProperties));
        List<String> calls = new CopyOnWriteArrayList<>();
        registrations.add(context.registerService(DocumentStage.class,
                (aCase, document, text) -> calls.add("late:" + document.id()), stage("itest-late", "1", 200)));
        registrations.add(context.registerService(DocumentStage.class, (aCase, document, text) -> {
            assertThat(text.documentId()).isEqualTo(document.id());
            calls.add("early:" + document.id());
        }, stage("itest-early", "1", 50)));
        Case aCase = newCase("stages");
        Path folder = folder("stages");
        Samples.text(folder.resolve("one.txt"), "One document about Oslo.");
        Samples.text(folder.resolve("two.txt"), "Another document about Bergen.");

        importAll(aCase, folder);

        List<Document> documents = documents(aCase);
        assertThat(documents).hasSize(2).allSatisfy(document -> {
            assertThat(document.stages()).contains("imported", "itest-early", "itest-late");
            assertThat(calls.indexOf("early:" + document.id())).isLessThan(calls.indexOf("late:" + document.id()));
        });
        assertThat(calls).hasSize(4);
        ItestSupport.waitFor("two DOCUMENT_ADDED events", () -> events.size() == 2);
        assertThat(events).extracting(e -> e.getProperty(Topics.DOCUMENT_ID))
                .containsExactlyInAnyOrderElementsOf(documents.stream().map(Document::id).toList());
        assertThat(events).allSatisfy(e -> assertThat(e.getProperty(Topics.CASE_ID)).isEqualTo(aCase.id()));
    }

    @Test
    void aNewStageVersionRunsOnTheDocumentsAlreadyThereWhenPendingStagesAreResumed() throws Exception {
        Case aCase = newCase("new-version");
        Path file = Samples.text(folder("version").resolve("doc.txt"), "A document about Turku.");
        importAll(aCase, file);
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        registrations.add(context.registerService(DocumentStage.class,
                (c, document, text) -> runs.computeIfAbsent(document.id(), id -> new AtomicInteger())
                        .incrementAndGet(),
                stage("itest-versioned", "2", 10)));

        ImportSummary resumed = ItestSupport.result(importer.importPaths(aCase, List.of(), ImportOptions.DEFAULTS));
        ItestSupport.result(importer.importPaths(aCase, List.of(), ImportOptions.DEFAULTS));

        assertThat(resumed.imported()).isZero();
        assertThat(runs).hasSize(1).allSatisfy((id, count) -> assertThat(count.get()).isEqualTo(1));
        assertThat(documents(aCase)).singleElement()
                .satisfies(d -> assertThat(d.stages()).contains("itest-versioned"));
    }

    @Test
    void aCancelledImportResumesWhereItStoppedAndEverythingIsThereExactlyOnce() throws Exception {
        int files = 120;
        Path folder = folder("resume");
        for (int i = 0; i < files; i++) {
            Samples.text(folder.resolve(String.format("f%03d.txt", i)), "Document number " + i
                    + " about the river crossing near Mostar, filed by the desk.");
        }
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger seen = new AtomicInteger();
        registrations.add(context.registerService(DocumentStage.class, (c, document, text) -> {
            runs.computeIfAbsent(document.id(), id -> new AtomicInteger()).incrementAndGet();
            if (seen.incrementAndGet() == 20) {
                reached.countDown();
                gate.await(60, TimeUnit.SECONDS);
            }
        }, stage("itest-counting", "1", 100)));
        Case aCase = newCase("resume");

        Job<ImportSummary> first = importer.importPaths(aCase, List.of(folder), ImportOptions.DEFAULTS);
        assertThat(reached.await(60, TimeUnit.SECONDS)).isTrue();
        first.cancel();
        gate.countDown();

        assertThatThrownBy(() -> ItestSupport.result(first)).isInstanceOf(ExecutionException.class);
        ItestSupport.waitFor("the first job to end", () -> first.status().state().isFinal());
        assertThat(first.status().state()).isEqualTo(JobState.CANCELLED);
        int afterCancel = store.count(aCase);
        assertThat(afterCancel).isBetween(20, files - 1);

        ImportSummary second = importAll(aCase, folder);

        assertThat(second.failed()).isEmpty();
        assertThat(second.imported()).isEqualTo(files - afterCancel);
        assertThat(second.unchanged()).isEqualTo(afterCancel);
        List<Document> documents = documents(aCase);
        assertThat(documents).hasSize(files);
        assertThat(documents.stream().map(Document::id).distinct()).hasSize(files);
        assertThat(documents).allSatisfy(d -> {
            assertThat(d.sources()).hasSize(1);
            assertThat(d.stages()).contains("imported", "itest-counting");
        });
        assertThat(runs).hasSize(files).allSatisfy((id, count) -> assertThat(count.get()).isEqualTo(1));
    }

    @Test
    void theImporterConfigurationLimitsTheTextKept() throws Exception {
        Path file = Samples.text(folder("config").resolve("long.txt"), "A long text about Tirana. ".repeat(400));
        Configuration configuration = configurationAdmin.getConfiguration("dev.ariadne.importer", "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("maxTextChars", 2048);
        configuration.update(properties);
        try {
            ItestSupport.waitFor("an import that keeps 2048 characters", () -> keptCharacters(file) == 2048);
        } finally {
            configuration.delete();
        }
        ItestSupport.waitFor("an import that keeps the whole text again", () -> keptCharacters(file) == 10_400);
    }

    private final AtomicInteger configCases = new AtomicInteger();

    /** Imports {@code file} into a new case and answers how much of its text was kept. */
    private int keptCharacters(Path file) {
        try {
            Case aCase = newCase("config-" + configCases.incrementAndGet());
            ImportSummary summary = importAll(aCase, file);
            int kept = text(aCase, bySourceEnd(aCase, "long.txt")).length();
            if (kept < 10_400) {
                assertThat(reason(summary, "long.txt")).isEqualTo("text truncated at " + kept + " characters ("
                        + kept + " characters kept; the document is imported)");
            }
            cases.close(aCase);
            return kept;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Dictionary<String, Object> stage(String name, String version, int order) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(DocumentStage.NAME, name);
        properties.put(DocumentStage.VERSION, version);
        properties.put(DocumentStage.ORDER, order);
        return properties;
    }

    static String read(InputStream in) throws java.io.IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
