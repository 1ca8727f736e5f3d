package dev.ariadne.extract.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.entities.Cooccurrence;
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.ResolvedMention;
import dev.ariadne.api.undo.UndoService;
import dev.ariadne.api.undo.UndoableChange;

/**
 * The {@link EntityService}: reads from {@link EntityStore}; corrections go to the case's ledger and apply at once.
 *
 * <p>A DS component. Thread-safe and blocking (every call reads or writes the case database; UI code calls it from a
 * job). {@link #correct} pushes the correction on the platform {@link UndoService} (optional, dynamic) when there is
 * one, as a change whose revert puts that very ledger entry out of force and whose redo puts it back;
 * {@link #undo}/{@link #redo} act on the persistent ledger directly. Invalid corrections (naming no entity of the
 * case, blank names) throw {@link IllegalArgumentException} and change nothing.
 */
@Component(service = EntityService.class)
public class EntityServiceImpl implements EntityService {

    private static final Logger LOG = LoggerFactory.getLogger(EntityServiceImpl.class);

    final EntityStore store;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile UndoService undoService;

    /**
     * Called by DS.
     *
     * @param store the entity tables
     */
    @Activate
    public EntityServiceImpl(@Reference EntityStore store) {
        this.store = store;
    }

    @Override
    public List<Entity> entities(Case aCase, EntityType type, String filter, int offset, int limit) {
        return store.entities(aCase, type, filter, offset, limit);
    }

    @Override
    public int count(Case aCase, EntityType type, String filter) {
        return store.count(aCase, type, filter);
    }

    @Override
    public Optional<Entity> entity(Case aCase, String entityId) {
        return store.entity(aCase, entityId);
    }

    @Override
    public Optional<Entity> find(Case aCase, String name, EntityType type) {
        return store.find(aCase, name, type);
    }

    @Override
    public List<ResolvedMention> mentions(Case aCase, String documentId) {
        return store.mentions(aCase, documentId);
    }

    @Override
    public List<ResolvedMention> mentionsOf(Case aCase, String entityId) {
        return store.mentionsOf(aCase, entityId);
    }

    @Override
    public Set<String> documentsMentioning(Case aCase, String name) {
        return store.documentsMentioning(aCase, name);
    }

    @Override
    public Map<String, Integer> topEntities(Case aCase, Collection<String> documentIds, int limit) {
        return store.topEntities(aCase, documentIds, limit);
    }

    @Override
    public List<Cooccurrence> cooccurring(Case aCase, String entityId, int limit) {
        return store.cooccurring(aCase, entityId, limit);
    }

    @Override
    public void correct(Case aCase, Correction correction) throws Exception {
        UndoService undo = undoService;
        if (undo == null) {
            store.apply(aCase, correction);
            return;
        }
        undo.execute(aCase, new LedgerChange(aCase, correction));
    }

    /** A correction on the platform's undo history: applied once, then reverted and redone through the ledger. */
    private final class LedgerChange implements UndoableChange {
        private final Case aCase;
        private final Correction correction;
        private long seq = -1;

        LedgerChange(Case aCase, Correction correction) {
            this.aCase = aCase;
            this.correction = correction;
        }

        @Override
        public String label() {
            return EntityServiceImpl.label(correction);
        }

        @Override
        public synchronized void apply() throws Exception {
            if (seq < 0) {
                seq = store.apply(aCase, correction);
            } else {
                store.setInForce(aCase, seq, true);
            }
        }

        @Override
        public synchronized void revert() throws Exception {
            if (seq >= 0) {
                store.setInForce(aCase, seq, false);
            }
        }
    }

    /** What a person reads in Edit &gt; Undo for a correction. */
    static String label(Correction c) {
        if (c instanceof Correction.Rename r) {
            return "Rename '" + r.entityName() + "' to '" + r.newName() + "'";
        } else if (c instanceof Correction.Retype r) {
            return "Make '" + r.entityName() + "' a " + r.newType().name().toLowerCase() + " instead of a "
                    + r.type().name().toLowerCase();
        } else if (c instanceof Correction.Merge m) {
            return "Merge " + String.join(", ", m.others().stream().map(o -> "'" + o + "'").toList()) + " into '"
                    + m.into() + "'";
        } else if (c instanceof Correction.Split s) {
            return "Split '" + s.newName() + "' from '" + s.entityName() + "'";
        } else if (c instanceof Correction.Delete d) {
            return "Delete '" + d.entityName() + "'";
        } else if (c instanceof Correction.AddMention a) {
            return "Add '" + a.mention().text() + "' as a mention of '" + a.entityName() + "'";
        }
        return "Correct entities";
    }

    @Override
    public Optional<Correction> undo(Case aCase) throws Exception {
        Optional<Long> seq = store.newest(aCase, true);
        return seq.isEmpty() ? Optional.empty() : store.setInForce(aCase, seq.get(), false);
    }

    @Override
    public Optional<Correction> redo(Case aCase) throws Exception {
        Optional<Long> seq = store.newest(aCase, false);
        return seq.isEmpty() ? Optional.empty() : store.setInForce(aCase, seq.get(), true);
    }

    @Override
    public List<Correction> ledger(Case aCase) {
        return store.ledger(aCase);
    }

    @Override
    public void exportLedger(Case aCase, OutputStream out) throws IOException {
        out.write(LedgerJson.writeLedger(store.ledger(aCase)).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public int importLedger(Case aCase, InputStream in) throws IOException {
        List<Correction> corrections;
        try {
            corrections = LedgerJson.readLedger(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException("Not an entity ledger: " + e.getMessage(), e);
        }
        int applied = 0;
        for (Correction c : corrections) {
            try {
                store.apply(aCase, c);
                applied++;
            } catch (IllegalArgumentException e) {
                LOG.info("Skipping a correction that does not apply to {}: {}", aCase.name(), e.getMessage());
            } catch (SQLException e) {
                throw new IOException("Cannot apply the ledger to " + aCase.name() + ": " + e.getMessage(), e);
            }
        }
        return applied;
    }
}
