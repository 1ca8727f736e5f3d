package dev.ariadne.cli.internal.eval;

import dev.ariadne.api.entities.EntityType;

/**
 * One annotated or predicted mention of an evaluation document.
 *
 * <p>Made by {@link GoldFiles} from a gold file, or by the {@code eval} verb from the case's resolved mentions, and
 * read by {@link Scorer} on the caller's thread. Immutable.
 *
 * @param start UTF-16 offset where the span starts
 * @param end UTF-16 offset just after it
 * @param text the span's text
 * @param type its entity type
 * @param entity the canonical name of the entity it belongs to (gold: as annotated; predicted: as resolved), or
 *        {@code null} when unknown
 */
public record Span(int start, int end, String text, EntityType type, String entity) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (type == null) {
            throw new IllegalArgumentException("a span needs a type");
        }
    }

    /** Whether this span and {@code other} share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** How many characters this span and {@code other} share. */
    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    /** Whether this span has the same start, end and type as {@code other}. */
    public boolean sameAs(Span other) {
        return start == other.start && end == other.end && type == other.type;
    }
}
