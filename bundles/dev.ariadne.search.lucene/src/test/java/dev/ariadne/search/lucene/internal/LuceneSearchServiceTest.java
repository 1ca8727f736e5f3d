package dev.ariadne.search.lucene.internal;

import static dev.ariadne.search.lucene.internal.Documents.document;
import static dev.ariadne.search.lucene.internal.Documents.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.search.SavedSearch;
import dev.ariadne.api.search.SearchException;
import dev.ariadne.api.search.SearchRequest;
import dev.ariadne.api.search.SearchResult;
import dev.ariadne.api.search.SearchResult.FacetValue;
import dev.ariadne.api.search.SearchResult.Hit;
import dev.ariadne.api.search.SearchResult.Snippet;

/** The search service on a case folder on disk, with the index stage feeding it, outside a framework. */
class LuceneSearchServiceTest {

    static final Duration DEADLINE = Duration.ofSeconds(10);

    @TempDir
    Path work;

    TestClock clock = new TestClock(Instant.parse("2025-01-15T09:00:00Z"));
    ThreadJobs jobs = new ThreadJobs();
    FakeCase aCase;
    CaseIndexes indexes;
    LuceneSearchService service;
    IndexStage stage;
    final Map<String, String> texts = new java.util.HashMap<>();

    @BeforeEach
    void start() throws Exception {
        aCase = new FakeCase(work.resolve("case"));
        start(new IndexSettings(16, 1_000_000, 1_000_000, Duration.ofMillis(50), Duration.ofSeconds(5)));
    }

    private void start(IndexSettings settings) {
        indexes = new CaseIndexes(jobs, settings, clock);
        service = new LuceneSearchService(indexes, 3, 120, 100, 50, clock);
        stage = new IndexStage(indexes);
    }

    @AfterEach
    void stop() throws Exception {
        indexes.deactivate();
        if (aCase.isOpen()) {
            aCase.close();
        }
    }

    private void feed(Document document, String body) throws Exception {
        texts.put(document.id(), body);
        stage.process(aCase, document, text(document, body));
    }

    private void feedSample() throws Exception {
        feed(document("d1", "State visit to Vienna", "text/plain; charset=UTF-8", "en", "2024-03-05T10:00:00Z",
                "/cases/a/statements/visit.txt", "Anna Müller"),
                "The state visit of the minister to Vienna was announced on Monday. Officials met at the Hofburg.");
        feed(document("d2", "Harbour report", "application/pdf", "en", "2023-11-20T08:00:00Z",
                "/cases/a/reports/harbour.pdf", "John Smith"),
                "Shipping through the harbour of Rotterdam grew. The minister did not visit.");
        feed(document("d3", "Besuch in Wien", "text/html", "de", "2024-07-01T00:00:00Z", "/cases/a/web/besuch.html"),
                "😀😀 Der Staatsbesuch in Wien wurde verschoben. Die Ministerin reiste nach Graz. Der Minister blieb.");
        feed(document("d4", "Re: visit schedule", "message/rfc822", "en", null, "/cases/a/mail/m1.eml",
                "Carla Rossi"), "Please confirm the e-mail about the visit schedule. Regards, Carla");
        indexes.forCase(aCase).refresh();
    }

    private SearchResult search(String query) throws SearchException {
        return service.search(aCase, SearchRequest.of(query, 20));
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(Hit::documentId).toList();
    }

    /** The highlighted strings of a hit's snippets, checked to be exactly where the text has them. */
    private List<String> highlighted(Hit hit) {
        String full = texts.get(hit.documentId());
        List<String> marked = new ArrayList<>();
        for (Snippet snippet : hit.snippets()) {
            assertThat(full.substring(snippet.start(), snippet.start() + snippet.text().length()))
                    .isEqualTo(snippet.text());
            int[] ranges = snippet.highlights();
            assertThat(ranges.length % 2).isZero();
            for (int i = 0; i < ranges.length; i += 2) {
                assertThat(ranges[i]).isLessThan(ranges[i + 1]);
                marked.add(snippet.text().substring(ranges[i], ranges[i + 1]));
                assertThat(full.substring(snippet.start() + ranges[i], snippet.start() + ranges[i + 1]))
                        .isEqualTo(marked.get(marked.size() - 1));
            }
        }
        return marked;
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void snippetsHighlightTermsPhrasesAndWildcardsAtTheirOffsets() throws Exception {
        feedSample();

        SearchResult minister = search("minister");
        assertThat(ids(minister)).containsExactlyInAnyOrder("d1", "d2", "d3");
        for (Hit hit : minister.hits()) {
            assertThat(highlighted(hit)).isNotEmpty().allSatisfy(text -> assertThat(text).isEqualToIgnoringCase(
                    "minister"));
        }
        Hit phrase = search("\"state visit\"").hits().get(0);
        assertThat(String.join(" ", highlighted(phrase))).isEqualToIgnoringCase("state visit");
        assertThat(highlighted(search("vien*").hits().get(0))).containsExactly("Vienna");
        assertThat(highlighted(search("rotterdm~").hits().get(0))).containsExactly("Rotterdam");
        Hit german = search("graz").hits().get(0);
        assertThat(highlighted(german)).containsExactly("Graz");
        assertThat(german.snippets().get(0).start()).isGreaterThan(4);
    }

    @Test
    void aLongPassageIsCutAroundItsMatch() throws Exception {
        String filler = "word ".repeat(800);
        String body = filler + "the needle sits here" + " " + filler;
        feed(document("long", "Long", "text/plain", "en", "2024-01-01T00:00:00Z", "/x/long.txt"), body);
        indexes.forCase(aCase).refresh();

        Hit hit = search("needle").hits().get(0);

        assertThat(hit.snippets()).hasSize(1);
        Snippet snippet = hit.snippets().get(0);
        assertThat(snippet.text().length()).isLessThanOrEqualTo(180);
        assertThat(snippet.start()).isGreaterThan(3000);
        assertThat(highlighted(hit)).containsExactly("needle");
    }

    @Test
    void aQueryWithoutBodyTermsGetsTheStartOfTheTextAsSnippet() throws Exception {
        feedSample();
        Hit hit = search("title:harbour").hits().get(0);
        assertThat(hit.snippets()).singleElement().satisfies(snippet -> {
            assertThat(snippet.start()).isZero();
            assertThat(snippet.highlights()).isEmpty();
            assertThat(snippet.text()).startsWith("Shipping through");
        });
    }

    @Test
    void facetsCountTheWholeResultNotJustThePage() throws Exception {
        feedSample();

        SearchResult result = service.search(aCase, new SearchRequest("visit OR minister OR schedule", 0, 1,
                SearchRequest.Sort.RELEVANCE, List.of("type", "lang", "year", "folder", "entity"), false));

        assertThat(result.totalHits()).isEqualTo(4);
        assertThat(result.hits()).hasSize(1);
        assertThat(result.hits().get(0).snippets()).isEmpty();
        assertThat(result.facets().get("lang")).containsExactly(new FacetValue("en", 3), new FacetValue("de", 1));
        assertThat(result.facets().get("type")).extracting(FacetValue::value).containsExactlyInAnyOrder(
                "text/plain", "application/pdf", "text/html", "message/rfc822");
        assertThat(result.facets().get("year")).containsExactly(new FacetValue("2024", 2), new FacetValue("2023", 1),
                new FacetValue("2025", 1));
        assertThat(result.facets().get("folder")).contains(new FacetValue("/cases/a/mail", 1));
        assertThat(result.facets().get("entity")).isEmpty();
    }

    @Test
    void sortsByDateNewestFirstAndPages() throws Exception {
        feedSample();

        SearchRequest byDate = new SearchRequest("", 0, 10, SearchRequest.Sort.DATE, List.of(), false);
        assertThat(ids(service.search(aCase, byDate))).containsExactly("d4", "d3", "d1", "d2");
        SearchRequest page = new SearchRequest("", 1, 2, SearchRequest.Sort.DATE, List.of(), false);
        SearchResult second = service.search(aCase, page);
        assertThat(ids(second)).containsExactly("d3", "d1");
        assertThat(second.totalHits()).isEqualTo(4);
        SearchResult countOnly = service.search(aCase, new SearchRequest("minister", 0, 0,
                SearchRequest.Sort.RELEVANCE, List.of("lang"), true));
        assertThat(countOnly.totalHits()).isEqualTo(3);
        assertThat(countOnly.hits()).isEmpty();
        assertThat(countOnly.facets().get("lang")).hasSize(2);
        assertThat(search("minister").hits()).allSatisfy(hit -> assertThat(hit.score()).isPositive());
    }

    @Test
    void aBadQueryOrFacetIsASearchExceptionThatSaysWhere() throws Exception {
        feedSample();
        assertThatThrownBy(() -> search("visit AND (harbour")).isInstanceOf(SearchException.class)
                .hasMessageStartingWith("Column 11:");
        assertThatThrownBy(() -> service.search(aCase, new SearchRequest("x", 0, 10, SearchRequest.Sort.RELEVANCE,
                List.of("colour"), false))).isInstanceOf(SearchException.class).hasMessageContaining("colour");
        assertThat(service.history(aCase, 10)).isEmpty();
    }

    @Test
    void historyKeepsEachQueryOnceNewestFirst() throws Exception {
        feedSample();
        for (String query : List.of("visit", "harbour", "visit", "  ", "wien", "harbour ")) {
            search(query);
        }
        assertThat(service.history(aCase, 10)).containsExactly("harbour", "wien", "visit");
        assertThat(service.history(aCase, 2)).containsExactly("harbour", "wien");
        assertThat(service.history(aCase, 0)).isEmpty();
    }

    @Test
    void historyForgetsTheOldestBeyondItsSize() throws Exception {
        feedSample();
        for (int i = 0; i < 60; i++) {
            search("visit OR q" + i);
        }
        List<String> history = service.history(aCase, 100);
        assertThat(history).hasSize(50);
        assertThat(history.get(0)).isEqualTo("visit OR q59");
        assertThat(history.get(49)).isEqualTo("visit OR q10");
    }

    @Test
    void savedSearchesAreKeptByNameAndReplaced() {
        service.save(aCase, new SavedSearch("visits", "visit"));
        service.save(aCase, new SavedSearch("Austria", "wien OR vienna"));
        service.save(aCase, new SavedSearch("visits", "\"state visit\""));
        assertThat(service.saved(aCase)).containsExactly(new SavedSearch("Austria", "wien OR vienna"),
                new SavedSearch("visits", "\"state visit\""));
        service.deleteSaved(aCase, "Austria");
        service.deleteSaved(aCase, "nothing of that name");
        assertThat(service.saved(aCase)).containsExactly(new SavedSearch("visits", "\"state visit\""));
        assertThatThrownBy(() -> service.save(aCase, new SavedSearch(" ", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDocumentIsSearchableSoonAfterItIsIndexedWithoutAnExplicitRefresh() throws Exception {
        feedSample();
        feed(document("late", "Late arrival", "text/plain", "en", "2024-02-02T00:00:00Z", "/x/late.txt"),
                "A zeppelin landed in the harbour.");
        waitFor("the new document to be found", () -> {
            try {
                return ids(search("zeppelin")).equals(List.of("late"));
            } catch (SearchException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void snippetTextComesFromTheDocumentStoreWhenNotCached() throws Exception {
        indexes.deactivate();
        start(new IndexSettings(16, 1_000_000, 0, Duration.ofMillis(50), Duration.ofSeconds(5)));
        MapDocumentStore store = new MapDocumentStore();
        indexes.documentStore = store;
        Document d = document("s1", "Stored", "text/plain", "en", "2024-01-01T00:00:00Z", "/x/s.txt");
        String body = "Only the store knows this sentence about a lighthouse.";
        store.add(d, text(d, body), "imported");
        feed(d, body);
        indexes.forCase(aCase).refresh();

        Hit hit = search("lighthouse").hits().get(0);

        assertThat(highlighted(hit)).containsExactly("lighthouse");
        assertThat(store.bulkReads.get()).isEqualTo(1);
        indexes.documentStore = null;
        assertThat(search("lighthouse").hits().get(0).snippets()).isEmpty();
    }

    @Test
    void aPageOfHitsReadsTheTextsTheCacheLacksInOneCallToTheStore() throws Exception {
        indexes.deactivate();
        start(new IndexSettings(16, 1_000_000, 1_000, Duration.ofMillis(50), Duration.ofSeconds(5)));
        MapDocumentStore store = new MapDocumentStore();
        indexes.documentStore = store;
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Document d = document("p" + i, "Page " + i, "text/plain", "en", "2024-01-0" + (1 + i % 9) + "T00:00:00Z",
                    "/x/p" + i + ".txt");
            // long enough that the 1,000-char cache keeps one text at most (a text over a quarter is not kept)
            String body = "Filler words come first here. ".repeat(i + 1) + "The lighthouse keeper wrote " + i
                    + " letters about the \"northern lighthouse\". " + "More filler follows. ".repeat(3);
            store.add(d, text(d, body), "imported");
            feed(d, body);
            all.add(d.id());
        }
        indexes.forCase(aCase).refresh();
        indexes.forCase(aCase).texts().clear();

        SearchResult result = search("\"northern lighthouse\"");

        assertThat(ids(result)).containsExactlyInAnyOrderElementsOf(all);
        assertThat(store.bulkReads.get()).isEqualTo(1);
        assertThat(store.textReads.get()).isZero();
        assertThat(store.bulkIds.get(0)).containsExactlyInAnyOrderElementsOf(all);
        for (Hit hit : result.hits()) {
            assertThat(highlighted(hit)).as(hit.documentId()).containsExactly("northern lighthouse");
        }

        // the texts the cache holds now are not read again; the rest are, in one more call
        TextCache cache = indexes.forCase(aCase).texts();
        List<String> cached = all.stream().filter(id -> cache.get(id).isPresent()).toList();
        assertThat(cached).isNotEmpty().hasSizeLessThan(all.size());
        SearchResult again = search("lighthouse keeper");
        assertThat(again.hits()).hasSize(12).allSatisfy(hit -> assertThat(highlighted(hit)).contains("lighthouse"));
        assertThat(store.bulkReads.get()).isEqualTo(2);
        assertThat(store.bulkIds.get(1)).hasSize(all.size() - cached.size()).doesNotContainAnyElementsOf(cached);
    }

    @Test
    void aTextMissingFromTheStoreOrAFailingStoreLeavesOnlyThoseHitsWithoutSnippets() throws Exception {
        indexes.deactivate();
        start(new IndexSettings(16, 1_000_000, 0, Duration.ofMillis(50), Duration.ofSeconds(5)));
        MapDocumentStore store = new MapDocumentStore();
        indexes.documentStore = store;
        Document kept = document("k1", "Kept", "text/plain", "en", "2024-01-01T00:00:00Z", "/x/k.txt");
        Document gone = document("g1", "Gone", "text/plain", "en", "2024-01-02T00:00:00Z", "/x/g.txt");
        store.add(kept, text(kept, "A lantern stood by the door."), "imported");
        feed(kept, "A lantern stood by the door.");
        feed(gone, "Another lantern, long gone.");
        indexes.forCase(aCase).refresh();

        Map<String, Hit> hits = new java.util.HashMap<>();
        search("lantern").hits().forEach(hit -> hits.put(hit.documentId(), hit));

        assertThat(hits).containsOnlyKeys(kept.id(), gone.id());
        assertThat(highlighted(hits.get(kept.id()))).containsExactly("lantern");
        assertThat(hits.get(gone.id()).snippets()).isEmpty();

        store.bulkFailure = new IllegalStateException("the database is gone");
        SearchResult failed = search("lantern");
        assertThat(failed.hits()).hasSize(2).allSatisfy(hit -> assertThat(hit.snippets()).isEmpty());
    }

    @Test
    void runningTheNewestQueryAgainWritesNoHistory() throws Exception {
        feedSample();
        search("visit");
        long first = historySeq("visit");
        search("visit");
        service.search(aCase, new SearchRequest("visit ", 1, 20, SearchRequest.Sort.RELEVANCE, List.of(), true));
        assertThat(historySeq("visit")).isEqualTo(first);

        search("harbour");
        search("visit");
        assertThat(historySeq("visit")).isGreaterThan(historySeq("harbour"));
        assertThat(service.history(aCase, 10)).containsExactly("visit", "harbour");
    }

    private long historySeq(String query) throws Exception {
        try (java.sql.Connection connection = aCase.connect();
                java.sql.PreparedStatement select = connection.prepareStatement(
                        "SELECT seq FROM search_history WHERE query = ?")) {
            select.setString(1, query);
            try (java.sql.ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("a history row for " + query).isTrue();
                return row.getLong(1);
            }
        }
    }

    @Test
    void theIndexOutlivesTheCaseAndAClosedCaseCannotBeSearched() throws Exception {
        feedSample();
        aCase.close();
        assertThatThrownBy(() -> search("visit")).isInstanceOf(SearchException.class)
                .hasMessageContaining("closed");
        waitFor("the index of the closed case to close", () -> indexes.open().isEmpty());

        aCase = new FakeCase(work.resolve("case"));
        assertThat(ids(search("visit"))).containsExactlyInAnyOrder("d1", "d2", "d4");
        assertThat(search("graz").totalHits()).isEqualTo(1);
        assertThat(indexes.open()).singleElement().satisfies(index -> assertThat(index.openedClean()).isTrue());
    }

    /** Indexes r0 and r1 and commits, indexes r2 and "kills" the writer; the store records r0 to r3 as indexed. */
    private MapDocumentStore indexThenKill() throws Exception {
        MapDocumentStore store = new MapDocumentStore();
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Document d = document("r" + i, "Report " + i, "text/plain", "en", "2024-01-0" + (i + 1) + "T00:00:00Z",
                    "/x/r" + i + ".txt");
            documents.add(d);
            store.add(d, text(d, "Report number " + i + " about the canal."), "imported", "index");
        }
        feed(documents.get(0), "Report number 0 about the canal.");
        feed(documents.get(1), "Report number 1 about the canal.");
        indexes.commitAll();
        feed(documents.get(2), "Report number 2 about the canal.");
        indexes.forCase(aCase).rollbackAndClose();
        store.add(documents.get(4), text(documents.get(4), "Never indexed: no index stage."), "imported");
        return store;
    }

    @Test
    void anIndexLeftUncleanIsRepairedFromTheDocumentStoreBeforeItsFirstUse() throws Exception {
        MapDocumentStore store = indexThenKill();
        indexes.documentStore = store;

        CaseIndex reopened = indexes.forCase(aCase);

        assertThat(reopened.openedClean()).isFalse();
        assertThat(jobs.submitted).isEmpty();
        assertThat(ids(search("canal"))).containsExactlyInAnyOrder("r0", "r1", "r2", "r3");
        reopened.close();
        assertThat(indexes.forCase(aCase).openedClean()).isTrue();
    }

    @Test
    void aLargeCaseIsRepairedInAJobWhileSearchesGoOn() throws Exception {
        MapDocumentStore store = indexThenKill();
        indexes.documentStore = store;
        indexes.inlineRepairLimit = 2;

        CaseIndex reopened = indexes.forCase(aCase);

        assertThat(jobs.submitted).containsExactly("Update the search index of Test case");
        jobs.results.get(0).get();
        assertThat(ids(search("canal"))).containsExactlyInAnyOrder("r0", "r1", "r2", "r3");
        reopened.close();
        assertThat(indexes.forCase(aCase).openedClean()).isTrue();
        assertThat(jobs.submitted).hasSize(1);
    }

    @Test
    void aRepairCutShortByTheCaseClosingLeavesTheIndexUnclean() throws Exception {
        MapDocumentStore store = indexThenKill();
        indexes.documentStore = store;
        indexes.inlineRepairLimit = 2;
        aCase.close();
        CaseIndex index = CaseIndex.open("again", org.apache.lucene.store.FSDirectory.open(work.resolve("case/index")),
                indexes.analyzer(), indexes.settings(), clock);

        assertThat(indexes.repair(aCase, index, store, new CaseIndexes.RepairProgress() {
            @Override
            public void total(int documents) {
                // not observed
            }

            @Override
            public void worked(String title) {
                // not observed
            }

            @Override
            public void failed(String documentId, String reason) {
                throw new AssertionError(reason);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        })).isFalse();
        index.repairPending(true);
        index.close();
        aCase = new FakeCase(work.resolve("case"));
        assertThat(indexes.forCase(aCase).openedClean()).isFalse();
    }

    @Test
    void longTextsAreIndexedUpToTheLimit() throws Exception {
        indexes.deactivate();
        start(new IndexSettings(16, 100, 1_000_000, Duration.ofMillis(50), Duration.ofSeconds(5)));
        String body = "early words " + "x ".repeat(60) + "late words beyond the limit";
        feed(document("big", "Big", "text/plain", "en", "2024-01-01T00:00:00Z", "/x/big.txt"), body);
        indexes.forCase(aCase).refresh();
        assertThat(ids(search("early"))).containsExactly("big");
        assertThat(ids(search("beyond"))).isEmpty();
    }

    @Test
    void aTextWithOnlyMetadataIsIndexed() throws Exception {
        Document d = document("meta", "Archive of letters", "application/zip", "und", null, "letters.zip");
        stage.process(aCase, d, new DocumentText("meta", "", List.of()));
        indexes.forCase(aCase).refresh();
        SearchResult result = search("type:archive letters");
        assertThat(ids(result)).containsExactly("meta");
        assertThat(result.hits().get(0).snippets()).isEmpty();
    }
}
