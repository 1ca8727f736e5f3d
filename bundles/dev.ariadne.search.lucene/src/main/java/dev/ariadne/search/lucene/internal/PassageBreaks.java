package dev.ariadne.search.lucene.internal;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Cheap passage boundaries for snippets: after a line break, and after {@code . ! ?} (or their full-width and
 * ellipsis forms) followed by white space. When no such boundary comes within {@link #MAX_REACH} chars, the nearest
 * white space towards the start of the search serves, so long runs of text without punctuation still give short
 * passages.
 *
 * <p>The JDK's sentence iterator walks backwards slowly on long texts, which made highlighting a page of hits cost
 * hundreds of milliseconds; this one only looks at the chars between a match and its boundaries. Boundaries are
 * UTF-16 offsets into the text given to {@link #setText(String)}. Made per highlighter call on the searching thread;
 * not thread-safe.
 */
final class PassageBreaks extends BreakIterator {

    /** How far a boundary is looked for before white space is taken instead. */
    static final int MAX_REACH = 400;

    private String text = "";
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        setText(copy.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public int first() {
        current = 0;
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public int next() {
        if (current >= text.length()) {
            return DONE;
        }
        current = following(current);
        return current;
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < n && result != DONE; i++) {
            result = next();
        }
        for (int i = 0; i > n && result != DONE; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int previous() {
        if (current <= 0) {
            return DONE;
        }
        current = preceding(current);
        return current;
    }

    /** The first boundary after {@code offset}; the text's length when there is none. */
    @Override
    public int following(int offset) {
        int length = text.length();
        int limit = Math.min(length, offset + MAX_REACH);
        for (int i = offset + 1; i < limit; i++) {
            if (isBoundary(i)) {
                current = i;
                return i;
            }
        }
        if (limit >= length) {
            current = length;
            return length;
        }
        for (int i = limit; i > offset + 1; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                current = i;
                return i;
            }
        }
        current = safe(limit);
        return current;
    }

    /** The last boundary before {@code offset}; 0 when there is none. */
    @Override
    public int preceding(int offset) {
        int limit = Math.max(0, offset - MAX_REACH);
        for (int i = offset - 1; i > limit; i--) {
            if (isBoundary(i)) {
                current = i;
                return i;
            }
        }
        if (limit == 0) {
            current = 0;
            return 0;
        }
        for (int i = limit; i < offset - 1; i++) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                current = i;
                return i;
            }
        }
        current = safe(limit);
        return current;
    }

    @Override
    public boolean isBoundary(int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return offset == 0 || offset == text.length();
        }
        char before = text.charAt(offset - 1);
        if (before == '\n' || before == '\r' && text.charAt(offset) != '\n' || before == '\u2029') {
            return true;
        }
        if (!Character.isWhitespace(before) || offset < 2) {
            return false;
        }
        char end = text.charAt(offset - 2);
        return end == '.' || end == '!' || end == '?' || end == '\u2026' || end == '\u3002' || end == '\uff01'
                || end == '\uff1f';
    }

    /** An offset that does not split a surrogate pair. */
    private int safe(int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset)) ? offset - 1
                : offset;
    }
}
