package dev.ariadne.example.notes.internal.model;

import java.util.Optional;

/**
 * A character style of note text. Each constant has a bit (for the editor's per-character style array) and the
 * name it is stored under in a note record. Constants are immutable and used from any thread.
 */
public enum InlineStyle {
    /** Bold text, stored as {@code "bold"}. */
    BOLD("bold"),
    /** Italic text, stored as {@code "italic"}. */
    ITALIC("italic"),
    /** Underlined text, stored as {@code "underline"}. */
    UNDERLINE("underline");

    private final String storedName;

    InlineStyle(String storedName) {
        this.storedName = storedName;
    }

    /** The name used in the stored JSON. */
    public String storedName() {
        return storedName;
    }

    /** The bit of this style in a style mask. */
    public int bit() {
        return 1 << ordinal();
    }

    /** The style stored under {@code name}, if it is one of ours. */
    public static Optional<InlineStyle> fromStoredName(String name) {
        for (InlineStyle style : values()) {
            if (style.storedName.equals(name)) {
                return Optional.of(style);
            }
        }
        return Optional.empty();
    }
}
