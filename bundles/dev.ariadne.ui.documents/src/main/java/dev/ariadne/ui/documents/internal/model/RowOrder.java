package dev.ariadne.ui.documents.internal.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Sorts and filters the rows of a {@link RowCache}: the order the Documents table shows, as an array of row numbers
 * in import order. Runs in a job (a sort of 100,000 rows takes tens of milliseconds); stateless.
 *
 * <p>Sorting copies the sort column into a flat array of keys and sorts row numbers with a stable merge sort on
 * primitives (no boxing); ties keep import order. Filtering keeps rows whose title or any source path contains the
 * filter text, ignoring case.
 */
public final class RowOrder {

    /** A sortable column of the Documents table. */
    public enum Column {
        /** The order documents were imported in (the table's natural order). */
        IMPORT_ORDER,
        /** Title, ignoring case. */
        TITLE,
        /** Short type name. */
        TYPE,
        /** Declared date; undated documents count as oldest. */
        DATE,
        /** Language code. */
        LANGUAGE,
        /** Page count. */
        PAGES,
        /** Size in bytes. */
        SIZE,
        /** Number of sources. */
        SOURCES,
        /** First source path, ignoring case. */
        SOURCE
    }

    /**
     * What the table asks for.
     *
     * @param column the sort column
     * @param ascending the direction
     * @param filter the filter text; blank for none
     */
    public record Spec(Column column, boolean ascending, String filter) {

        /** Import order, no filter. */
        public static final Spec NATURAL = new Spec(Column.IMPORT_ORDER, true, "");

        public Spec {
            filter = filter == null ? "" : filter.strip();
        }

        /** Whether this is import order without a filter, so that row {@code i} of the table is row {@code i}. */
        public boolean isNatural() {
            return column == Column.IMPORT_ORDER && ascending && filter.isEmpty();
        }
    }

    /** The length of the runs sorted by insertion before merging. */
    private static final int RUN = 16;

    private RowOrder() {
    }

    /** Compares two row numbers. */
    @FunctionalInterface
    interface RowComparator {
        int compare(int a, int b);
    }

    /**
     * The rows of {@code cache} that pass the filter, in the asked order.
     *
     * @param cache the rows; only rows already read are considered (the caller waits until the cache is complete)
     * @param spec the order and filter
     * @param cancelled polled now and then; when it turns true the computation stops
     * @return row numbers in display order
     * @throws CancellationException when {@code cancelled} turned true
     */
    public static int[] compute(RowCache cache, Spec spec, BooleanSupplier cancelled) {
        int count = cache.count();
        int[] rows = new int[count];
        int kept = 0;
        String needle = spec.filter().toLowerCase(Locale.ROOT);
        for (int row = 0; row < count; row++) {
            if ((row & 0xFFF) == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("sorting the documents was cancelled");
            }
            if (!cache.isLoaded(row)) {
                continue;
            }
            if (needle.isEmpty() || containsIgnoreCase(cache.title(row), needle)
                    || containsIgnoreCase(cache.sourceText(row), needle)) {
                rows[kept++] = row;
            }
        }
        rows = kept == count ? rows : Arrays.copyOf(rows, kept);
        if (spec.column() == Column.IMPORT_ORDER) {
            if (!spec.ascending()) {
                reverse(rows);
            }
            return rows;
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("sorting the documents was cancelled");
        }
        RowComparator primary = comparator(cache, spec.column(), rows);
        RowComparator order = spec.ascending() ? primary : (a, b) -> primary.compare(b, a);
        sort(rows, (a, b) -> {
            int c = order.compare(a, b);
            return c != 0 ? c : Integer.compare(a, b);
        });
        return rows;
    }

    /** A comparator on row numbers reading keys copied once from the cache (indexed by row number). */
    private static RowComparator comparator(RowCache cache, Column column, int[] rows) {
        int count = cache.count();
        switch (column) {
            case TITLE, TYPE, LANGUAGE, SOURCE -> {
                String[] keys = new String[count];
                for (int row : rows) {
                    keys[row] = switch (column) {
                        case TITLE -> cache.title(row);
                        case TYPE -> cache.type(row);
                        case LANGUAGE -> cache.language(row);
                        default -> cache.firstSource(row);
                    };
                }
                return (a, b) -> String.CASE_INSENSITIVE_ORDER.compare(keys[a], keys[b]);
            }
            case DATE, PAGES, SIZE, SOURCES -> {
                long[] keys = new long[count];
                for (int row : rows) {
                    keys[row] = switch (column) {
                        case DATE -> cache.date(row);
                        case PAGES -> cache.pages(row);
                        case SIZE -> cache.size(row);
                        default -> cache.sources(row);
                    };
                }
                return (a, b) -> Long.compare(keys[a], keys[b]);
            }
            default -> {
                return Integer::compare;
            }
        }
    }

    /** Whether {@code haystack} contains {@code lowerNeedle} (already lower-cased), ignoring case. */
    static boolean containsIgnoreCase(String haystack, String lowerNeedle) {
        int n = lowerNeedle.length();
        if (n == 0) {
            return true;
        }
        int last = haystack.length() - n;
        char first = lowerNeedle.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        for (int i = 0; i <= last; i++) {
            char c = haystack.charAt(i);
            if ((c == first || c == firstUpper || Character.toLowerCase(c) == first)
                    && haystack.regionMatches(true, i, lowerNeedle, 0, n)) {
                return true;
            }
        }
        return false;
    }

    /** A stable merge sort of {@code rows} by {@code comparator}: insertion-sorted runs, then bottom-up merges. */
    static void sort(int[] rows, RowComparator comparator) {
        int n = rows.length;
        if (n < 2) {
            return;
        }
        insertionRuns(rows, comparator, RUN);
        if (n <= RUN) {
            return;
        }
        int[] from = rows;
        int[] to = new int[n];
        for (int width = RUN; width < n; width *= 2) {
            for (int low = 0; low < n; low += 2 * width) {
                int mid = Math.min(low + width, n);
                int high = Math.min(low + 2 * width, n);
                merge(from, to, low, mid, high, comparator);
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        if (from != rows) {
            System.arraycopy(from, 0, rows, 0, n);
        }
    }

    /** Sorts runs of {@code run} elements by insertion (stable). */
    private static void insertionRuns(int[] a, RowComparator comparator, int run) {
        for (int start = 0; start < a.length; start += run) {
            int end = Math.min(start + run, a.length);
            for (int i = start + 1; i < end; i++) {
                int value = a[i];
                int j = i - 1;
                while (j >= start && comparator.compare(a[j], value) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = value;
            }
        }
    }

    private static void merge(int[] from, int[] to, int low, int mid, int high, RowComparator comparator) {
        int i = low;
        int j = mid;
        int k = low;
        while (i < mid && j < high) {
            if (comparator.compare(from[j], from[i]) < 0) {
                to[k++] = from[j++];
            } else {
                to[k++] = from[i++];
            }
        }
        while (i < mid) {
            to[k++] = from[i++];
        }
        while (j < high) {
            to[k++] = from[j++];
        }
    }

    private static void reverse(int[] rows) {
        for (int i = 0, j = rows.length - 1; i < j; i++, j--) {
            int t = rows[i];
            rows[i] = rows[j];
            rows[j] = t;
        }
    }
}
