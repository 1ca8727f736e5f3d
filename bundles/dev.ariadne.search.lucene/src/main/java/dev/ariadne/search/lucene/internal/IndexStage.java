package dev.ariadne.search.lucene.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.pipeline.DocumentStage;

/**
 * The {@code index} stage: adds each imported document to its case's full-text index, replacing an earlier version
 * of it (so running the stage again is harmless).
 *
 * <p>A DS component registered as a {@link DocumentStage} whiteboard service with {@code ariadne.stage.name=index},
 * {@code ariadne.stage.version=1} and {@code ariadne.stage.order=100}. The importer calls {@link #process} on its job
 * worker threads, concurrently. The document is found by searches made from {@link SearchConfig#refreshMillis()} on
 * (by any search, when the index was not searched in the last half minute), and is
 * committed within {@link SearchConfig#commitSeconds()}, when the job ends, or when the case closes. The exception
 * thrown when the case is closed or the index cannot be written marks this document as failed in this stage only.
 */
@Component(service = DocumentStage.class)
@StageProperties(name = IndexStage.NAME, version = IndexStage.VERSION, order = IndexStage.ORDER)
public class IndexStage implements DocumentStage {

    /** The stage name. */
    static final String NAME = "index";
    /** The stage version: the field layout of {@link IndexFields}. */
    static final String VERSION = "1";
    /** The stage order: early, so documents become searchable before slower analyses run. */
    static final int ORDER = 100;

    private final CaseIndexes indexes;

    /**
     * Called by DS.
     *
     * @param indexes the open case indexes
     */
    @Activate
    public IndexStage(@Reference CaseIndexes indexes) {
        this.indexes = indexes;
    }

    @Override
    public void process(Case aCase, Document document, DocumentText text) throws Exception {
        indexes.index(aCase, document, text);
    }
}
