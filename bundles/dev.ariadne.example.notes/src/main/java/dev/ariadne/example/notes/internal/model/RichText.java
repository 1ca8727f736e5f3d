package dev.ariadne.example.notes.internal.model;

import java.util.List;
import java.util.Objects;

/**
 * The content of a note: its plain text, the character styles over it and the kinds of its lines. Immutable and
 * validated, so a value of this type is always something the editor can show; the UI thread makes it from the editor
 * and hands it to the save jobs, which may read it on any thread.
 *
 * @param text the plain text; lines are separated by {@code '\n'} and the text holds no {@code '\r'}
 * @param spans styled runs, sorted by start, not overlapping, each inside the text and not covering a {@code '\n'}
 * @param blocks the lines that are headings or bullet items, sorted by line, one per line at most
 */
public record RichText(String text, List<Span> spans, List<Block> blocks) {

    /** An empty note. */
    public static final RichText EMPTY = new RichText("", List.of(), List.of());

    public RichText {
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        blocks = List.copyOf(blocks);
        if (text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("text holds a carriage return; lines are separated by \\n only");
        }
        int previousEnd = 0;
        for (Span span : spans) {
            if (span.start() < previousEnd) {
                throw new IllegalArgumentException("span [" + span.start() + ", " + span.end()
                        + ") overlaps or precedes the one before it");
            }
            if (span.end() > text.length()) {
                throw new IllegalArgumentException("span [" + span.start() + ", " + span.end()
                        + ") ends after the text (length " + text.length() + ")");
            }
            if (text.substring(span.start(), span.end()).indexOf('\n') >= 0) {
                throw new IllegalArgumentException("span [" + span.start() + ", " + span.end() + ") covers a line break");
            }
            previousEnd = span.end();
        }
        int lines = lineCount(text);
        int previousLine = -1;
        for (Block block : blocks) {
            if (block.line() <= previousLine) {
                throw new IllegalArgumentException("block of line " + block.line() + " is out of order or repeated");
            }
            if (block.line() >= lines) {
                throw new IllegalArgumentException("block of line " + block.line() + " but the text has " + lines
                        + " lines");
            }
            previousLine = block.line();
        }
    }

    /** Plain text without styles. */
    public static RichText plain(String text) {
        return new RichText(text, List.of(), List.of());
    }

    /** The number of lines of {@code text}: one more than its {@code '\n'} count. */
    public static int lineCount(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** The number of lines of this text. */
    public int lineCount() {
        return lineCount(text);
    }

    /** The kind of line {@code line}. */
    public BlockKind kindOfLine(int line) {
        for (Block block : blocks) {
            if (block.line() == line) {
                return block.kind();
            }
        }
        return BlockKind.PARAGRAPH;
    }
}
