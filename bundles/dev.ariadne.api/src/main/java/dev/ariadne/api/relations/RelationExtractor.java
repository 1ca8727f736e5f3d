package dev.ariadne.api.relations;

import java.util.List;

import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.entities.Mention;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Finds typed relations between the mentions of one document. Registered as a whiteboard service by plugins; called
 * on worker threads, concurrently, keeping no state between calls.
 */
@ConsumerType
public interface RelationExtractor {

    /**
     * Returns relations whose {@code source} and {@code target} are indexes into {@code mentions} (as decimal
     * strings); the service maps them to entities.
     */
    List<Relation> extract(DocumentText text, List<Mention> mentions);
}
