package dev.ariadne.search.lucene.internal;

import static dev.ariadne.search.lucene.internal.Documents.document;
import static dev.ariadne.search.lucene.internal.Documents.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.events.Topics;

/** The lifecycle of case indexes: events, commits, closing and settings. */
class CaseIndexesTest {

    @TempDir
    Path work;

    FakeCase aCase;
    CaseIndexes indexes;

    @BeforeEach
    void start() throws Exception {
        aCase = new FakeCase(work.resolve("case"));
        indexes = new CaseIndexes(new ThreadJobs(), new IndexSettings(16, 1000, 1000, Duration.ofSeconds(30),
                Duration.ofSeconds(600)), new TestClock(Instant.parse("2025-01-01T00:00:00Z")));
    }

    @AfterEach
    void stop() throws Exception {
        indexes.deactivate();
        if (aCase.isOpen()) {
            aCase.close();
        }
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    private void index(String id) throws Exception {
        Document d = document(id, "Title " + id, "text/plain", "en", "2024-01-01T00:00:00Z", "/x/" + id);
        indexes.index(aCase, d, text(d, "Text of " + id));
    }

    @Test
    void theEndOfAJobCommitsAndRefreshes() throws Exception {
        index("a");
        CaseIndex index = indexes.forCase(aCase);
        assertThat(index.uncommitted()).isTrue();

        indexes.handleEvent(new Event(Topics.JOB_FINISHED, Map.of(Topics.JOB_ID, 1L)));

        waitFor("the commit and refresh", () -> {
            try {
                return !index.uncommitted() && index.count() == 1;
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void closingTheCaseClosesItsIndexAndAnotherCaseInstanceReopensIt() throws Exception {
        index("a");
        CaseIndex first = indexes.forCase(aCase);
        aCase.close();

        indexes.handleEvent(new Event(Topics.CASE_CLOSED, Map.of(Topics.CASE_ID, aCase.id())));

        waitFor("the index to close", () -> indexes.open().isEmpty());
        assertThat(first.usable()).isFalse();
        assertThatThrownBy(() -> indexes.forCase(aCase)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        aCase = new FakeCase(work.resolve("case"));
        CaseIndex second = indexes.forCase(aCase);
        assertThat(second).isNotSameAs(first);
        assertThat(second.openedClean()).isTrue();
        assertThat(second.count()).isEqualTo(1);
    }

    @Test
    void anIndexOnlySearchedIsNotWritten() throws Exception {
        index("a");
        indexes.forCase(aCase).close();
        Map<String, Long> before = files();

        CaseIndex reopened = indexes.forCase(aCase);
        assertThat(reopened.count()).isEqualTo(1);
        reopened.close();

        assertThat(files()).isEqualTo(before);
        assertThat(indexes.forCase(aCase).openedClean()).isTrue();
    }

    private Map<String, Long> files() throws java.io.IOException {
        Map<String, Long> files = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> list = java.nio.file.Files.list(aCase.area("index"))) {
            for (Path file : (Iterable<Path>) list::iterator) {
                if (!file.getFileName().toString().equals("write.lock")) {
                    files.put(file.getFileName().toString(), java.nio.file.Files.size(file));
                }
            }
        }
        return files;
    }

    @Test
    void aNewCaseInstanceForTheSameFolderReplacesAStaleIndexBeforeTheEventArrives() throws Exception {
        index("a");
        CaseIndex first = indexes.forCase(aCase);
        aCase.close();
        aCase = new FakeCase(work.resolve("case"));

        CaseIndex second = indexes.forCase(aCase);

        assertThat(first.usable()).isFalse();
        assertThat(second.count()).isEqualTo(1);
    }

    @Test
    void periodicMaintenanceRefreshesASearchedIndexAndCommitsWhenDue() throws Exception {
        indexes.apply(new IndexSettings(16, 1000, 1000, Duration.ofMillis(20), Duration.ofSeconds(1)));
        CaseIndex index = indexes.forCase(aCase);
        assertThat((int) index.search(searcher -> searcher.getIndexReader().numDocs())).isZero();
        index("a");
        waitFor("the refresh", () -> {
            try {
                return index.count() == 1;
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        waitFor("the commit", () -> !index.uncommitted());
    }

    @Test
    void anUnsearchedIndexIsNotRefreshedPeriodicallyButByItsNextSearch() throws Exception {
        indexes.apply(new IndexSettings(16, 1000, 1000, Duration.ofMillis(20), Duration.ofSeconds(1)));
        index("a");
        CaseIndex index = indexes.forCase(aCase);
        waitFor("the commit", () -> !index.uncommitted());

        assertThat(index.count()).as("documents visible before any search").isZero();
        assertThat((int) index.search(searcher -> searcher.getIndexReader().numDocs())).isEqualTo(1);
    }

    @Test
    void stagesRecordedByTheStoreAreRecognised() {
        for (String stage : List.of("index", "indexed", "index@1", "index:2", "index/1")) {
            assertThat(CaseIndexes.recordedAsIndexed(withStages(stage))).as(stage).isTrue();
        }
        for (String stage : List.of("imported", "indexing-plugin", "reindex", "extract")) {
            assertThat(CaseIndexes.recordedAsIndexed(withStages(stage))).as(stage).isFalse();
        }
    }

    private static Document withStages(String stage) {
        Document d = document("s", "S", "text/plain", "en", null, "/s");
        return new Document(d.id(), d.metadata(), d.sources(), Optional.empty(), new HashSet<>(List.of("imported", stage)));
    }

    @Test
    void deactivationClosesEveryIndexCleanlyAndRefusesNewOnes() throws Exception {
        index("a");
        CaseIndex index = indexes.forCase(aCase);
        indexes.deactivate();
        assertThat(index.usable()).isFalse();
        assertThatThrownBy(() -> indexes.forCase(aCase)).isInstanceOf(IllegalStateException.class);
    }
}
