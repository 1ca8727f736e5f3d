package dev.ariadne.importer.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.ariadne.api.importing.DocumentImporter;

/**
 * The {@link DocumentImporter} whiteboard as the import service sees it: each importer with the media types of its
 * {@value DocumentImporter#TYPES} property and its ranking. {@link #choose} takes, for the most specific type of a
 * lineage that any importer reads, the importer with the highest {@code service.ranking}, then the lowest
 * {@code service.id}.
 *
 * <p>Changed by DS bind and unbind calls on any thread, read by import threads: every change replaces an immutable
 * snapshot, so {@link #choose} never blocks.
 */
final class ImporterRegistry {

    /**
     * One registered importer.
     *
     * @param importer the service object
     * @param types the media types it reads
     * @param ranking its {@code service.ranking}
     * @param serviceId its {@code service.id}
     */
    record Entry(DocumentImporter importer, Set<String> types, int ranking, long serviceId) {
    }

    private static final Comparator<Entry> BEST_FIRST = Comparator.comparingInt(Entry::ranking).reversed()
            .thenComparingLong(Entry::serviceId);

    private volatile List<Entry> entries = List.of();

    /** Adds an importer registered with {@code properties}. */
    synchronized void add(DocumentImporter importer, Map<String, ?> properties) {
        List<Entry> next = new ArrayList<>(entries);
        next.add(new Entry(importer, types(properties.get(DocumentImporter.TYPES)),
                number(properties.get("service.ranking")).intValue(),
                number(properties.get("service.id")).longValue()));
        next.sort(BEST_FIRST);
        entries = List.copyOf(next);
    }

    /** Removes an importer. */
    synchronized void remove(DocumentImporter importer) {
        List<Entry> next = new ArrayList<>(entries);
        next.removeIf(entry -> entry.importer() == importer);
        entries = List.copyOf(next);
    }

    /** The best importer for the first type of {@code lineage} that any importer reads. */
    Optional<Entry> choose(List<String> lineage) {
        List<Entry> snapshot = entries;
        for (String type : lineage) {
            for (Entry entry : snapshot) {
                if (entry.types().contains(type)) {
                    return Optional.of(entry);
                }
            }
        }
        return Optional.empty();
    }

    /** Every importer, best first. */
    List<Entry> entries() {
        return entries;
    }

    static Set<String> types(Object value) {
        Set<String> types = new LinkedHashSet<>();
        if (value instanceof String single) {
            types.add(single.strip().toLowerCase());
        } else if (value instanceof Collection<?> many) {
            many.forEach(type -> types.add(String.valueOf(type).strip().toLowerCase()));
        } else if (value != null && value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                types.add(String.valueOf(Array.get(value, i)).strip().toLowerCase());
            }
        }
        return Set.copyOf(types);
    }

    private static Number number(Object value) {
        return value instanceof Number n ? n : 0;
    }
}
