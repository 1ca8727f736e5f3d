package dev.ariadne.ui.entities.internal.model;

/**
 * Builds keyword-in-context lines: the words before a mention, the mention, the words after, on one line. Called by
 * the Entity view's loader job (any thread); pure.
 */
public final class Kwic {

    /** The mark put where a context was cut. */
    public static final String CUT = "\u2026";

    /**
     * One line.
     *
     * @param left the text before the mention, whitespace collapsed, cut at a word start with {@link #CUT}
     * @param keyword the mention's text, whitespace collapsed
     * @param right the text after the mention, cut at a word end with {@link #CUT}
     */
    public record Line(String left, String keyword, String right) {
    }

    private Kwic() {
    }

    /**
     * The line of the span {@code [start, end)} of {@code text}, with about {@code width} characters of context on
     * each side. A span outside the text is clamped to it.
     */
    public static Line line(String text, int start, int end, int width) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        return new Line(left(text, s, width), collapse(text.substring(s, e)), right(text, e, width));
    }

    static String left(String text, int start, int width) {
        int from = Math.max(0, start - width);
        boolean cut = from > 0;
        if (cut && !Character.isWhitespace(text.charAt(from - 1))) {
            // start at the next word, unless that leaves nothing
            int space = from;
            while (space < start && !Character.isWhitespace(text.charAt(space))) {
                space++;
            }
            if (!text.substring(space, start).isBlank()) {
                from = space;
            } else if (Character.isLowSurrogate(text.charAt(from))) {
                from++;
            }
        }
        String stripped = collapse(text.substring(from, start)).strip();
        return cut && !stripped.isEmpty() ? CUT + " " + stripped : stripped;
    }

    static String right(String text, int end, int width) {
        int to = Math.min(text.length(), end + width);
        boolean cut = to < text.length();
        if (cut && !Character.isWhitespace(text.charAt(to))) {
            // end at the previous word, unless that leaves nothing
            int space = to;
            while (space > end && !Character.isWhitespace(text.charAt(space - 1))) {
                space--;
            }
            if (!text.substring(end, space).isBlank()) {
                to = space;
            } else if (Character.isHighSurrogate(text.charAt(to - 1))) {
                to--;
            }
        }
        String stripped = collapse(text.substring(end, to)).strip();
        return cut && !stripped.isEmpty() ? stripped + " " + CUT : stripped;
    }

    /** Replaces each run of whitespace (line breaks included) by one space. */
    static String collapse(String value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }
}
