package dev.ariadne.api.search;

/**
 * A query kept under a name in the case.
 *
 * @param name the name
 * @param query the query text
 */
public record SavedSearch(String name, String query) {
}
