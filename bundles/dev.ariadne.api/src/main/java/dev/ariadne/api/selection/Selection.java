package dev.ariadne.api.selection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable selection.
 *
 * @param source the id of the view that made it ({@code ""} for none)
 * @param items the selected things, in the view's order
 */
public record Selection(String source, List<Ref> items) {

    /** The empty selection. */
    public static final Selection EMPTY = new Selection("", List.of());

    public Selection {
        Objects.requireNonNull(source, "source");
        items = List.copyOf(items);
    }

    /** A selection of the given items. */
    public static Selection of(String source, Ref... items) {
        return new Selection(source, List.of(items));
    }

    /** Whether nothing is selected. */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The first item of the given kind. */
    public Optional<Ref> first(String kind) {
        return items.stream().filter(r -> r.kind().equals(kind)).findFirst();
    }
}
