package dev.ariadne.api.documents;

import java.util.List;
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

    /** The documents found inside this one (attachments, archive members). */
    List<Document> children(Case aCase, String documentId);

    /** Records that a document went through a stage (for resuming and re-running stages). */
    void markStage(Case aCase, String documentId, String stage);
}
