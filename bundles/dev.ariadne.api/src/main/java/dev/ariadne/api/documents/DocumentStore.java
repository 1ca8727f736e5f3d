package dev.ariadne.api.documents;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ariadne.api.cases.Case;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads the documents of a case.
 *
 * <p>Implemented by the importer bundle, which owns the documents tables. Callable from any thread; reads the case
 * database, so UI code calls it from a job. Lists are ordered by import order.
 */
@ProviderType
public interface DocumentStore {

    /** The number of documents in the case. */
    int count(Case aCase);

    /** Documents {@code [offset, offset + limit)} in import order. */
    List<Document> list(Case aCase, int offset, int limit);

    /** One document. */
    Optional<Document> get(Case aCase, String documentId);

    /** Its extracted text. */
    Optional<DocumentText> text(Case aCase, String documentId);

    /**
     * The extracted texts of several documents at once, for callers that need a page of them (search snippets):
     * an implementation reads them in one round trip. The default calls {@link #text} for each id.
     *
     * @param documentIds the documents; duplicates are read once
     * @return the texts by document id, in the order of {@code documentIds}; a document without a stored text (or
     *         unknown) is absent
     * @since 1.1
     */
    default Map<String, DocumentText> texts(Case aCase, Collection<String> documentIds) {
        Map<String, DocumentText> texts = new LinkedHashMap<>();
        for (String documentId : documentIds) {
            if (!texts.containsKey(documentId)) {
                text(aCase, documentId).ifPresent(text -> texts.put(documentId, text));
            }
        }
        return texts;
    }

    /** The documents found inside this one (attachments, archive members). */
    List<Document> children(Case aCase, String documentId);

    /** Records that a document went through a stage (for resuming and re-running stages). */
    void markStage(Case aCase, String documentId, String stage);

    /**
     * Records that documents went through a stage, in one transaction: when it fails, none of them is marked. Jobs that
     * finish documents faster than a commit is worth call it for several at once.
     */
    default void markStages(Case aCase, Collection<String> documentIds, String stage) {
        for (String documentId : documentIds) {
            markStage(aCase, documentId, stage);
        }
    }
}
