package dev.ariadne.example.notes.internal.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A run of note text that carries character styles: UTF-16 offsets {@code [start, end)} into the note text.
 * Immutable: made by {@link RichTextDocument#snapshot()} or {@link NoteCodec#read} on any thread.
 *
 * @param start the first char, inclusive
 * @param end the char after the last, exclusive; greater than {@code start}
 * @param styles the styles of the run, never empty; an unmodifiable copy
 */
public record Span(int start, int end, Set<InlineStyle> styles) {

    public Span {
        Objects.requireNonNull(styles, "styles");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is empty or negative");
        }
        if (styles.isEmpty()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") has no style");
        }
        styles = Collections.unmodifiableSet(EnumSet.copyOf(styles));
    }

    /** A span of the given styles. */
    public static Span of(int start, int end, InlineStyle first, InlineStyle... rest) {
        return new Span(start, end, EnumSet.of(first, rest));
    }

    /** The styles as a bit mask of {@link InlineStyle#bit()}. */
    public int mask() {
        int mask = 0;
        for (InlineStyle style : styles) {
            mask |= style.bit();
        }
        return mask;
    }

    /** The styles of a bit mask. */
    public static Set<InlineStyle> stylesOf(int mask) {
        EnumSet<InlineStyle> styles = EnumSet.noneOf(InlineStyle.class);
        for (InlineStyle style : InlineStyle.values()) {
            if ((mask & style.bit()) != 0) {
                styles.add(style);
            }
        }
        return styles;
    }
}
