package dev.ariadne.api.entities;

import java.util.List;
import java.util.Optional;

import dev.ariadne.api.cases.Case;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The entities of a case and the analyst's corrections to them.
 *
 * <p>Implemented by the extraction bundle. Thread-safe and blocking. Corrections go through the platform's
 * {@link dev.ariadne.api.undo.UndoService}, are kept in the case's correction ledger and apply to documents imported
 * later; each posts {@link dev.ariadne.api.events.Topics#ENTITY_CHANGED}.
 */
@ProviderType
public interface EntityService {

    /** Entities of a type (all when {@code null}) whose name or alias contains {@code filter}, by mentions. */
    List<Entity> entities(Case aCase, EntityType type, String filter, int offset, int limit);

    /** One entity. */
    Optional<Entity> entity(Case aCase, String entityId);

    /** The mentions of a document (all documents when {@code documentId} is {@code null}), by position. */
    List<Mention> mentions(Case aCase, String documentId);

    /** The mentions of one entity. */
    List<Mention> mentionsOf(Case aCase, String entityId);

    /** Applies a correction case-wide, records it in the ledger and makes it undoable. */
    void correct(Case aCase, Correction correction) throws Exception;

    /** The correction ledger, oldest first. */
    List<Correction> ledger(Case aCase);
}
