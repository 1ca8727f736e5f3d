package dev.ariadne.example.notes.internal.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The editable content of the note in the editor: the text, one style mask per char and one {@link BlockKind} per
 * line. The editor mirrors every change of its text widget here and renders the widget's styles from here, so the
 * styling rules (what a new line inherits, what toggling bold over a mixed selection does) live in plain Java and are
 * unit-tested without a display.
 *
 * <p>Not thread-safe: owned by the UI thread. {@link #snapshot()} hands an immutable copy to other threads.
 */
public final class RichTextDocument {

    private final StringBuilder text = new StringBuilder();
    /** One mask of {@link InlineStyle#bit()} per char of {@link #text}; {@code '\n'} chars always have mask 0. */
    private byte[] masks = new byte[16];
    /** One kind per line; never empty. */
    private final List<BlockKind> lines = new ArrayList<>(List.of(BlockKind.PARAGRAPH));

    /** Replaces everything with {@code content}. */
    public void load(RichText content) {
        Objects.requireNonNull(content, "content");
        text.setLength(0);
        text.append(content.text());
        masks = new byte[Math.max(16, text.length())];
        for (Span span : content.spans()) {
            byte mask = (byte) span.mask();
            Arrays.fill(masks, span.start(), span.end(), mask);
        }
        lines.clear();
        int count = content.lineCount();
        for (int i = 0; i < count; i++) {
            lines.add(BlockKind.PARAGRAPH);
        }
        for (Block block : content.blocks()) {
            lines.set(block.line(), block.kind());
        }
    }

    /** An immutable copy of the content, with runs of equal styles merged into spans. */
    public RichText snapshot() {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            byte mask = masks[i];
            int j = i + 1;
            while (j < n && masks[j] == mask) {
                j++;
            }
            if (mask != 0) {
                spans.add(new Span(i, j, Span.stylesOf(mask)));
            }
            i = j;
        }
        List<Block> blocks = new ArrayList<>();
        for (int line = 0; line < lines.size(); line++) {
            if (lines.get(line) != BlockKind.PARAGRAPH) {
                blocks.add(new Block(line, lines.get(line)));
            }
        }
        return new RichText(text.toString(), spans, blocks);
    }

    /** The text. */
    public String text() {
        return text.toString();
    }

    /** The length of the text in UTF-16 chars. */
    public int length() {
        return text.length();
    }

    /** The number of lines. */
    public int lineCount() {
        return lines.size();
    }

    /** The line that holds {@code offset} (an offset at a line's end belongs to that line). */
    public int lineAt(int offset) {
        checkOffset(offset);
        int line = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The offset of the first char of {@code line}. */
    public int lineStart(int line) {
        if (line < 0 || line >= lines.size()) {
            throw new IndexOutOfBoundsException("line " + line + " of " + lines.size());
        }
        int seen = 0;
        for (int i = 0; i < text.length() && seen < line; i++) {
            if (text.charAt(i) == '\n') {
                seen++;
                if (seen == line) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** The offset after the last char of {@code line}, before its {@code '\n'}. */
    public int lineEnd(int line) {
        int start = lineStart(line);
        int newline = text.indexOf("\n", start);
        return newline < 0 ? text.length() : newline;
    }

    /** The kind of {@code line}. */
    public BlockKind kindOfLine(int line) {
        return lines.get(line);
    }

    /** The style mask of the char at {@code offset}. */
    public int maskAt(int offset) {
        if (offset < 0 || offset >= text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " of " + text.length());
        }
        return masks[offset];
    }

    /**
     * Mirrors an edit of the text: {@code removedLength} chars at {@code start} were replaced by {@code inserted}.
     * Inserted chars get the styles of {@code insertedMask} (line breaks get none). Line kinds follow these rules:
     * when the edit joins lines, the joined line keeps the kind of the line the edit starts in, unless the edit
     * starts at that line's first char, when it keeps the kind of the last joined line (whose text remains); new
     * lines made by inserted line breaks continue a bullet list and are plain paragraphs otherwise; when the
     * insertion is at a line's first char, the line's own kind moves with its text to the last new line.
     *
     * @throws IllegalArgumentException when {@code inserted} holds a {@code '\r'}
     */
    public void replace(int start, int removedLength, String inserted, int insertedMask) {
        Objects.requireNonNull(inserted, "inserted");
        checkOffset(start);
        if (removedLength < 0 || start + removedLength > text.length()) {
            throw new IndexOutOfBoundsException("remove " + removedLength + " at " + start + " of " + text.length());
        }
        if (inserted.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("inserted text holds a carriage return");
        }
        int startLine = lineAt(start);
        boolean atLineStart = start == 0 || text.charAt(start - 1) == '\n';
        int removedBreaks = countBreaks(text, start, start + removedLength);

        // Lines joined by the removal.
        if (removedBreaks > 0) {
            BlockKind survivor = atLineStart ? lines.get(startLine + removedBreaks) : lines.get(startLine);
            lines.subList(startLine + 1, startLine + 1 + removedBreaks).clear();
            lines.set(startLine, survivor);
        }
        // Lines made by the insertion.
        int insertedBreaks = countBreaks(inserted, 0, inserted.length());
        if (insertedBreaks > 0) {
            BlockKind own = lines.get(startLine);
            BlockKind continued = own == BlockKind.BULLET ? BlockKind.BULLET : BlockKind.PARAGRAPH;
            boolean textFollows = start + removedLength < text.length()
                    && text.charAt(start + removedLength) != '\n';
            List<BlockKind> added = new ArrayList<>();
            for (int i = 0; i < insertedBreaks; i++) {
                added.add(continued);
            }
            lines.addAll(startLine + 1, added);
            if (atLineStart && textFollows) {
                // The line's text moves down to the last new line and takes its kind along.
                lines.set(startLine, continued);
                lines.set(startLine + insertedBreaks, own);
            }
        }

        // Text and style masks.
        int oldLength = text.length();
        int newLength = oldLength - removedLength + inserted.length();
        byte[] newMasks = new byte[Math.max(16, newLength)];
        System.arraycopy(masks, 0, newMasks, 0, start);
        byte fill = (byte) insertedMask;
        for (int i = 0; i < inserted.length(); i++) {
            newMasks[start + i] = inserted.charAt(i) == '\n' ? 0 : fill;
        }
        System.arraycopy(masks, start + removedLength, newMasks, start + inserted.length(),
                oldLength - start - removedLength);
        masks = newMasks;
        text.replace(start, start + removedLength, inserted);
    }

    /**
     * Toggles {@code style} over {@code [start, end)}: removes it when every char there (line breaks aside) has it,
     * adds it to every char otherwise. Does nothing for an empty range.
     *
     * @return whether the range has the style afterwards
     */
    public boolean toggle(InlineStyle style, int start, int end) {
        checkRange(start, end);
        boolean all = hasEverywhere(style, start, end);
        if (start == end) {
            return all;
        }
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != '\n') {
                masks[i] = (byte) (all ? masks[i] & ~style.bit() : masks[i] | style.bit());
            }
        }
        return !all;
    }

    /**
     * Whether every char of {@code [start, end)} except line breaks has {@code style}; for an empty range (a caret),
     * whether the style would be continued by typing there ({@link #typingMask}).
     */
    public boolean hasEverywhere(InlineStyle style, int start, int end) {
        checkRange(start, end);
        if (start == end) {
            return (typingMask(start) & style.bit()) != 0;
        }
        boolean any = false;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != '\n') {
                any = true;
                if ((masks[i] & style.bit()) == 0) {
                    return false;
                }
            }
        }
        return any;
    }

    /**
     * The styles typing at {@code offset} continues: those of the char before it on the same line, or at a line's
     * start those of the line's first char, or none on an empty line.
     */
    public int typingMask(int offset) {
        checkOffset(offset);
        if (offset > 0 && text.charAt(offset - 1) != '\n') {
            return masks[offset - 1];
        }
        if (offset < text.length() && text.charAt(offset) != '\n') {
            return masks[offset];
        }
        return 0;
    }

    /**
     * Sets lines {@code firstLine..lastLine} to {@code kind}, or back to {@link BlockKind#PARAGRAPH} when they all are
     * {@code kind} already.
     *
     * @return the kind the lines have afterwards
     */
    public BlockKind toggleBlock(BlockKind kind, int firstLine, int lastLine) {
        if (firstLine < 0 || lastLine < firstLine || lastLine >= lines.size()) {
            throw new IndexOutOfBoundsException("lines " + firstLine + ".." + lastLine + " of " + lines.size());
        }
        boolean all = true;
        for (int line = firstLine; line <= lastLine; line++) {
            all &= lines.get(line) == kind;
        }
        BlockKind result = all ? BlockKind.PARAGRAPH : kind;
        for (int line = firstLine; line <= lastLine; line++) {
            lines.set(line, result);
        }
        return result;
    }

    /** Sets the kind of one line. */
    public void setBlock(int line, BlockKind kind) {
        lines.set(line, Objects.requireNonNull(kind, "kind"));
    }

    /** The styles a set holds, as a mask. */
    public static int maskOf(Set<InlineStyle> styles) {
        int mask = 0;
        for (InlineStyle style : styles) {
            mask |= style.bit();
        }
        return mask;
    }

    private static int countBreaks(CharSequence chars, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (chars.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " of " + text.length());
        }
    }

    private void checkRange(int start, int end) {
        checkOffset(start);
        checkOffset(end);
        if (end < start) {
            throw new IndexOutOfBoundsException("range [" + start + ", " + end + ")");
        }
    }
}
