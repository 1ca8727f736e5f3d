package dev.ariadne.ui.entities.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.entities.Cooccurrence;
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.Mention;
import dev.ariadne.api.entities.ResolvedMention;

/**
 * Entities in memory, listed as the entity service lists them (most mentioned first); counts the calls that list
 * entities and records corrections (a rename or delete changes the list).
 */
final class FakeEntities implements EntityService {

    volatile List<Entity> all = List.of();
    final List<ResolvedMention> mentions = new CopyOnWriteArrayList<>();
    final List<Correction> corrections = new CopyOnWriteArrayList<>();
    final AtomicInteger listCalls = new AtomicInteger();
    final AtomicInteger listedRows = new AtomicInteger();
    volatile List<Cooccurrence> cooccurring = List.of();

    /** Makes {@code count} entities "Entity 000001" …, mentions falling with the number, types in turn. */
    static List<Entity> many(int count) {
        List<Entity> result = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            LocalDate first = LocalDate.of(2020, 1, 1).plusDays(i % 1000);
            result.add(new Entity("e" + i, String.format(Locale.ROOT, "Entity %06d", i),
                    EntityType.values()[i % 5], List.of(), count - i + 1, 1 + i % 7, Optional.of(first),
                    Optional.of(first.plusDays(i % 30))));
        }
        return result;
    }

    void set(List<Entity> entities) {
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name));
        all = List.copyOf(sorted);
    }

    private List<Entity> matching(EntityType type, String filter) {
        String folded = filter == null ? "" : filter.toLowerCase(Locale.ROOT);
        List<Entity> result = new ArrayList<>();
        for (Entity entity : all) {
            if ((type == null || entity.type() == type) && (folded.isEmpty()
                    || entity.name().toLowerCase(Locale.ROOT).contains(folded)
                    || entity.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(folded)))) {
                result.add(entity);
            }
        }
        return result;
    }

    @Override
    public List<Entity> entities(Case aCase, EntityType type, String filter, int offset, int limit) {
        listCalls.incrementAndGet();
        List<Entity> found = matching(type, filter);
        List<Entity> page = found.subList(Math.min(offset, found.size()), Math.min(found.size(), offset + limit));
        listedRows.addAndGet(page.size());
        return List.copyOf(page);
    }

    @Override
    public int count(Case aCase, EntityType type, String filter) {
        return matching(type, filter).size();
    }

    @Override
    public Optional<Entity> entity(Case aCase, String entityId) {
        return all.stream().filter(e -> e.id().equals(entityId)).findFirst();
    }

    @Override
    public Optional<Entity> find(Case aCase, String name, EntityType type) {
        return all.stream().filter(e -> e.type() == type && e.name().equalsIgnoreCase(name)).findFirst();
    }

    @Override
    public List<ResolvedMention> mentions(Case aCase, String documentId) {
        return mentions.stream().filter(m -> documentId == null || m.mention().documentId().equals(documentId))
                .toList();
    }

    @Override
    public List<ResolvedMention> mentionsOf(Case aCase, String entityId) {
        return mentions.stream().filter(m -> m.entityId().equals(entityId)).toList();
    }

    void mention(String documentId, String text, String span, int occurrence, Entity entity) {
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = text.indexOf(span, start + 1);
        }
        mentions.add(new ResolvedMention(new Mention(documentId, start, start + span.length(), span, entity.type(),
                0.9, null, "fake/1"), entity.id(), entity.name(), null));
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
        return cooccurring;
    }

    @Override
    public void correct(Case aCase, Correction correction) {
        corrections.add(correction);
        List<Entity> next = new ArrayList<>();
        for (Entity entity : all) {
            if (correction instanceof Correction.Rename rename && entity.name().equals(rename.entityName())) {
                next.add(new Entity(entity.id(), rename.newName(), entity.type(), entity.aliases(),
                        entity.mentions(), entity.documents(), entity.firstDate(), entity.lastDate()));
            } else if (!(correction instanceof Correction.Delete delete && entity.name().equals(delete.entityName()))) {
                next.add(entity);
            }
        }
        set(next);
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
    public void exportLedger(Case aCase, OutputStream out) throws java.io.IOException {
        out.write(("[" + corrections.size() + "]").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int importLedger(Case aCase, InputStream in) throws java.io.IOException {
        return in.readAllBytes().length > 0 ? 1 : 0;
    }
}
