package dev.ariadne.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.entities.Cooccurrence;
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.ResolvedMention;

/** Entities and mentions held in lists; corrections are recorded, not applied; undo and redo move between stacks. */
final class FakeEntityService implements EntityService {

    final List<Entity> entities = new ArrayList<>();
    final List<ResolvedMention> mentions = new ArrayList<>();
    final List<Correction> ledger = new ArrayList<>();
    final List<Correction> undone = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    String imported;

    @Override
    public List<Entity> entities(Case aCase, EntityType type, String filter, int offset, int limit) {
        calls.add("entities " + type + " '" + filter + "' " + offset + " " + limit);
        List<Entity> matching = matching(type, filter);
        return matching.subList(Math.min(offset, matching.size()), Math.min(matching.size(), offset + limit));
    }

    private List<Entity> matching(EntityType type, String filter) {
        String f = filter == null ? "" : filter.toLowerCase();
        return entities.stream().filter(e -> type == null || e.type() == type)
                .filter(e -> e.name().toLowerCase().contains(f)
                        || e.aliases().stream().anyMatch(a -> a.toLowerCase().contains(f)))
                .toList();
    }

    @Override
    public int count(Case aCase, EntityType type, String filter) {
        return matching(type, filter).size();
    }

    @Override
    public Optional<Entity> entity(Case aCase, String entityId) {
        return entities.stream().filter(e -> e.id().equals(entityId)).findFirst();
    }

    @Override
    public Optional<Entity> find(Case aCase, String name, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).filter(e -> e.name().equalsIgnoreCase(name)
                || e.aliases().stream().anyMatch(name::equalsIgnoreCase)).findFirst();
    }

    @Override
    public List<ResolvedMention> mentions(Case aCase, String documentId) {
        calls.add("mentions " + documentId);
        return mentions.stream().filter(m -> documentId == null || m.mention().documentId().equals(documentId))
                .toList();
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
    public void correct(Case aCase, Correction correction) throws Exception {
        if (correction instanceof Correction.Delete d && d.entityName().equals("Locked")) {
            throw new IllegalStateException("the ledger is read-only");
        }
        ledger.add(correction);
        undone.clear();
    }

    @Override
    public Optional<Correction> undo(Case aCase) {
        if (ledger.isEmpty()) {
            return Optional.empty();
        }
        Correction last = ledger.remove(ledger.size() - 1);
        undone.add(last);
        return Optional.of(last);
    }

    @Override
    public Optional<Correction> redo(Case aCase) {
        if (undone.isEmpty()) {
            return Optional.empty();
        }
        Correction last = undone.remove(undone.size() - 1);
        ledger.add(last);
        return Optional.of(last);
    }

    @Override
    public List<Correction> ledger(Case aCase) {
        return List.copyOf(ledger);
    }

    @Override
    public void exportLedger(Case aCase, OutputStream out) throws IOException {
        out.write(("{\"corrections\":" + ledger.size() + "}").getBytes(StandardCharsets.UTF_8));
        out.close();
    }

    @Override
    public int importLedger(Case aCase, InputStream in) throws IOException {
        imported = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return 2;
    }
}
