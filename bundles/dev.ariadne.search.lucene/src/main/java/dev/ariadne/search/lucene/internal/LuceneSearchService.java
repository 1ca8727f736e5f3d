package dev.ariadne.search.lucene.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.search.SavedSearch;
import dev.ariadne.api.search.SearchException;
import dev.ariadne.api.search.SearchRequest;
import dev.ariadne.api.search.SearchResult;
import dev.ariadne.api.search.SearchResult.FacetValue;
import dev.ariadne.api.search.SearchResult.Hit;
import dev.ariadne.api.search.SearchResult.Snippet;
import dev.ariadne.api.search.SearchService;

/**
 * The {@link SearchService} on each case's Lucene index ({@link CaseIndexes}).
 *
 * <p>A DS component; callers use it through {@link SearchService} from any thread but the UI thread (it blocks on
 * the index and the database). A search parses the query ({@link CaseQueryParser}), runs it once on the current
 * near-real-time searcher with an exact hit count and, when asked, facet counts over the whole result
 * ({@link FacetCounts}), reads the id and title of the requested page of hits from the small stored fields, and
 * highlights the body of those hits only ({@link SnippetHighlighter}). The body is not stored in the index: snippet
 * text comes from the case's cache of recently indexed or highlighted texts, else from the importer's
 * {@link dev.ariadne.api.documents.DocumentStore}; a hit whose text is in neither (no store installed, or the
 * document is gone) has no snippets.
 *
 * <p>Entities: {@code entity:"Olaf Scholz"} clauses are resolved while the query is parsed through the
 * {@link EntityService} ({@link EntityService#documentsMentioning}), and the {@code entity} facet counts, through
 * {@link EntityService#topEntities}, the entities named by the matching documents (at most
 * {@value #MAX_ENTITY_FACET_DOCUMENTS} of them, in index order). The entity service is an optional, dynamic reference:
 * without it an {@code entity:} query fails with a {@link SearchException} that says so, and the {@code entity} facet
 * is empty.
 *
 * <p>Every query run is recorded in the case's history ({@link SearchHistory}), one small database write.
 */
@Component(service = SearchService.class, configurationPid = SearchConfig.PID)
public class LuceneSearchService implements SearchService {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchService.class);

    /** The deepest hit a request may page to. */
    static final int MAX_WINDOW = 100_000;
    private static final Sort NEWEST_FIRST = new Sort(new SortField(IndexFields.DATE, SortField.Type.LONG, true),
            SortField.FIELD_SCORE);

    /** The most matching documents whose entities the {@code entity} facet counts. */
    static final int MAX_ENTITY_FACET_DOCUMENTS = 100_000;

    private final CaseIndexes indexes;
    private final SearchHistory history;

    /** The entities of the cases, when the entities feature runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EntityService entities;
    private volatile int snippetsPerHit;
    private volatile int snippetChars;
    private volatile int maxFacetValues;

    /**
     * Called by DS.
     *
     * @param indexes the open case indexes
     * @param config the configuration of {@value SearchConfig#PID}
     */
    @Activate
    public LuceneSearchService(@Reference CaseIndexes indexes, SearchConfig config) {
        this(indexes, config.snippetsPerHit(), config.snippetChars(), config.maxFacetValues(), config.historySize(),
                Clock.systemUTC());
    }

    /** For tests: a service with the given result settings. */
    LuceneSearchService(CaseIndexes indexes, int snippetsPerHit, int snippetChars, int maxFacetValues,
            int historySize, Clock clock) {
        this.indexes = indexes;
        this.history = new SearchHistory(historySize, clock);
        this.snippetsPerHit = Math.max(1, snippetsPerHit);
        this.snippetChars = Math.max(40, snippetChars);
        this.maxFacetValues = Math.max(1, maxFacetValues);
    }

    /** Applies a changed configuration to the next searches. */
    @Modified
    void modified(SearchConfig config) {
        snippetsPerHit = Math.max(1, config.snippetsPerHit());
        snippetChars = Math.max(40, config.snippetChars());
        maxFacetValues = Math.max(1, config.maxFacetValues());
        history.size(config.historySize());
    }

    // ----------------------------------------------------------------------------------------------------------------
    // SearchService

    /**
     * {@inheritDoc}
     *
     * @throws SearchException also when a facet is unknown, the page is deeper than {@value #MAX_WINDOW} hits, the
     *         case is closed or its index cannot be read
     * @throws IllegalArgumentException when the offset or limit is negative
     */
    @Override
    public SearchResult search(Case aCase, SearchRequest request) throws SearchException {
        long started = System.nanoTime();
        Objects.requireNonNull(aCase, "aCase");
        Objects.requireNonNull(request, "request");
        if (request.offset() < 0 || request.limit() < 0) {
            throw new IllegalArgumentException("The offset and limit of a search cannot be negative: "
                    + request.offset() + ", " + request.limit());
        }
        if ((long) request.offset() + request.limit() > MAX_WINDOW) {
            throw new SearchException("Only the first " + MAX_WINDOW + " hits can be listed; narrow the query.",
                    null);
        }
        List<String> facets = facets(request.facets());
        EntityService entityService = entities;
        Query query = CaseQueryParser.parse(request.query(), indexes.analyzer(),
                entityService == null ? null : name -> entityService.documentsMentioning(aCase, name));
        long parsed = System.nanoTime();
        long opened;
        SearchResult result;
        try {
            CaseIndex index = indexes.forCase(aCase);
            opened = System.nanoTime();
            result = index.search(searcher -> run(aCase, index, searcher, query, request, facets, entityService,
                    started));
        } catch (IllegalStateException e) {
            // the case is closed, or closed while the search started (AlreadyClosedException)
            throw new SearchException("Cannot search case '" + aCase.name() + "': " + e.getMessage(), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new SearchException("The query matches too many terms (at most "
                    + IndexSearcher.getMaxClauseCount() + "); make its wildcards or fuzzy terms narrower.", e);
        } catch (IOException e) {
            LOG.error("Cannot read the index of case '{}'", aCase.name(), e);
            throw new SearchException("Cannot read the index of case '" + aCase.name() + "': " + e.getMessage(), e);
        }
        long searched = System.nanoTime();
        history.record(aCase, request.query());
        if (LOG.isDebugEnabled()) {
            LOG.debug("Searched '{}' in case '{}': {} hits; parse {} ms, open {} ms, search {} ms, history {} ms",
                    request.query(), aCase.name(), result.totalHits(), millis(parsed - started),
                    millis(opened - parsed), millis(searched - opened), millis(System.nanoTime() - searched));
        }
        return result;
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    private static List<String> facets(List<String> requested) throws SearchException {
        Set<String> facets = new LinkedHashSet<>();
        for (String facet : requested) {
            String name = facet == null ? "" : facet.strip().toLowerCase(Locale.ROOT);
            if (!IndexFields.FACETS.contains(name)) {
                throw new SearchException("Unknown facet '" + facet + "'; facets are "
                        + String.join(", ", IndexFields.FACETS) + ".", null);
            }
            facets.add(name);
        }
        return List.copyOf(facets);
    }

    private SearchResult run(Case aCase, CaseIndex index, IndexSearcher searcher, Query parsed, SearchRequest request,
            List<String> requestedFacets, EntityService entityService, long started) throws IOException {
        boolean entityFacet = requestedFacets.contains(IndexFields.ENTITY);
        List<String> facets = requestedFacets.stream().filter(f -> !IndexFields.ENTITY.equals(f)).toList();
        // rewritten once for the search and the highlighter, which would otherwise rewrite it (expanding fuzzy terms,
        // say) again for every hit it highlights
        Query query = searcher.rewrite(parsed);
        int window = request.offset() + request.limit();
        CollectorManager<?, ?> top;
        if (window == 0) {
            top = new TotalHitCountCollectorManager();
        } else if (request.sort() == SearchRequest.Sort.DATE) {
            top = new TopFieldCollectorManager(NEWEST_FIRST, window, null, Integer.MAX_VALUE);
        } else {
            top = new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE);
        }
        Object topResult;
        Map<String, List<FacetValue>> facetCounts = new java.util.LinkedHashMap<>();
        List<CollectorManager<?, ?>> managers = new ArrayList<>();
        managers.add(top);
        if (!facets.isEmpty()) {
            managers.add(new FacetCounts(facets, maxFacetValues));
        }
        if (entityFacet && entityService != null) {
            managers.add(new MatchingDocuments(MAX_ENTITY_FACET_DOCUMENTS));
        }
        if (managers.size() == 1) {
            topResult = searcher.search(query, top);
        } else {
            Object[] results = searcher.search(query,
                    new MultiCollectorManager(managers.toArray(new CollectorManager<?, ?>[0])));
            topResult = results[0];
            int next = 1;
            if (!facets.isEmpty()) {
                @SuppressWarnings("unchecked")
                Map<String, List<FacetValue>> counted = (Map<String, List<FacetValue>>) results[next++];
                facetCounts.putAll(counted);
            }
            if (entityFacet && entityService != null) {
                int[] docs = (int[]) results[next];
                facetCounts.put(IndexFields.ENTITY, entityFacet(aCase, entityService, searcher, docs));
            }
        }
        if (entityFacet && !facetCounts.containsKey(IndexFields.ENTITY)) {
            facetCounts.put(IndexFields.ENTITY, List.of());
        }
        if (!(topResult instanceof TopDocs topDocs)) {
            long total = ((Number) topResult).longValue();
            return new SearchResult(total, List.of(), facetCounts, millisSince(started));
        }
        ScoreDoc[] page = pageOf(topDocs.scoreDocs, request.offset());
        List<Hit> hits = hits(aCase, index, searcher, query, page, request.snippets());
        return new SearchResult(topDocs.totalHits.value, hits, facetCounts, millisSince(started));
    }

    /** The entities most named by the given matching documents, largest count first, ties by name. */
    private List<FacetValue> entityFacet(Case aCase, EntityService entityService, IndexSearcher searcher, int[] docs)
            throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        StoredFields stored = searcher.storedFields();
        IdAndTitle visitor = new IdAndTitle();
        List<String> ids = new ArrayList<>(docs.length);
        for (int doc : docs) {
            visitor.reset();
            stored.document(doc, visitor);
            if (visitor.id != null) {
                ids.add(visitor.id);
            }
        }
        Map<String, Integer> top;
        try {
            top = entityService.topEntities(aCase, ids, maxFacetValues);
        } catch (RuntimeException e) {
            LOG.warn("Cannot count the entities of {} documents of case '{}'", ids.size(), aCase.name(), e);
            return List.of();
        }
        return top.entrySet().stream()
                .map(entry -> new FacetValue(entry.getKey(), entry.getValue()))
                .sorted(java.util.Comparator.comparingLong(FacetValue::count).reversed()
                        .thenComparing(FacetValue::value))
                .limit(maxFacetValues)
                .toList();
    }

    private static ScoreDoc[] pageOf(ScoreDoc[] all, int offset) {
        if (offset >= all.length) {
            return new ScoreDoc[0];
        }
        ScoreDoc[] page = new ScoreDoc[all.length - offset];
        System.arraycopy(all, offset, page, 0, page.length);
        return page;
    }

    private List<Hit> hits(Case aCase, CaseIndex index, IndexSearcher searcher, Query query, ScoreDoc[] page,
            boolean withSnippets) throws IOException {
        StoredFields stored = searcher.storedFields();
        String[] ids = new String[page.length];
        String[] titles = new String[page.length];
        IdAndTitle visitor = new IdAndTitle();
        for (int i = 0; i < page.length; i++) {
            visitor.reset();
            stored.document(page[i].doc, visitor);
            ids[i] = visitor.id;
            titles[i] = visitor.title == null ? "" : visitor.title;
        }
        List<List<Snippet>> snippets = withSnippets ? snippets(aCase, index, searcher, query, page, ids) : null;
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
            hits.add(new Hit(ids[i], titles[i], score, snippets == null ? List.of() : snippets.get(i)));
        }
        return hits;
    }

    private List<List<Snippet>> snippets(Case aCase, CaseIndex index, IndexSearcher searcher, Query query,
            ScoreDoc[] page, String[] ids) throws IOException {
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        long started = System.nanoTime();
        Map<Integer, String> texts = snippetTexts(aCase, index, page, ids);
        if (texts.isEmpty()) {
            return page.length == 0 ? List.of() : Collections.nCopies(page.length, List.of());
        }
        long read = System.nanoTime();
        List<List<Snippet>> snippets = new SnippetHighlighter(searcher, indexes.analyzer(), texts, snippetChars)
                .snippets(query, docIds, snippetsPerHit);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Snippets of {} hits in case '{}': texts {} ms, highlighting {} ms", page.length, aCase.name(),
                    millis(read - started), millis(System.nanoTime() - read));
        }
        return snippets;
    }

    /**
     * The texts to highlight for a page of hits, by Lucene document number: from the case's text cache, and the rest
     * from the document store in one call ({@link DocumentStore#texts}), cut like the indexed text so that offsets
     * agree with the index, and kept in the cache. A hit whose text is in neither is absent.
     */
    private Map<Integer, String> snippetTexts(Case aCase, CaseIndex index, ScoreDoc[] page, String[] ids) {
        Map<Integer, String> texts = new HashMap<>();
        Map<String, List<Integer>> missing = new LinkedHashMap<>();
        TextCache cache = index.texts();
        for (int i = 0; i < page.length; i++) {
            if (ids[i] == null) {
                continue;
            }
            Optional<String> cached = cache.get(ids[i]);
            if (cached.isPresent()) {
                texts.put(page[i].doc, cached.get());
            } else {
                missing.computeIfAbsent(ids[i], id -> new ArrayList<>(1)).add(page[i].doc);
            }
        }
        DocumentStore store = indexes.documentStore;
        if (missing.isEmpty() || store == null) {
            return texts;
        }
        Map<String, DocumentText> read;
        try {
            read = store.texts(aCase, missing.keySet());
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the texts of {} documents for their snippets", missing.size(), e);
            return texts;
        }
        int maxChars = indexes.settings().maxIndexedChars();
        for (Map.Entry<String, List<Integer>> entry : missing.entrySet()) {
            DocumentText text = read.get(entry.getKey());
            if (text == null || text.text() == null) {
                continue;
            }
            String indexed = CaseIndex.prefix(text.text(), maxChars);
            cache.put(entry.getKey(), indexed);
            entry.getValue().forEach(doc -> texts.put(doc, indexed));
        }
        return texts;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Reads only the id and title of a stored document, and stops once it has both. */
    private static final class IdAndTitle extends StoredFieldVisitor {
        String id;
        String title;

        void reset() {
            id = null;
            title = null;
        }

        @Override
        public Status needsField(FieldInfo fieldInfo) {
            if (id != null && title != null) {
                return Status.STOP;
            }
            return IndexFields.ID.equals(fieldInfo.name) || IndexFields.TITLE.equals(fieldInfo.name) ? Status.YES
                    : Status.NO;
        }

        @Override
        public void stringField(FieldInfo fieldInfo, String value) {
            if (IndexFields.ID.equals(fieldInfo.name)) {
                id = value;
            } else if (IndexFields.TITLE.equals(fieldInfo.name)) {
                title = value;
            }
        }
    }

    @Override
    public List<String> history(Case aCase, int limit) {
        return history.history(aCase, limit);
    }

    @Override
    public void save(Case aCase, SavedSearch search) {
        history.save(aCase, search);
    }

    @Override
    public List<SavedSearch> saved(Case aCase) {
        return history.saved(aCase);
    }

    @Override
    public void deleteSaved(Case aCase, String name) {
        history.delete(aCase, name);
    }
}
