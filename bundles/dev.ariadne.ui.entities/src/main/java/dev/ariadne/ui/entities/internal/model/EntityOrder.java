package dev.ariadne.ui.entities.internal.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import dev.ariadne.api.entities.Entity;

/**
 * The order of the Entities table: a column and a direction. The entity service lists by mentions, most first, so
 * that order (and its reverse) pages straight from the service; any other order is sorted here, on a job thread,
 * after reading every matching entity. Immutable.
 *
 * @param column the column sorted on
 * @param descending whether largest (or Z, or latest) comes first
 */
public record EntityOrder(Column column, boolean descending) {

    /** The table's columns, in table order. */
    public enum Column {
        NAME, TYPE, MENTIONS, DOCUMENTS, FIRST, LAST
    }

    /** The service's own order: most mentioned first. */
    public static final EntityOrder DEFAULT = new EntityOrder(Column.MENTIONS, true);

    /** Whether the service lists in this order (or its reverse) by itself, so rows can be paged. */
    public boolean paged() {
        return column == Column.MENTIONS;
    }

    /** Whether a paged order reads the service's list from the end. */
    public boolean reversed() {
        return column == Column.MENTIONS && !descending;
    }

    /** The order a click on {@code clicked}'s header gives: that column, reversed when it is already the one. */
    public EntityOrder toggle(Column clicked) {
        if (clicked == column) {
            return new EntityOrder(column, !descending);
        }
        boolean numeric = clicked == Column.MENTIONS || clicked == Column.DOCUMENTS || clicked == Column.FIRST
                || clicked == Column.LAST;
        return new EntityOrder(clicked, numeric);
    }

    /** How to sort entities in this order; ties by mentions (most first), then name. */
    public Comparator<Entity> comparator() {
        Comparator<Entity> base = switch (column) {
            case NAME -> Comparator.comparing(Entity::name, String.CASE_INSENSITIVE_ORDER);
            case TYPE -> Comparator.comparing(Entity::type);
            case MENTIONS -> Comparator.comparingInt(Entity::mentions);
            case DOCUMENTS -> Comparator.comparingInt(Entity::documents);
            case FIRST -> Comparator.comparing((Entity e) -> date(e.firstDate()));
            case LAST -> Comparator.comparing((Entity e) -> date(e.lastDate()));
        };
        if (descending) {
            base = base.reversed();
        }
        return base.thenComparing(Comparator.comparingInt(Entity::mentions).reversed())
                .thenComparing(Entity::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Entity::id);
    }

    private static LocalDate date(Optional<LocalDate> date) {
        return date.orElse(LocalDate.MIN);
    }
}
