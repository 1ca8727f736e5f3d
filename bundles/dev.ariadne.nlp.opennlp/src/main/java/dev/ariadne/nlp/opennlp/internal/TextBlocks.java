package dev.ariadne.nlp.opennlp.internal;

/**
 * Cuts a text into blocks that no sentence may cross: paragraphs (separated by blank lines), and within a
 * paragraph the lines that are not the hard-wrapped continuation of the line before.
 *
 * <p>A line break inside a paragraph ends a block when the line before it ended early, that is when the next
 * line's first word would still have fit within the paragraph's longest line (a greedy wrapper would have put it
 * there, so the break was meant: a headline, a list, an address); when the next line starts a list item or a
 * header field such as {@code Date:}; or when either line looks like a table row (tabs, aligned columns, mostly
 * digits and signs). A paragraph of fewer than three lines is assumed to be wrapped at 72 columns at least.
 *
 * <p>Called by {@link Segmenter} on the analysing thread; stateless, linear in the text's length. Blocks come in
 * text order, trimmed of white space, never empty.
 */
final class TextBlocks {

    /** Receives the blocks of a text. */
    @FunctionalInterface
    interface Sink {
        /**
         * One block {@code [start, end)}, trimmed and non-empty.
         *
         * @param row whether the block is one line that looks like a table row, to be taken as one sentence
         */
        void block(int start, int end, boolean row);
    }

    /** The wrap width assumed for paragraphs too short to measure theirs. */
    static final int MIN_WRAP_WIDTH = 72;

    private TextBlocks() {
    }

    /** Whether a char separates words: any Unicode white space or space separator (no-break spaces too). */
    static boolean isSpace(char c) {
        return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B'
                || c == '\f';
    }

    /**
     * Cuts the text into blocks.
     *
     * @param text the text
     * @param sink receives each block in text order
     */
    static void split(String text, Sink sink) {
        new Paragraph(text, sink).run();
    }

    /** The lines of the paragraph being read. */
    private static final class Paragraph {
        private final String text;
        private final Sink sink;
        private int count;
        private int[] lineStart = new int[16];   // where the line starts (its indentation included)
        private int[] contentStart = new int[16]; // its first non-space char
        private int[] contentEnd = new int[16];   // just after its last non-space char
        private boolean[] tabular = new boolean[16];

        Paragraph(String text, Sink sink) {
            this.text = text;
            this.sink = sink;
        }

        void run() {
            int n = text.length();
            int pos = 0;
            while (pos < n) {
                int end = pos;
                while (end < n && !isLineBreak(text.charAt(end))) {
                    end++;
                }
                int next = end;
                if (next < n) {
                    next += text.charAt(next) == '\r' && next + 1 < n && text.charAt(next + 1) == '\n' ? 2 : 1;
                }
                int cs = pos;
                while (cs < end && isSpace(text.charAt(cs))) {
                    cs++;
                }
                if (cs == end) {
                    flush();
                } else {
                    int ce = end;
                    while (isSpace(text.charAt(ce - 1))) {
                        ce--;
                    }
                    add(pos, cs, ce);
                }
                pos = next;
            }
            flush();
        }

        private void add(int start, int cs, int ce) {
            if (count == lineStart.length) {
                int size = count * 2;
                lineStart = java.util.Arrays.copyOf(lineStart, size);
                contentStart = java.util.Arrays.copyOf(contentStart, size);
                contentEnd = java.util.Arrays.copyOf(contentEnd, size);
                tabular = java.util.Arrays.copyOf(tabular, size);
            }
            lineStart[count] = start;
            contentStart[count] = cs;
            contentEnd[count] = ce;
            tabular[count] = looksTabular(cs, ce);
            count++;
        }

        private void flush() {
            if (count == 0) {
                return;
            }
            int width = count < 3 ? MIN_WRAP_WIDTH : 0;
            for (int i = 0; i < count; i++) {
                width = Math.max(width, contentEnd[i] - lineStart[i]);
            }
            int first = 0;
            for (int i = 0; i + 1 < count; i++) {
                boolean early = contentEnd[i] - lineStart[i] + 1 + firstWordLength(i + 1) <= width;
                if (early || tabular[i] || tabular[i + 1] || startsItemOrField(i + 1)) {
                    sink.block(contentStart[first], contentEnd[i], first == i && tabular[i]);
                    first = i + 1;
                }
            }
            sink.block(contentStart[first], contentEnd[count - 1], first == count - 1 && tabular[first]);
            count = 0;
        }

        private int firstWordLength(int line) {
            int p = contentStart[line];
            int end = contentEnd[line];
            while (p < end && !isSpace(text.charAt(p))) {
                p++;
            }
            return p - contentStart[line];
        }

        /** A list item ("- ", "* ", "• ", "1. ", "2) ", "(a) ") or a header field ("Date: ", "From: "). */
        private boolean startsItemOrField(int line) {
            int p = contentStart[line];
            int end = contentEnd[line];
            char c = text.charAt(p);
            if ((c == '-' || c == '*' || c == '\u2022' || c == '\u2023' || c == '\u25E6' || c == '\u2013'
                    || c == '\u2014' || c == '+') && p + 1 < end && isSpace(text.charAt(p + 1))) {
                return true;
            }
            if (Character.isDigit(c)) {
                int q = p;
                while (q < end && q - p < 3 && Character.isDigit(text.charAt(q))) {
                    q++;
                }
                return q + 1 < end && (text.charAt(q) == '.' || text.charAt(q) == ')')
                        && isSpace(text.charAt(q + 1));
            }
            if (c == '(' && p + 3 < end && Character.isLetterOrDigit(text.charAt(p + 1))
                    && text.charAt(p + 2) == ')' && isSpace(text.charAt(p + 3))) {
                return true;
            }
            if (Character.isUpperCase(c)) {
                int q = p + 1;
                while (q < end && q - p <= 20 && (Character.isLetter(text.charAt(q)) || text.charAt(q) == '-')) {
                    q++;
                }
                return q + 1 < end && text.charAt(q) == ':' && isSpace(text.charAt(q + 1));
            }
            return false;
        }

        /** Tabs, three aligned spaces inside, or fewer letters than other visible chars. */
        private boolean looksTabular(int cs, int ce) {
            int letters = 0;
            int visible = 0;
            int spaces = 0;
            for (int p = cs; p < ce; p++) {
                char c = text.charAt(p);
                if (c == '\t') {
                    return true;
                }
                if (isSpace(c)) {
                    if (++spaces == 3) {
                        return true;
                    }
                    continue;
                }
                spaces = 0;
                visible++;
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
            return visible >= 4 && letters * 2 < visible;
        }
    }
}
