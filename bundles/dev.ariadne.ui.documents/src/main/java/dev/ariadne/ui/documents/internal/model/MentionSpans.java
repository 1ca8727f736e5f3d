package dev.ariadne.ui.documents.internal.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The mentions the Reader colours, as sorted, non-overlapping spans, and how they combine with the search
 * highlights into the text's style segments. Made in the Reader's job from the entity service's mentions; then read
 * on the UI thread only. Immutable.
 */
public final class MentionSpans {

    /** No mentions. */
    public static final MentionSpans NONE = new MentionSpans(new int[0], new int[0], new int[0], new int[0]);

    /** A segment's highlight: none. */
    public static final int NO_HIGHLIGHT = 0;
    /** A segment's highlight: a search match. */
    public static final int HIGHLIGHT = 1;
    /** A segment's highlight: the current search match. */
    public static final int CURRENT = 2;

    private final int[] starts;
    private final int[] ends;
    private final int[] kinds;
    private final int[] sources;

    private MentionSpans(int[] starts, int[] ends, int[] kinds, int[] sources) {
        this.starts = starts;
        this.ends = ends;
        this.kinds = kinds;
        this.sources = sources;
    }

    /**
     * Spans of a list of mentions.
     *
     * @param starts the mentions' starts, in list order
     * @param ends their ends
     * @param kinds a number per mention (its type's ordinal) carried into the segments
     * @param length the text's length: spans past it are cut or dropped
     * @return spans sorted by start; where mentions overlap, the earlier (then longer) one is kept
     */
    public static MentionSpans of(int[] starts, int[] ends, int[] kinds, int length) {
        Integer[] order = new Integer[starts.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> starts[a] != starts[b] ? Integer.compare(starts[a], starts[b])
                : Integer.compare(ends[b], ends[a]));
        int[] s = new int[order.length];
        int[] e = new int[order.length];
        int[] k = new int[order.length];
        int[] src = new int[order.length];
        int n = 0;
        int last = 0;
        for (int index : order) {
            int start = starts[index];
            int end = Math.min(ends[index], length);
            if (start < last || start >= end) {
                continue;
            }
            s[n] = start;
            e[n] = end;
            k[n] = kinds[index];
            src[n] = index;
            n++;
            last = end;
        }
        return new MentionSpans(Arrays.copyOf(s, n), Arrays.copyOf(e, n), Arrays.copyOf(k, n),
                Arrays.copyOf(src, n));
    }

    /** The number of spans. */
    public int size() {
        return starts.length;
    }

    /** The start of span {@code i}. */
    public int start(int i) {
        return starts[i];
    }

    /** The end of span {@code i}. */
    public int end(int i) {
        return ends[i];
    }

    /** The kind of span {@code i}. */
    public int kind(int i) {
        return kinds[i];
    }

    /** The index, in the list given to {@link #of}, of the mention of span {@code i}. */
    public int source(int i) {
        return sources[i];
    }

    /** The span holding {@code offset}, or -1. */
    public int at(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) {
            i = -i - 2;
        }
        return i >= 0 && offset < ends[i] ? i : -1;
    }

    /** The first span ending after {@code offset}, or {@link #size()}. */
    private int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The style segments of {@code [from, to)}: where a mention or a highlight lies, flattened as
     * {@code start, end, kind (-1 for none), highlight (NO_HIGHLIGHT, HIGHLIGHT or CURRENT)}, sorted and
     * non-overlapping.
     *
     * @param highlights sorted, non-overlapping {@code [start, end)} pairs, flattened
     * @param current the index of the current highlight, or -1
     */
    public int[] segments(int[] highlights, int current, int from, int to) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(from);
        cuts.add(to);
        int first = firstEndingAfter(from);
        for (int i = first; i < starts.length && starts[i] < to; i++) {
            cuts.add(Math.max(from, starts[i]));
            cuts.add(Math.min(to, ends[i]));
        }
        int h = firstHighlightEndingAfter(highlights, from);
        int firstHighlight = h;
        for (; h < highlights.length / 2 && highlights[h * 2] < to; h++) {
            cuts.add(Math.max(from, highlights[h * 2]));
            cuts.add(Math.min(to, highlights[h * 2 + 1]));
        }
        List<int[]> out = new ArrayList<>();
        int m = first;
        h = firstHighlight;
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && previous < cut) {
                int a = previous;
                while (m < starts.length && ends[m] <= a) {
                    m++;
                }
                while (h < highlights.length / 2 && highlights[h * 2 + 1] <= a) {
                    h++;
                }
                boolean inMention = m < starts.length && starts[m] <= a;
                int kind = inMention ? kinds[m] : -1;
                int owner = inMention ? m : -1;
                int highlight = h < highlights.length / 2 && highlights[h * 2] <= a
                        ? (h == current ? CURRENT : HIGHLIGHT) : NO_HIGHLIGHT;
                if (kind >= 0 || highlight != NO_HIGHLIGHT) {
                    int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
                    if (last != null && last[1] == a && last[2] == kind && last[3] == highlight
                            && last[4] == owner) {
                        last[1] = cut;
                    } else {
                        out.add(new int[] {a, cut, kind, highlight, owner});
                    }
                }
            }
            previous = cut;
        }
        int[] flat = new int[out.size() * 4];
        for (int i = 0; i < out.size(); i++) {
            System.arraycopy(out.get(i), 0, flat, i * 4, 4); // without the owning mention
        }
        return flat;
    }

    private static int firstHighlightEndingAfter(int[] highlights, int offset) {
        int lo = 0;
        int hi = highlights.length / 2;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (highlights[mid * 2 + 1] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
