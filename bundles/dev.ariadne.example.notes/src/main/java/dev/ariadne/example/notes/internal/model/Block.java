package dev.ariadne.example.notes.internal.model;

import java.util.Objects;

/**
 * The kind of one line of a note, for lines that are not plain paragraphs. Immutable: made by
 * {@link RichTextDocument#snapshot()} or {@link NoteCodec#read} on any thread.
 *
 * @param line the line index, counting from 0; lines are separated by {@code '\n'}
 * @param kind the kind, never {@link BlockKind#PARAGRAPH}
 */
public record Block(int line, BlockKind kind) {

    public Block {
        Objects.requireNonNull(kind, "kind");
        if (line < 0) {
            throw new IllegalArgumentException("negative line " + line);
        }
        if (kind == BlockKind.PARAGRAPH) {
            throw new IllegalArgumentException("paragraph lines are not listed as blocks");
        }
    }
}
