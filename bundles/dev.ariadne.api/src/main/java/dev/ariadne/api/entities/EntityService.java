package dev.ariadne.api.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import dev.ariadne.api.cases.Case;

/**
 * The entities of a case and the analyst's corrections to them.
 *
 * <p>Implemented by the extraction bundle. Thread-safe and blocking (reads the case database: UI code calls it from a
 * job). Corrections are kept in the case's correction ledger, apply case-wide at once and to documents imported
 * later, and each posts {@link dev.ariadne.api.events.Topics#ENTITY_CHANGED}. {@link #correct} also pushes the
 * correction on the platform's {@link dev.ariadne.api.undo.UndoService} when one is present, so Edit &gt; Undo in
 * the workbench reverts it whichever view made it; {@link #undo} and {@link #redo} work on the persistent ledger
 * itself, so they also work across processes (the command line).
 */
@ProviderType
public interface EntityService {

    /**
     * Entities of a type (all types when {@code null}) whose name or an alias contains {@code filter} (ignoring
     * case; all when empty), most mentioned first.
     */
    List<Entity> entities(Case aCase, EntityType type, String filter, int offset, int limit);

    /** How many entities {@link #entities} would list without offset and limit. */
    int count(Case aCase, EntityType type, String filter);

    /** One entity. */
    Optional<Entity> entity(Case aCase, String entityId);

    /** The entity of a type whose canonical name or alias is {@code name} (ignoring case), if any. */
    Optional<Entity> find(Case aCase, String name, EntityType type);

    /** The mentions of a document (of all documents when {@code documentId} is {@code null}), by position. */
    List<ResolvedMention> mentions(Case aCase, String documentId);

    /** The mentions of one entity, by document then position. */
    List<ResolvedMention> mentionsOf(Case aCase, String entityId);

    /** The ids of the documents mentioning an entity whose canonical name or alias is {@code name}, any type. */
    Set<String> documentsMentioning(Case aCase, String name);

    /**
     * For facets: among {@code documentIds}, the canonical names of the entities mentioned in most of them, with
     * the number of those documents naming each, largest first.
     */
    Map<String, Integer> topEntities(Case aCase, Collection<String> documentIds, int limit);

    /** The entities most often named in the same documents as {@code entityId}, largest first. */
    List<Cooccurrence> cooccurring(Case aCase, String entityId, int limit);

    /** Applies a correction case-wide and records it in the ledger. */
    void correct(Case aCase, Correction correction) throws Exception;

    /** Reverts the newest correction still in force; returns it, or empty when there is none. */
    Optional<Correction> undo(Case aCase) throws Exception;

    /** Applies again the newest correction undone since the last new correction; returns it, or empty. */
    Optional<Correction> redo(Case aCase) throws Exception;

    /** The corrections in force, oldest first. */
    List<Correction> ledger(Case aCase);

    /** Writes the corrections in force as JSON, to be read by {@link #importLedger} in another case. */
    void exportLedger(Case aCase, OutputStream out) throws IOException;

    /**
     * Reads corrections written by {@link #exportLedger} and applies each that still makes sense here.
     *
     * @return the number of corrections applied
     */
    int importLedger(Case aCase, InputStream in) throws IOException;
}
