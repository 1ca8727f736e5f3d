package dev.ariadne.api.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a query.
 *
 * @param totalHits how many documents match
 * @param hits the requested page of hits
 * @param facets facet field to its values and counts, largest first
 * @param tookMillis the time the search took
 */
public record SearchResult(long totalHits, List<Hit> hits, Map<String, List<FacetValue>> facets, long tookMillis) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * One matching document.
     *
     * @param documentId the document
     * @param title its title
     * @param score the relevance score
     * @param snippets passages with the matched terms, each with highlight ranges
     */
    public record Hit(String documentId, String title, float score, List<Snippet> snippets) {
        public Hit {
            snippets = List.copyOf(snippets);
        }
    }

    /**
     * A passage of the document text.
     *
     * @param start where the passage starts in the document text
     * @param text the passage
     * @param highlights {@code [start, end)} pairs within {@code text}, flattened
     */
    public record Snippet(int start, String text, int[] highlights) {
    }

    /**
     * A facet value and its count.
     *
     * @param value the value, e.g. {@code application/pdf}
     * @param count the number of matching documents with it
     */
    public record FacetValue(String value, long count) {
    }
}
