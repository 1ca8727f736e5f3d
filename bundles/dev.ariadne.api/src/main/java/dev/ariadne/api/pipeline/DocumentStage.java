package dev.ariadne.api.pipeline;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentText;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One processing stage applied to every document of a case, in the order of {@code ariadne.stage.order}.
 *
 * <p>Registered as a whiteboard service by the search, extraction and graph bundles and by analysis plugins, with
 * {@code ariadne.stage.name}, {@code ariadne.stage.version} and {@code ariadne.stage.order}. The pipeline records per
 * document which stages and versions ran, so a killed run resumes and a new version re-runs only its stage. Called on
 * job worker threads, concurrently, one document per call.
 */
@ConsumerType
public interface DocumentStage {

    /** Service property: the stage name (String). */
    String NAME = "ariadne.stage.name";
    /** Service property: the stage version (String). */
    String VERSION = "ariadne.stage.version";
    /** Service property: where the stage runs in the pipeline, lower first (Integer). */
    String ORDER = "ariadne.stage.order";

    /** Processes one document; an exception marks this document as failed in this stage only. */
    void process(Case aCase, Document document, DocumentText text) throws Exception;
}
