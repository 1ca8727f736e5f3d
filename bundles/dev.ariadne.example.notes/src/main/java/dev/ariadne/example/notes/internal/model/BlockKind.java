package dev.ariadne.example.notes.internal.model;

import java.util.Optional;

/**
 * The kind of one line (paragraph) of a note: plain, a heading, or an item of a bullet list. Constants are immutable
 * and used from any thread.
 */
public enum BlockKind {
    /** A plain paragraph; never stored, it is what every line is unless a block says otherwise. */
    PARAGRAPH("paragraph"),
    /** A heading line, shown larger and bold; stored as {@code "heading"}. */
    HEADING("heading"),
    /** A bullet list item; stored as {@code "bullet"}. */
    BULLET("bullet");

    private final String storedName;

    BlockKind(String storedName) {
        this.storedName = storedName;
    }

    /** The name used in the stored JSON. */
    public String storedName() {
        return storedName;
    }

    /** The kind stored under {@code name}, if it is one of ours. */
    public static Optional<BlockKind> fromStoredName(String name) {
        for (BlockKind kind : values()) {
            if (kind.storedName.equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
