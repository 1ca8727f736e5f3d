package dev.ariadne.search.lucene.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.entities.Cooccurrence;
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.ResolvedMention;

/**
 * An entity service for tests: entity names (and aliases) mapped to the documents mentioning them, changeable by the
 * test as a correction would change them. Only the two methods search calls are implemented; it records the document
 * ids each {@link #topEntities} call was given.
 */
final class FakeEntityService implements EntityService {

    /** Canonical name to the documents mentioning the entity. */
    final Map<String, Set<String>> mentions = new ConcurrentHashMap<>();
    /** Alias (lower case) to canonical name. */
    final Map<String, String> aliases = new ConcurrentHashMap<>();
    /** The document ids given to each {@link #topEntities} call. */
    final List<Set<String>> facetCalls = new CopyOnWriteArrayList<>();

    /** Records that {@code documentIds} mention the entity {@code name}. */
    FakeEntityService mentioned(String name, String... documentIds) {
        mentions.computeIfAbsent(name, key -> new TreeSet<>()).addAll(List.of(documentIds));
        return this;
    }

    private String canonical(String name) {
        for (String known : mentions.keySet()) {
            if (known.equalsIgnoreCase(name)) {
                return known;
            }
        }
        return aliases.get(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public Set<String> documentsMentioning(Case aCase, String name) {
        String canonical = canonical(name);
        return canonical == null ? Set.of() : Set.copyOf(mentions.get(canonical));
    }

    @Override
    public Map<String, Integer> topEntities(Case aCase, Collection<String> documentIds, int limit) {
        Set<String> given = new TreeSet<>(documentIds);
        facetCalls.add(given);
        Map<String, Integer> counts = new LinkedHashMap<>();
        mentions.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), (int) entry.getValue().stream().filter(given::contains)
                        .count()))
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    @Override
    public List<Entity> entities(Case aCase, EntityType type, String filter, int offset, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int count(Case aCase, EntityType type, String filter) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Entity> entity(Case aCase, String entityId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Entity> find(Case aCase, String name, EntityType type) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ResolvedMention> mentions(Case aCase, String documentId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ResolvedMention> mentionsOf(Case aCase, String entityId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Cooccurrence> cooccurring(Case aCase, String entityId, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void correct(Case aCase, Correction correction) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Correction> undo(Case aCase) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Correction> redo(Case aCase) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Correction> ledger(Case aCase) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void exportLedger(Case aCase, OutputStream out) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int importLedger(Case aCase, InputStream in) {
        throw new UnsupportedOperationException();
    }
}
