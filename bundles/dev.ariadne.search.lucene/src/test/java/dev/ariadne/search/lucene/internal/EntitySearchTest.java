package dev.ariadne.search.lucene.internal;

import static dev.ariadne.search.lucene.internal.Documents.document;
import static dev.ariadne.search.lucene.internal.Documents.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ariadne.api.search.SearchException;
import dev.ariadne.api.search.SearchRequest;
import dev.ariadne.api.search.SearchResult;
import dev.ariadne.api.search.SearchResult.FacetValue;
import dev.ariadne.api.search.SearchResult.Hit;

/** {@code entity:} queries and the {@code entity} facet, resolved through a fake entity service. */
class EntitySearchTest {

    @TempDir
    Path work;

    FakeCase aCase;
    CaseIndexes indexes;
    LuceneSearchService service;
    FakeEntityService entities = new FakeEntityService();

    @BeforeEach
    void start() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2025-01-15T09:00:00Z"));
        aCase = new FakeCase(work.resolve("case"));
        indexes = new CaseIndexes(new ThreadJobs(),
                new IndexSettings(16, 1_000_000, 1_000_000, Duration.ofMillis(50), Duration.ofSeconds(5)), clock);
        service = new LuceneSearchService(indexes, 3, 120, 100, 50, clock);
        service.entities = entities;
        IndexStage stage = new IndexStage(indexes);
        String[][] documents = {
            {"d1", "Chancellor in Warsaw", "Olaf Scholz met Donald Tusk in Warsaw to talk about the border."},
            {"d2", "Berlin statement", "Scholz said in Berlin that the talks would go on."},
            {"d3", "Warsaw weather", "Snow fell on Warsaw all week; the airport closed twice."},
            {"d4", "Summit in Vilnius", "Tusk and the Lithuanian president met in Vilnius about the border."},
        };
        for (String[] d : documents) {
            var document = document(d[0], d[1], "text/plain", "en", "2024-03-0" + d[0].charAt(1) + "T10:00:00Z",
                    "/in/" + d[0] + ".txt");
            stage.process(aCase, document, text(document, d[2]));
        }
        indexes.forCase(aCase).refresh();
        entities.mentioned("Olaf Scholz", "d1", "d2").mentioned("Donald Tusk", "d1", "d4")
                .mentioned("Warsaw", "d1", "d3").mentioned("Vilnius", "d4").mentioned("Berlin", "d2");
        entities.aliases.put("scholz", "Olaf Scholz");
    }

    @AfterEach
    void stop() throws Exception {
        indexes.deactivate();
        aCase.close();
    }

    private List<String> ids(String query) throws SearchException {
        return service.search(aCase, SearchRequest.of(query, 20)).hits().stream().map(Hit::documentId).sorted()
                .toList();
    }

    @Test
    void anEntityFindsTheDocumentsThatMentionItByNameOrAlias() throws Exception {
        assertThat(ids("entity:\"Olaf Scholz\"")).containsExactly("d1", "d2");
        assertThat(ids("entity:Scholz")).containsExactly("d1", "d2");
        assertThat(ids("ENTITY:\"olaf scholz\"")).containsExactly("d1", "d2");
        assertThat(ids("entity:\"Nobody Known\"")).isEmpty();
    }

    @Test
    void entityClausesCombineWithEachOtherAndWithEverythingElse() throws Exception {
        assertThat(ids("entity:\"Olaf Scholz\" AND entity:Warsaw")).containsExactly("d1");
        assertThat(ids("entity:\"Donald Tusk\" OR entity:Berlin")).containsExactly("d1", "d2", "d4");
        assertThat(ids("entity:Warsaw -entity:\"Olaf Scholz\"")).containsExactly("d3");
        assertThat(ids("entity:\"Donald Tusk\" border Vilnius")).containsExactly("d4");
        assertThat(ids("entity:Warsaw AND date:2024-03-03")).containsExactly("d3");
        assertThat(ids("title:warsaw AND entity:\"Donald Tusk\"")).containsExactly("d1");
    }

    @Test
    void correctionsApplyAtTheNextSearchWithoutIndexingAgain() throws Exception {
        assertThat(ids("entity:Vilnius")).containsExactly("d4");

        entities.mentioned("Vilnius", "d3");
        entities.mentions.remove("Berlin");

        assertThat(ids("entity:Vilnius")).containsExactly("d3", "d4");
        assertThat(ids("entity:Berlin")).isEmpty();
    }

    @Test
    void withoutAnEntityServiceAnEntityQuerySaysWhatIsMissing() {
        service.entities = null;

        assertThatThrownBy(() -> ids("visit AND entity:\"Olaf Scholz\""))
                .isInstanceOf(SearchException.class)
                .hasMessageStartingWith("Column 11: ")
                .hasMessageContaining("entities feature");
    }

    @Test
    void wildcardsFuzzyNamesAndRangesOfEntitiesAreRefused() {
        for (String query : List.of("entity:Sch*", "entity:Scholz~", "entity:[a TO c]", "entity:/Sch.*/")) {
            assertThatThrownBy(() -> ids(query)).as(query)
                    .isInstanceOf(SearchException.class)
                    .hasMessageContaining("entity:\"Olaf Scholz\"");
        }
    }

    @Test
    void theEntityFacetCountsTheEntitiesOfTheMatchingDocuments() throws Exception {
        SearchResult result = service.search(aCase, new SearchRequest("border OR berlin", 0, 1,
                SearchRequest.Sort.RELEVANCE, List.of("entity", "type"), false));

        assertThat(result.totalHits()).isEqualTo(3);
        assertThat(entities.facetCalls).containsExactly(Set.of("d1", "d2", "d4"));
        assertThat(result.facets().get("entity")).containsExactly(new FacetValue("Donald Tusk", 2),
                new FacetValue("Olaf Scholz", 2), new FacetValue("Berlin", 1), new FacetValue("Vilnius", 1),
                new FacetValue("Warsaw", 1));
        assertThat(result.facets().get("type")).containsExactly(new FacetValue("text/plain", 3));
    }

    @Test
    void theEntityFacetIsEmptyWithoutAnEntityServiceOrAMatch() throws Exception {
        SearchRequest request = new SearchRequest("nothingmatchesthis", 0, 10, SearchRequest.Sort.RELEVANCE,
                List.of("entity"), false);
        assertThat(service.search(aCase, request).facets().get("entity")).isEmpty();

        service.entities = null;
        SearchResult all = service.search(aCase, new SearchRequest("", 0, 10, SearchRequest.Sort.RELEVANCE,
                List.of("entity"), false));
        assertThat(all.totalHits()).isEqualTo(4);
        assertThat(all.facets().get("entity")).isEmpty();
    }
}
