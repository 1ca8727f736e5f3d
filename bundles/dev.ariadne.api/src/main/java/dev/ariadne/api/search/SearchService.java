package dev.ariadne.api.search;

import java.util.List;

import dev.ariadne.api.cases.Case;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Searches a case. Implemented by the search bundle; thread-safe, blocking (call it from a job, not the UI thread).
 * Documents become searchable within seconds of being imported.
 */
@ProviderType
public interface SearchService {

    /**
     * Runs a query.
     *
     * @throws SearchException when the query cannot be parsed; the message points at the problem
     */
    SearchResult search(Case aCase, SearchRequest request) throws SearchException;

    /** The queries run in this case, newest first, without repeats. */
    List<String> history(Case aCase, int limit);

    /** Saves a query under a name, replacing one of the same name. */
    void save(Case aCase, SavedSearch search);

    /** The saved searches of the case, by name. */
    List<SavedSearch> saved(Case aCase);

    /** Deletes a saved search. */
    void deleteSaved(Case aCase, String name);
}
