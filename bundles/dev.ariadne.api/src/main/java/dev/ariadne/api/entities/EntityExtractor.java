package dev.ariadne.api.entities;

import java.util.List;

import dev.ariadne.api.documents.DocumentText;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Finds mentions in a document's text.
 *
 * <p>Registered as a whiteboard service by extraction bundles and plugins, with the service properties
 * {@code ariadne.extractor.name} and {@code ariadne.extractor.version} (a new version makes the stage re-run) and
 * {@code service.ranking} (higher wins when two extractors disagree on a span). Called on worker threads,
 * concurrently, one document per call; implementations keep no state between calls and check
 * {@link Thread#isInterrupted()} in long loops, since a call past its time budget is interrupted.
 */
@ConsumerType
public interface EntityExtractor {

    /** Service property: the extractor's name (String). */
    String NAME = "ariadne.extractor.name";
    /** Service property: the extractor's version (String). */
    String VERSION = "ariadne.extractor.version";

    /**
     * Returns the mentions found, each within the text, in any order.
     *
     * @param text the document text
     * @param context the document, its language and date, and its sentences and tokens
     * @return mentions with {@link Mention#documentId()} of the document and {@link Mention#source()} set to
     *         {@code name/version}
     * @throws InterruptedException when interrupted (the document's time budget ran out)
     */
    List<Mention> extract(DocumentText text, ExtractionContext context) throws InterruptedException;
}
