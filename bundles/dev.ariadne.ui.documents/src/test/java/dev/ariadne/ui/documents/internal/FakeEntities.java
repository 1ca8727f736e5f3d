package dev.ariadne.ui.documents.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.entities.Cooccurrence;
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.Mention;
import dev.ariadne.api.entities.ResolvedMention;

/**
 * An {@link EntityService} holding a list of resolved mentions in memory, for the Reader's tests: lists them by
 * document and records the corrections asked for (an added mention joins the list).
 */
final class FakeEntities implements EntityService {

    final List<ResolvedMention> mentions = new CopyOnWriteArrayList<>();
    final List<Correction> corrections = new CopyOnWriteArrayList<>();

    /** Adds a mention of {@code text}'s first occurrence of {@code span} in a document. */
    ResolvedMention add(String documentId, String text, String span, EntityType type, String entityId,
            String entity) {
        int start = text.indexOf(span);
        ResolvedMention mention = new ResolvedMention(new Mention(documentId, start, start + span.length(), span,
                type, 0.9, null, "fake/1"), entityId, entity, null);
        mentions.add(mention);
        return mention;
    }

    @Override
    public List<Entity> entities(Case aCase, EntityType type, String filter, int offset, int limit) {
        return List.of();
    }

    @Override
    public int count(Case aCase, EntityType type, String filter) {
        return 0;
    }

    @Override
    public Optional<Entity> entity(Case aCase, String entityId) {
        return Optional.empty();
    }

    @Override
    public Optional<Entity> find(Case aCase, String name, EntityType type) {
        return Optional.empty();
    }

    @Override
    public List<ResolvedMention> mentions(Case aCase, String documentId) {
        List<ResolvedMention> result = new ArrayList<>();
        for (ResolvedMention mention : mentions) {
            if (documentId == null || mention.mention().documentId().equals(documentId)) {
                result.add(mention);
            }
        }
        result.sort((a, b) -> Integer.compare(a.mention().start(), b.mention().start()));
        return result;
    }

    @Override
    public List<ResolvedMention> mentionsOf(Case aCase, String entityId) {
        return mentions.stream().filter(m -> m.entityId().equals(entityId)).toList();
    }

    @Override
    public Set<String> documentsMentioning(Case aCase, String name) {
        return Set.of();
    }

    @Override
    public Map<String, Integer> topEntities(Case aCase, Collection<String> documentIds, int limit) {
        return Map.of();
    }

    @Override
    public List<Cooccurrence> cooccurring(Case aCase, String entityId, int limit) {
        return List.of();
    }

    @Override
    public void correct(Case aCase, Correction correction) {
        corrections.add(correction);
        if (correction instanceof Correction.AddMention add) {
            mentions.add(new ResolvedMention(add.mention(), "added-" + corrections.size(), add.entityName(), null));
        }
    }

    @Override
    public Optional<Correction> undo(Case aCase) {
        return Optional.empty();
    }

    @Override
    public Optional<Correction> redo(Case aCase) {
        return Optional.empty();
    }

    @Override
    public List<Correction> ledger(Case aCase) {
        return List.copyOf(corrections);
    }

    @Override
    public void exportLedger(Case aCase, OutputStream out) {
    }

    @Override
    public int importLedger(Case aCase, InputStream in) {
        return 0;
    }
}
