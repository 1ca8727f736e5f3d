package dev.ariadne.api.search;

import java.util.List;

/**
 * A query and how to present its results.
 *
 * @param query the query text, e.g. {@code title:visit AND "state visit"~3}
 * @param offset the first hit to return
 * @param limit the number of hits to return
 * @param sort relevance or date
 * @param facets the facet fields to count ({@code type}, {@code lang}, {@code year}, {@code folder}, {@code entity})
 * @param snippets whether to compute highlighted snippets
 */
public record SearchRequest(String query, int offset, int limit, Sort sort, List<String> facets, boolean snippets) {

    /** Result order. */
    public enum Sort {
        /** Best match first. */
        RELEVANCE,
        /** Newest document first. */
        DATE
    }

    public SearchRequest {
        facets = List.copyOf(facets);
    }

    /** The first {@code limit} hits by relevance with snippets and no facets. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, 0, limit, Sort.RELEVANCE, List.of(), true);
    }
}
