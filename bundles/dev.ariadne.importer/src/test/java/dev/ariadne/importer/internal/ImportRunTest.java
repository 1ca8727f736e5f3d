package dev.ariadne.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import dev.ariadne.api.importing.DocumentImporter;
import dev.ariadne.api.importing.ImportOptions;
import dev.ariadne.api.importing.ImportSummary;
import dev.ariadne.api.pipeline.DocumentStage;
import dev.ariadne.importer.internal.formats.ArchiveImporter;
import dev.ariadne.importer.internal.formats.BuiltInImporter;
import dev.ariadne.importer.internal.formats.HtmlImporter;
import dev.ariadne.importer.internal.formats.PlainTextImporter;
import dev.ariadne.importer.internal.store.DocumentTables;

/** The import job without a framework: an H2 case, the built-in text, HTML and archive importers. */
class ImportRunTest {

    @TempDir
    Path temp;
    H2Case aCase;
    ImportServiceImpl service;
    final Map<String, AtomicInteger> staged = new ConcurrentHashMap<>();

    @BeforeEach
    void setUp() throws Exception {
        aCase = new H2Case(temp.resolve("case"));
        service = new ImportServiceImpl(null, new ImportRun.Settings(1024 * 1024, 64L * 1024 * 1024, 1000));
        long id = 1;
        for (BuiltInImporter importer : List.of(new PlainTextImporter(), new HtmlImporter(),
                new ArchiveImporter())) {
            String[] types = switch (importer.getClass().getSimpleName()) {
                case "PlainTextImporter" -> new String[] {"text/plain"};
                case "HtmlImporter" -> new String[] {"text/html"};
                default -> new String[] {"application/zip"};
            };
            service.bindImporter(importer, Map.of(DocumentImporter.TYPES, types, "service.ranking",
                    BuiltInImporter.RANKING, "service.id", id++));
        }
        DocumentStage stage = (c, document, text) -> staged.computeIfAbsent(document.id(),
                key -> new AtomicInteger()).incrementAndGet();
        service.bindStage(stage, Map.of(DocumentStage.NAME, "counting", DocumentStage.VERSION, "1",
                DocumentStage.ORDER, 100));
    }

    @AfterEach
    void tearDown() throws Exception {
        service.deactivate();
        aCase.close();
    }

    private ImportSummary run(List<Path> paths, int parallelism) throws Exception {
        InlineJobContext context = new InlineJobContext(parallelism);
        try {
            return new ImportRun(service, aCase, paths, ImportOptions.DEFAULTS, service.settings).run(context);
        } finally {
            context.shutdown();
        }
    }

    @Test
    void filesAreImportedOnceDuplicatesAddSourcesAndUnchangedFilesAreSkipped() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "The council met in Lisbon on Monday.");
        Files.writeString(in.resolve("b.txt"), "The council met in Lisbon on Monday.");
        Files.writeString(in.resolve("c.html"), "<title>Page</title><p>A page about Porto.</p>");
        Files.write(in.resolve("empty.txt"), new byte[0]);

        ImportSummary first = run(List.of(in), 2);
        ImportSummary second = run(List.of(in), 1);

        assertThat(first.imported()).isEqualTo(2);
        assertThat(first.duplicates()).isEqualTo(1);
        assertThat(first.failed()).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("empty file"));
        assertThat(second.imported()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(staged).hasSize(2).allSatisfy((id, count) -> assertThat(count.get()).isEqualTo(1));
        try (Connection connection = aCase.connect()) {
            assertThat(DocumentTables.count(connection)).isEqualTo(2);
            assertThat(DocumentTables.list(connection, 0, 10)).allSatisfy(d -> assertThat(d.stages())
                    .contains("imported", "counting"));
        }
    }

    @Test
    void documentsThatMissAStageGetItOnTheNextImport() throws Exception {
        Path file = Files.writeString(temp.resolve("one.txt"), "A note about the port of Gdynia.");
        service.unbindStage(service.stages.snapshot().get(0).stage());
        run(List.of(file), 1);
        assertThat(staged).isEmpty();
        DocumentStage stage = (c, document, text) -> staged.computeIfAbsent(document.id(),
                key -> new AtomicInteger()).incrementAndGet();
        service.bindStage(stage, Map.of(DocumentStage.NAME, "late", DocumentStage.VERSION, "1"));

        ImportSummary resumed = run(List.of(), 1);

        assertThat(resumed.imported()).isZero();
        assertThat(staged).hasSize(1);
    }

    @Test
    void documentsAreWrittenInBatchesWithTheirStageMarksAndAnnouncedOnceWritten() throws Exception {
        Path in = Files.createDirectories(temp.resolve("many"));
        int files = ImportRun.DOCUMENT_BATCH * 3 + 5;
        for (int i = 0; i < files; i++) {
            Files.writeString(in.resolve("n" + i + ".txt"), "Note " + i + " about the convoy that left Tartu.");
        }
        Files.writeString(in.resolve("copy.txt"), "Note 7 about the convoy that left Tartu.");
        List<String> announcedBeforeWritten = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicInteger announced = new AtomicInteger();
        service.eventAdmin = new org.osgi.service.event.EventAdmin() {
            @Override
            public void postEvent(org.osgi.service.event.Event event) {
                announced.incrementAndGet();
                String id = (String) event.getProperty(dev.ariadne.api.events.Topics.DOCUMENT_ID);
                try (Connection connection = aCase.connect()) {
                    if (!DocumentTables.exists(connection, id)) {
                        announcedBeforeWritten.add(id);
                    }
                } catch (java.sql.SQLException e) {
                    announcedBeforeWritten.add(id + ": " + e);
                }
            }

            @Override
            public void sendEvent(org.osgi.service.event.Event event) {
                postEvent(event);
            }
        };

        ImportSummary summary = run(List.of(in), 2);

        assertThat(summary.imported()).isEqualTo(files);
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(summary.failed()).isEmpty();
        assertThat(announced.get()).isEqualTo(files);
        assertThat(announcedBeforeWritten).isEmpty();
        assertThat(staged).hasSize(files).allSatisfy((id, count) -> assertThat(count.get()).isEqualTo(1));
        try (Connection connection = aCase.connect()) {
            assertThat(DocumentTables.count(connection)).isEqualTo(files);
            assertThat(DocumentTables.list(connection, 0, files)).allSatisfy(d -> assertThat(d.stages())
                    .contains("imported", "counting"));
            assertThat(DocumentTables.pending(connection, Map.of("counting", "1"))).isEmpty();
        }
    }

    @Test
    void textLimitsAreWrittenAsAPersonReadsThem() {
        assertThat(ImportRun.limitInWords(32 * 1024 * 1024)).isEqualTo("32 MB");
        assertThat(ImportRun.limitInWords(5000)).isEqualTo("5000 characters");
    }

    /** Not a test: prints the import rate of small text files; run with -Dariadne.importer.perf=true. */
    @Test
    @EnabledIfSystemProperty(named = "ariadne.importer.perf", matches = "true")
    void measureTheImportRateOfSmallTextFiles() throws Exception {
        String[] words = ("the of and to in is that for it was on with as by at from this ministry delegation talks "
                + "border convoy statement report minister said army city river government agency council").split(" ");
        Random random = new Random(3);
        Path in = Files.createDirectories(temp.resolve("perf"));
        long bytes = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 5000) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            bytes += Files.writeString(in.resolve("d" + i + ".txt"), text).toFile().length();
        }
        run(List.of(Files.writeString(temp.resolve("warm.txt"), "warm up")), 1);
        long start = System.nanoTime();
        ImportSummary summary = run(List.of(in), 1);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d documents, %.1f MB in %.2f s: %.2f MB/s, %.3f ms per document%n", summary.imported(),
                bytes / 1e6, seconds, bytes / 1e6 / seconds, seconds * 1000 / summary.imported());
    }
}
