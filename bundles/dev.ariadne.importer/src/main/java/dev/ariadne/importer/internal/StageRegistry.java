package dev.ariadne.importer.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ariadne.api.pipeline.DocumentStage;

/**
 * The {@link DocumentStage} whiteboard: each stage with its name, version and order, sorted by
 * {@value DocumentStage#ORDER} (then name). Of two stages with the same name, the one ordered first is kept.
 *
 * <p>Changed by DS bind and unbind calls on any thread, read by import threads through immutable snapshots.
 */
final class StageRegistry {

    /**
     * One registered stage.
     *
     * @param stage the service object
     * @param name its {@value DocumentStage#NAME}
     * @param version its {@value DocumentStage#VERSION}, {@code ""} when not given
     * @param order its {@value DocumentStage#ORDER}
     */
    record Entry(DocumentStage stage, String name, String version, int order) {
    }

    private volatile List<Entry> entries = List.of();

    /** Adds a stage registered with {@code properties}; a stage without a name is ignored. */
    synchronized boolean add(DocumentStage stage, Map<String, ?> properties) {
        Object name = properties.get(DocumentStage.NAME);
        if (name == null || String.valueOf(name).isBlank()) {
            return false;
        }
        Object version = properties.get(DocumentStage.VERSION);
        Object order = properties.get(DocumentStage.ORDER);
        int position = order instanceof Number n ? n.intValue() : parse(order);
        List<Entry> next = new ArrayList<>(entries);
        next.add(new Entry(stage, String.valueOf(name).strip(), version == null ? "" : String.valueOf(version),
                position));
        next.sort(Comparator.comparingInt(Entry::order).thenComparing(Entry::name));
        entries = List.copyOf(next);
        return true;
    }

    /** Removes a stage. */
    synchronized void remove(DocumentStage stage) {
        List<Entry> next = new ArrayList<>(entries);
        next.removeIf(entry -> entry.stage() == stage);
        entries = List.copyOf(next);
    }

    /** The stages in force, in order, one per name. */
    List<Entry> snapshot() {
        Map<String, Entry> byName = new LinkedHashMap<>();
        for (Entry entry : entries) {
            byName.putIfAbsent(entry.name(), entry);
        }
        return List.copyOf(byName.values());
    }

    /** The version of the stage in force with this name. */
    Optional<String> version(String name) {
        return snapshot().stream().filter(entry -> entry.name().equals(name)).map(Entry::version).findFirst();
    }

    private static int parse(Object order) {
        if (order == null) {
            return 0;
        }
        try {
            return Integer.parseInt(String.valueOf(order).strip());
        } catch (NumberFormatException e) {
            org.slf4j.LoggerFactory.getLogger(StageRegistry.class).warn("A document stage has the order '{}', which "
                    + "is not a number; it runs at order 0", order, e);
            return 0;
        }
    }
}
