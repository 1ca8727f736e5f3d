package dev.ariadne.search.lucene.internal;

import java.time.Clock;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseSchema;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.pipeline.DocumentStage;
import dev.ariadne.api.search.SearchException;
import dev.ariadne.api.search.SearchService;

/**
 * The search bundle without a framework, for the documents benchmarks: {@link CaseIndexes} with the default settings,
 * the {@link IndexStage} and the {@link LuceneSearchService} with the default result settings; and, for the baselines,
 * the very analyzer, field layout and query parser of the bundle.
 *
 * <p>Lives in the search bundle's internal package because those classes are package-private. Made and used by
 * {@code DocumentsBench}; the stage is called on the import's worker threads, the rest on the benchmark's thread.
 */
public final class SearchAccess implements AutoCloseable {

    /** The stage's name, version and order, as its component properties give them. */
    public static final String STAGE_NAME = IndexStage.NAME;
    public static final String STAGE_VERSION = IndexStage.VERSION;
    public static final int STAGE_ORDER = IndexStage.ORDER;
    /** Stored fields read for each hit. */
    public static final String ID = IndexFields.ID;
    public static final String TITLE = IndexFields.TITLE;

    private final CaseIndexes indexes;
    private final IndexStage stage;
    private final LuceneSearchService search;

    /** The components, reading snippet texts from {@code store} as the product does. */
    public SearchAccess(DocumentStore store) {
        indexes = new CaseIndexes(null, IndexSettings.DEFAULTS, Clock.systemUTC());
        indexes.documentStore = store;
        stage = new IndexStage(indexes);
        search = new LuceneSearchService(indexes, 3, 200, 100, 500, Clock.systemUTC());
    }

    /** The index stage. */
    public DocumentStage stage() {
        return stage;
    }

    /** The search service. */
    public SearchService service() {
        return search;
    }

    /** Commits the case's index, as the end of an import job does. */
    public void commit(Case aCase) throws Exception {
        indexes.forCase(aCase).commit();
    }

    /** Commits and closes every index. */
    @Override
    public void close() {
        indexes.deactivate();
    }

    /** The tables of search history and saved searches, which a search writes to. */
    public static CaseSchema schema() {
        return new SearchSchema();
    }

    /** A new instance of the analyzer the bundle indexes and parses queries with. */
    public static Analyzer analyzer() {
        return new SearchAnalyzer();
    }

    /** The Lucene document the index stage makes of a document and its text. */
    public static org.apache.lucene.document.Document luceneDocument(Document document, String body) {
        long date = IndexFields.declaredDate(document.metadata()).map(java.time.Instant::toEpochMilli)
                .orElse(0L);
        return IndexFields.toLucene(document, body, date);
    }

    /** A query parsed as the search service parses it. */
    public static Query parse(String query, Analyzer analyzer) throws SearchException {
        return CaseQueryParser.parse(query, analyzer);
    }

    /** The fields words without a field search. */
    public static List<String> defaultFields() {
        return List.copyOf(CaseQueryParser.DEFAULT_FIELDS.keySet());
    }
}
