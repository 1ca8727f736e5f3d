package dev.ariadne.search.lucene.itest;

import static dev.ariadne.search.lucene.itest.Itest.document;
import static dev.ariadne.search.lucene.itest.Itest.text;
import static dev.ariadne.search.lucene.itest.Itest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.pipeline.DocumentStage;
import dev.ariadne.api.search.SavedSearch;
import dev.ariadne.api.search.SearchException;
import dev.ariadne.api.search.SearchRequest;
import dev.ariadne.api.search.SearchResult;
import dev.ariadne.api.search.SearchResult.FacetValue;
import dev.ariadne.api.search.SearchResult.Hit;
import dev.ariadne.api.search.SearchResult.Snippet;
import dev.ariadne.api.search.SearchService;

/**
 * Full-text search on a real framework: documents fed through the {@code index} stage service as the importer would,
 * then found through the {@link SearchService}.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class SearchIT {

    /** How soon a document indexed during a job must be searchable. */
    static final Duration NEAR_REAL_TIME = Duration.ofSeconds(5);

    @InjectBundleContext
    BundleContext context;
    @InjectService(timeout = 30_000)
    CaseService cases;
    @InjectService(timeout = 30_000)
    JobService jobs;
    @InjectService(timeout = 30_000)
    SearchService search;
    @InjectService(timeout = 30_000, filter = "(ariadne.stage.name=index)")
    DocumentStage stage;
    @InjectService(timeout = 30_000)
    ConfigurationAdmin configurationAdmin;

    final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    final Map<String, String> texts = new HashMap<>();
    InMemoryDocumentStore store;

    @AfterEach
    void cleanUp() throws Exception {
        cases.openCases().forEach(cases::close);
        registrations.forEach(ServiceRegistration::unregister);
        Configuration configuration = configurationAdmin.getConfiguration("dev.ariadne.search", "?");
        if (configuration.getProperties() != null) {
            configuration.delete();
        }
    }

    private Case newCase(String name) throws Exception {
        return cases.create(Itest.newWorkFolder(context, name), name);
    }

    private void registerStore() {
        store = new InMemoryDocumentStore();
        registrations.add(context.registerService(DocumentStore.class, store, null));
    }

    private void feed(Case aCase, Document document, String body) throws Exception {
        texts.put(document.id(), body);
        if (store != null) {
            store.add(document, text(document, body));
        }
        stage.process(aCase, document, text(document, body));
    }

    /** A small investigation: statements, mails with an attachment, a web page, an analysis and a note. */
    private void feedCorpus(Case aCase) throws Exception {
        feed(aCase, document("press-1", "Statement of the Ministry of Ports", "text/plain; charset=UTF-8", "en",
                "2024-03-05T12:00:00Z", "/evidence/statements/ports.txt", "Office of the Spokesperson"),
                "On 4 March the Ministry of Ports confirmed that the freighter Meridian Star was held in Valletta. "
                        + "Minister Elena Varga said: \"No cargo left the harbour without inspection.\"");
        feed(aCase, document("mail-1", "Re: Meridian Star manifest", "message/rfc822", "en", "2024-03-02T08:15:00Z",
                "/evidence/mail/0001.eml", "Tomas Keller"),
                "Tomas, the manifest lists 40 containers of machine parts. The harbour master in Valletta wants the "
                        + "originals by Friday.");
        feed(aCase, document("mail-2", "Manifest attachment", "application/pdf", "en", "2024-03-02T08:15:00Z",
                "/evidence/mail/0001-attachment.pdf"),
                "Manifest of the Meridian Star. Container 17: turbine blades. Container 18: spare parts.");
        feed(aCase, document("web-1", "Hafenbehörde prüft Frachter", "text/html", "de", "2024-03-06T18:00:00Z",
                "/evidence/web/hafen.html"),
                "Die Hafenbehörde in Valletta prüft den Frachter Meridian Star. Ministerin Varga äußerte sich nicht.");
        feed(aCase, document("memo-1", "Analysis: shipping routes",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "en",
                "2023-12-18T09:00:00Z", "/evidence/analyses/routes.docx", "Desk B"),
                "Our analysis of shipping routes through the Strait of Sicily shows three vessels with repeated "
                        + "stops in Valletta and Tripoli.");
        feed(aCase, document("note-1", "Handwritten note", "text/plain", "und", null, "/evidence/notes/note.txt"),
                "call Keller re manifest \uD83D\uDE00 check e-mail");
        waitUntilFound(aCase, "", 6);
    }

    private void waitUntilFound(Case aCase, String query, long count) {
        waitFor(count + " documents for '" + query + "'", Itest.WAIT, () -> total(aCase, query) == count);
    }

    private long total(Case aCase, String query) {
        try {
            return search.search(aCase, new SearchRequest(query, 0, 0, SearchRequest.Sort.RELEVANCE, List.of(),
                    false)).totalHits();
        } catch (SearchException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> ids(Case aCase, String query) throws SearchException {
        return search.search(aCase, SearchRequest.of(query, 50)).hits().stream().map(Hit::documentId).toList();
    }

    /** The highlighted strings of a hit, each checked to be at its offsets in the document text. */
    private List<String> highlighted(Hit hit) {
        String full = texts.get(hit.documentId());
        List<String> marked = new ArrayList<>();
        for (Snippet snippet : hit.snippets()) {
            assertThat(full.substring(snippet.start(), snippet.start() + snippet.text().length()))
                    .as("snippet of %s at %d", hit.documentId(), snippet.start()).isEqualTo(snippet.text());
            int[] ranges = snippet.highlights();
            for (int i = 0; i + 1 < ranges.length; i += 2) {
                String inSnippet = snippet.text().substring(ranges[i], ranges[i + 1]);
                assertThat(full.substring(snippet.start() + ranges[i], snippet.start() + ranges[i + 1]))
                        .isEqualTo(inSnippet);
                marked.add(inSnippet);
            }
        }
        return marked;
    }

    // ----------------------------------------------------------------------------------------------------------------

    @Test
    void theIndexStageIsRegisteredWithItsNameVersionAndOrder() throws Exception {
        List<ServiceReference<DocumentStage>> references = new ArrayList<>(
                context.getServiceReferences(DocumentStage.class, "(ariadne.stage.name=index)"));
        assertThat(references).singleElement().satisfies(reference -> {
            assertThat(reference.getProperty(DocumentStage.VERSION)).isEqualTo("1");
            assertThat(reference.getProperty(DocumentStage.ORDER)).isEqualTo(100);
            assertThat(reference.getBundle().getSymbolicName()).isEqualTo("dev.ariadne.search.lucene");
        });
    }

    @Test
    void everyQueryFormFindsItsDocuments() throws Exception {
        Case aCase = newCase("queries");
        feedCorpus(aCase);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("valletta", List.of("press-1", "mail-1", "web-1", "memo-1"));
        expected.put("\"meridian star\"", List.of("press-1", "mail-1", "mail-2", "web-1"));
        expected.put("\"harbour inspection\"~5", List.of("press-1"));
        expected.put("\"harbour inspection\"", List.of());
        expected.put("harbour AND NOT inspection", List.of("mail-1"));
        expected.put("harbour OR hafenbehörde", List.of("press-1", "mail-1", "web-1"));
        expected.put("harbour valletta", List.of("press-1", "mail-1"));
        expected.put("+manifest -container", List.of("mail-1", "note-1"));
        expected.put("(tripoli OR friday) AND valletta", List.of("mail-1", "memo-1"));
        expected.put("contain*", List.of("mail-1", "mail-2"));
        expected.put("tr?poli", List.of("memo-1"));
        expected.put("turbne~", List.of("mail-2"));
        expected.put("title:manifest", List.of("mail-1", "mail-2"));
        expected.put("author:keller", List.of("mail-1"));
        expected.put("type:pdf", List.of("mail-2"));
        expected.put("type:docx", List.of("memo-1"));
        expected.put("type:mail", List.of("mail-1"));
        expected.put("type:\"text/html\"", List.of("web-1"));
        expected.put("lang:de", List.of("web-1"));
        expected.put("lang:und", List.of("note-1"));
        expected.put("year:2023", List.of("memo-1"));
        expected.put("year:[2023 TO 2024] AND valletta", List.of("press-1", "mail-1", "web-1", "memo-1"));
        expected.put("date:[2024-03-01 TO 2024-03-05]", List.of("press-1", "mail-1", "mail-2"));
        expected.put("date:{2024-03-02 TO 2024-03-06]", List.of("press-1", "web-1"));
        expected.put("date:2024-03-06", List.of("web-1"));
        expected.put("date:2023-12", List.of("memo-1"));
        expected.put("folder:\"/evidence/mail\"", List.of("mail-1", "mail-2"));
        expected.put("e-mail", List.of("note-1"));
        expected.put("ministerin", List.of("web-1"));
        expected.put("\"machine parts\"", List.of("mail-1"));
        expected.put("id:memo-1", List.of("memo-1"));
        for (Map.Entry<String, List<String>> entry : expected.entrySet()) {
            assertThat(ids(aCase, entry.getKey())).as(entry.getKey())
                    .containsExactlyInAnyOrderElementsOf(entry.getValue());
        }
    }

    @Test
    void aQueryThatCannotBeReadSaysWhere() throws Exception {
        Case aCase = newCase("errors");
        feedCorpus(aCase);
        assertThatThrownBy(() -> ids(aCase, "valletta AND (harbour OR")).isInstanceOf(SearchException.class)
                .hasMessageStartingWith("Column ");
        assertThatThrownBy(() -> ids(aCase, "\"meridian star")).isInstanceOf(SearchException.class)
                .hasMessageStartingWith("Column 1: the phrase that starts here is not closed");
        assertThatThrownBy(() -> ids(aCase, "valletta colour:red")).isInstanceOf(SearchException.class)
                .hasMessageStartingWith("Column 10: Unknown field 'colour'");
        assertThatThrownBy(() -> ids(aCase, "date:[2024-13-01 TO 2024-12-31]")).isInstanceOf(SearchException.class)
                .hasMessageContaining("is not a date");
    }

    @Test
    void snippetsCarryHighlightsAtTheOffsetsOfTheText() throws Exception {
        Case aCase = newCase("snippets");
        feedCorpus(aCase);

        SearchResult result = search.search(aCase, SearchRequest.of("valletta", 20));
        assertThat(result.hits()).hasSize(4).allSatisfy(hit -> {
            assertThat(hit.title()).isNotBlank();
            assertThat(highlighted(hit)).isNotEmpty().allSatisfy(marked -> assertThat(marked).isEqualTo("Valletta"));
        });
        Hit phrase = search.search(aCase, SearchRequest.of("\"harbour without inspection\"", 5)).hits().get(0);
        assertThat(String.join(" ", highlighted(phrase))).isEqualTo("harbour without inspection");
        Hit emoji = search.search(aCase, SearchRequest.of("check", 5)).hits().get(0);
        assertThat(highlighted(emoji)).containsExactly("check");
        assertThat(texts.get("note-1").indexOf("check")).isEqualTo(emoji.snippets().get(0).start()
                + emoji.snippets().get(0).highlights()[0]);
        Hit folded = search.search(aCase, SearchRequest.of("hafenbehorde", 5)).hits().get(0);
        assertThat(highlighted(folded)).containsExactly("Hafenbehörde");
    }

    @Test
    void facetsCountTheWholeResultAndDatesSortNewestFirst() throws Exception {
        Case aCase = newCase("facets");
        feedCorpus(aCase);

        SearchResult all = search.search(aCase, new SearchRequest("", 0, 2, SearchRequest.Sort.DATE,
                List.of("type", "lang", "year", "folder"), false));

        assertThat(all.totalHits()).isEqualTo(6);
        assertThat(all.hits()).extracting(Hit::documentId).containsExactly("note-1", "web-1");
        assertThat(all.facets().get("lang")).containsExactly(new FacetValue("en", 4), new FacetValue("de", 1),
                new FacetValue("und", 1));
        assertThat(all.facets().get("type")).startsWith(new FacetValue("text/plain", 2));
        assertThat(all.facets().get("year")).contains(new FacetValue("2024", 4), new FacetValue("2023", 1));
        assertThat(all.facets().get("folder")).startsWith(new FacetValue("/evidence/mail", 2));
        SearchResult valletta = search.search(aCase, new SearchRequest("valletta", 0, 10, SearchRequest.Sort.DATE,
                List.of("lang"), true));
        assertThat(valletta.hits()).extracting(Hit::documentId).containsExactly("web-1", "press-1", "mail-1",
                "memo-1");
        assertThat(valletta.facets().get("lang")).containsExactly(new FacetValue("en", 3), new FacetValue("de", 1));
    }

    @Test
    void documentsBecomeSearchableWhileASecondBatchIsStillBeingIndexed() throws Exception {
        Case aCase = newCase("nrt");
        for (int i = 0; i < 20; i++) {
            feed(aCase, document("first-" + i, "First batch " + i, "text/plain", "en", "2024-01-01T00:00:00Z",
                    "/batch1/" + i + ".txt"), "First batch document number " + i + " about lighthouses.");
        }
        waitUntilFound(aCase, "lighthouses", 20);

        CountDownLatch seen = new CountDownLatch(1);
        int more = 300;
        Job<Integer> secondBatch = jobs.submit("Index a second batch", job -> {
            feed(aCase, document("second-0", "Second batch 0", "text/plain", "en", "2024-02-01T00:00:00Z",
                    "/batch2/0.txt"), "The first of the second batch mentions a zeppelin.");
            if (!seen.await(Itest.WAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("The test never saw the first document of the second batch");
            }
            ExecutorService workers = job.executor();
            List<Future<?>> done = new ArrayList<>();
            for (int i = 1; i <= more; i++) {
                int n = i;
                done.add(workers.submit(() -> {
                    feed(aCase, document("second-" + n, "Second batch " + n, "text/plain", "en",
                            "2024-02-01T00:00:00Z", "/batch2/" + n + ".txt"),
                            "Second batch document number " + n + " about airships.");
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            return more + 1;
        });

        long started = System.nanoTime();
        waitFor("the first document of the second batch", NEAR_REAL_TIME,
                () -> total(aCase, "zeppelin") == 1);
        long foundAfterMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(secondBatch.status().state().isFinal()).as("the job is still running").isFalse();
        seen.countDown();
        assertThat(secondBatch.result().toCompletableFuture().get(Itest.WAIT.toSeconds(), TimeUnit.SECONDS))
                .isEqualTo(more + 1);
        waitUntilFound(aCase, "airships", more);
        assertThat(total(aCase, "")).isEqualTo(20 + more + 1);
        assertThat(foundAfterMillis).isLessThan(NEAR_REAL_TIME.toMillis());
    }

    @Test
    void theIndexHistoryAndSavedSearchesAreIntactAfterTheCaseIsClosedAndOpenedAgain() throws Exception {
        registerStore();
        Case aCase = newCase("reopen");
        Path folder = aCase.folder();
        feedCorpus(aCase);
        List<String> before = ids(aCase, "valletta");
        ids(aCase, "manifest");
        search.save(aCase, new SavedSearch("Ports", "valletta AND harbour"));
        search.save(aCase, new SavedSearch("Attachments", "type:pdf"));

        cases.close(aCase);
        assertThatThrownBy(() -> ids(aCase, "valletta")).isInstanceOf(SearchException.class)
                .hasMessageContaining("closed");
        Case reopened = cases.open(folder);

        assertThat(ids(reopened, "valletta")).containsExactlyInAnyOrderElementsOf(before);
        assertThat(total(reopened, "")).isEqualTo(6);
        assertThat(total(reopened, "year:2023")).isEqualTo(1);
        Hit hit = search.search(reopened, SearchRequest.of("turbine", 5)).hits().get(0);
        assertThat(highlighted(hit)).containsExactly("turbine");
        assertThat(store.bulkReads.get()).as("snippet texts read from the document store after reopening, a page "
                + "at a time").isPositive();
        assertThat(search.history(reopened, 10)).containsExactly("turbine", "year:2023", "valletta", "manifest");
        assertThat(search.saved(reopened)).containsExactly(new SavedSearch("Attachments", "type:pdf"),
                new SavedSearch("Ports", "valletta AND harbour"));
        search.deleteSaved(reopened, "Ports");
        assertThat(search.saved(reopened)).extracting(SavedSearch::name).containsExactly("Attachments");
        try (Stream<Path> files = Files.list(reopened.area("index"))) {
            assertThat(files.map(file -> file.getFileName().toString())).anyMatch(name -> name.startsWith("segments"));
        }
    }

    @Test
    void aChangedConfigurationAppliesToTheNextSearches() throws Exception {
        Case aCase = newCase("config");
        String sentence = "The convoy passed Valletta at night. ";
        String body = (sentence + "Nothing else happened on that day, as the logs of the port show. ").repeat(6);
        feed(aCase, document("log-1", "Port log", "text/plain", "en", "2024-05-01T00:00:00Z", "/logs/port.txt"),
                body);
        waitUntilFound(aCase, "convoy", 1);
        assertThat(search.search(aCase, SearchRequest.of("valletta", 5)).hits().get(0).snippets()).hasSize(3);

        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("snippetsPerHit", 1);
        configurationAdmin.getConfiguration("dev.ariadne.search", "?").update(properties);

        waitFor("one snippet per hit", Itest.WAIT, () -> {
            try {
                return search.search(aCase, SearchRequest.of("valletta", 5)).hits().get(0).snippets().size() == 1;
            } catch (SearchException e) {
                throw new AssertionError(e);
            }
        });
    }
}
