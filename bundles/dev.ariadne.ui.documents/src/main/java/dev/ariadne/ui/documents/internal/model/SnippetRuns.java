package dev.ariadne.ui.documents.internal.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.ariadne.api.search.SearchResult.Snippet;

/**
 * Cuts a search snippet into runs of plain and highlighted text for drawing one line of a hit: whitespace (line
 * breaks, tabs) becomes single spaces, invalid highlight ranges are dropped, and a long snippet is cut to a window
 * that starts a little before its first highlight. Stateless; any thread.
 */
public final class SnippetRuns {

    /** The most characters of context kept before the first highlight when a snippet is cut. */
    static final int LEAD = 40;

    /**
     * A piece of a snippet.
     *
     * @param text the text to draw
     * @param highlighted whether it is a match
     */
    public record Run(String text, boolean highlighted) {
    }

    private SnippetRuns() {
    }

    /**
     * The valid highlight ranges of a snippet: pairs within the text, sorted, overlaps merged.
     *
     * @return flattened {@code [start, end)} pairs
     */
    public static int[] ranges(Snippet snippet) {
        int[] raw = snippet.highlights() == null ? new int[0] : snippet.highlights();
        int length = snippet.text() == null ? 0 : snippet.text().length();
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < raw.length; i += 2) {
            int start = Math.max(0, raw[i]);
            int end = Math.min(length, raw[i + 1]);
            if (start < end) {
                pairs.add(new int[] {start, end});
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        int[] out = new int[pairs.size() * 2];
        int n = 0;
        for (int[] pair : pairs) {
            if (n > 0 && pair[0] <= out[n - 1]) {
                out[n - 1] = Math.max(out[n - 1], pair[1]);
            } else {
                out[n++] = pair[0];
                out[n++] = pair[1];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The highlighted passages of a snippet, as text. */
    public static List<String> highlightedTexts(Snippet snippet) {
        int[] ranges = ranges(snippet);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < ranges.length; i += 2) {
            texts.add(snippet.text().substring(ranges[i], ranges[i + 1]));
        }
        return texts;
    }

    /**
     * The runs of a snippet to draw, at most about {@code maxChars} characters: when the snippet is longer, the
     * window starts a quarter of {@code maxChars} (at most {@link #LEAD}) characters before the first highlight
     * (with a leading ellipsis) and ends with an ellipsis.
     */
    public static List<Run> runs(Snippet snippet, int maxChars) {
        String text = snippet.text() == null ? "" : snippet.text();
        int[] ranges = ranges(snippet);
        int from = 0;
        int to = text.length();
        if (text.length() > maxChars) {
            int firstHighlight = ranges.length > 0 ? ranges[0] : 0;
            int lead = Math.min(LEAD, maxChars / 4);
            from = Math.max(0, Math.min(firstHighlight - lead, text.length() - maxChars));
            from = wordStart(text, from);
            to = Math.min(text.length(), from + maxChars);
        }
        List<Run> runs = new ArrayList<>();
        int at = from;
        for (int i = 0; i < ranges.length && at < to; i += 2) {
            if (ranges[i] >= to) {
                break; // this highlight and the ones after it lie past the window
            }
            int start = Math.max(ranges[i], at);
            int end = Math.min(ranges[i + 1], to);
            if (end <= at) {
                continue;
            }
            if (start > at) {
                add(runs, text.substring(at, start), false);
            }
            add(runs, text.substring(start, end), true);
            at = end;
        }
        if (at < to) {
            add(runs, text.substring(at, to), false);
        }
        trimEnds(runs);
        if (from > 0) {
            runs.add(0, new Run("\u2026", false));
        }
        if (to < text.length()) {
            runs.add(new Run("\u2026", false));
        }
        return runs;
    }

    /** Moves a cut point forward to the start of the next word, unless that is far away. */
    private static int wordStart(String text, int from) {
        if (from == 0 || Character.isWhitespace(text.charAt(from - 1))) {
            return from;
        }
        for (int i = from; i < Math.min(text.length(), from + 15); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return from;
    }

    private static void add(List<Run> runs, String text, boolean highlighted) {
        String flat = flatten(text);
        if (flat.isEmpty()) {
            return;
        }
        if (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            if (last.highlighted() == highlighted) {
                runs.set(runs.size() - 1, new Run(collapseJoin(last.text(), flat), highlighted));
                return;
            }
            if (last.text().endsWith(" ") && flat.startsWith(" ")) {
                flat = flat.substring(1);
            }
        }
        if (!flat.isEmpty()) {
            runs.add(new Run(flat, highlighted));
        }
    }

    private static String collapseJoin(String left, String right) {
        return left.endsWith(" ") && right.startsWith(" ") ? left + right.substring(1) : left + right;
    }

    /** Whitespace runs become one space. */
    static String flatten(String text) {
        StringBuilder flat = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) {
                    flat.append(' ');
                }
                space = true;
            } else {
                flat.append(c);
                space = false;
            }
        }
        return flat.toString();
    }

    private static void trimEnds(List<Run> runs) {
        if (runs.isEmpty()) {
            return;
        }
        Run first = runs.get(0);
        if (!first.highlighted() && first.text().startsWith(" ")) {
            String stripped = first.text().stripLeading();
            if (stripped.isEmpty()) {
                runs.remove(0);
            } else {
                runs.set(0, new Run(stripped, false));
            }
        }
        if (runs.isEmpty()) {
            return;
        }
        Run last = runs.get(runs.size() - 1);
        if (!last.highlighted() && last.text().endsWith(" ")) {
            String stripped = last.text().stripTrailing();
            if (stripped.isEmpty()) {
                runs.remove(runs.size() - 1);
            } else {
                runs.set(runs.size() - 1, new Run(stripped, false));
            }
        }
    }
}
