package dev.ariadne.importer.internal.formats;

/**
 * Collects extracted text up to a limit of characters and remembers whether more was offered. Not thread-safe: one
 * parse uses one collector on one thread.
 */
public final class TextCollector {

    private final int max;
    private final StringBuilder text;
    private boolean truncated;

    /** A collector that keeps at most {@code max} characters; {@code expected} sizes its first buffer. */
    public TextCollector(int max, long expected) {
        this.max = max;
        this.text = new StringBuilder((int) Math.max(16, Math.min(max, Math.min(expected, 16L * 1024 * 1024))));
    }

    /** Appends {@code length} characters of {@code chars}; returns {@code false} once the limit is reached. */
    public boolean append(char[] chars, int offset, int length) {
        int room = max - text.length();
        if (length > room) {
            int keep = room;
            if (keep > 0 && Character.isHighSurrogate(chars[offset + keep - 1])) {
                keep--;
            }
            text.append(chars, offset, Math.max(0, keep));
            truncated = true;
            return false;
        }
        text.append(chars, offset, length);
        return !truncated;
    }

    /** Appends a string; returns {@code false} once the limit is reached. */
    public boolean append(CharSequence chars) {
        if (truncated) {
            return false;
        }
        int room = max - text.length();
        if (chars.length() > room) {
            int keep = room;
            if (keep > 0 && Character.isHighSurrogate(chars.charAt(keep - 1))) {
                keep--;
            }
            text.append(chars, 0, Math.max(0, keep));
            truncated = true;
            return false;
        }
        text.append(chars);
        return true;
    }

    /** Appends one character unless the limit is reached. */
    public boolean append(char c) {
        if (truncated || text.length() >= max) {
            truncated = true;
            return false;
        }
        text.append(c);
        return true;
    }

    /** The characters collected so far. */
    public int length() {
        return text.length();
    }

    /** The last character collected, or {@code 0} when there is none. */
    public char last() {
        return text.length() == 0 ? 0 : text.charAt(text.length() - 1);
    }

    /** Whether text was offered beyond the limit. */
    public boolean truncated() {
        return truncated;
    }

    /** Marks the text as cut (a parser stopped at the limit on its own). */
    public void markTruncated() {
        truncated = true;
    }

    /** The text collected. */
    @Override
    public String toString() {
        return text.toString();
    }
}
