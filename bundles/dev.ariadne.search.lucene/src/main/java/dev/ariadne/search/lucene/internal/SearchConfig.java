package dev.ariadne.search.lucene.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of full-text search, PID {@value #PID}; read by {@link CaseIndexes} (index settings) and
 * {@link LuceneSearchService} (result settings) at activation and whenever it changes, without a restart, and
 * rendered by the Preferences dialog from its metatype. A new indexing buffer applies to open writers at once.
 */
@ObjectClassDefinition(id = SearchConfig.PID, name = "Search",
        description = "The full-text index of each case and how search results are presented.")
public @interface SearchConfig {

    /** The configuration PID. */
    String PID = "dev.ariadne.search";

    /** How often, while documents are being indexed and the index is searched, the new ones become searchable. */
    @AttributeDefinition(name = "Refresh interval (ms)", min = "10", max = "1000",
            description = "While documents are being indexed and searched, how often the new ones become searchable.")
    int refreshMillis() default 500;

    /** The longest time indexed documents stay uncommitted while an import runs. */
    @AttributeDefinition(name = "Commit interval (s)", min = "1", max = "3600",
            description = "While documents are being indexed, the longest time before they are written durably. "
                    + "The index is also committed when a job ends and when the case closes.")
    int commitSeconds() default 10;

    /** The memory each case's index writer fills before it writes a segment. */
    @AttributeDefinition(name = "Indexing buffer (MB)", min = "1", max = "2048",
            description = "Memory each open case uses to buffer documents before writing them to the index.")
    double ramBufferMB() default 64;

    /** The longest text indexed per document. */
    @AttributeDefinition(name = "Longest indexed text (chars)", min = "1",
            description = "Text beyond this length in one document is not searchable; it keeps one huge file "
                    + "from exhausting memory.")
    int maxIndexedChars() default 32 * 1024 * 1024;

    /** The chars of document text kept in memory per open case for snippets. */
    @AttributeDefinition(name = "Snippet text cache (chars)", min = "0",
            description = "Document text each open case keeps in memory so that snippets need not re-read it.")
    long textCacheChars() default 4 * 1024 * 1024;

    /** How many snippets a hit gets at most. */
    @AttributeDefinition(name = "Snippets per hit", min = "1", max = "20",
            description = "The number of highlighted passages shown for each hit.")
    int snippetsPerHit() default 3;

    /** The length of a snippet in chars. */
    @AttributeDefinition(name = "Snippet length (chars)", min = "40", max = "2000",
            description = "About how long each highlighted passage is.")
    int snippetChars() default 200;

    /** How many values of each facet are returned. */
    @AttributeDefinition(name = "Facet values", min = "1", max = "10000",
            description = "The number of values listed for each facet, largest counts first.")
    int maxFacetValues() default 100;

    /** How many queries each case remembers. */
    @AttributeDefinition(name = "History length", min = "1", max = "100000",
            description = "How many distinct queries each case remembers in its search history.")
    int historySize() default 500;
}
