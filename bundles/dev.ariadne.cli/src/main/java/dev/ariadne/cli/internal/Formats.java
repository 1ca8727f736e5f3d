package dev.ariadne.cli.internal;

import java.time.Duration;
import java.util.Locale;

/**
 * Numbers, sizes and durations as the command line prints them: grouped integers ({@code 12,345}), decimal byte sizes
 * ({@code 1.5 MB}) and clock-like durations ({@code 1:02:03}, {@code 4:05}). Independent of the default locale.
 *
 * <p>Pure functions, used by verbs and the progress printer on any thread.
 */
final class Formats {

    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB"};

    private Formats() {
    }

    /** {@code 12345} as {@code "12,345"}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A byte count with a decimal unit: {@code "999 B"}, {@code "1.5 kB"}, {@code "12.0 MB"}. */
    static String bytes(long n) {
        if (n < 1000) {
            return n + " B";
        }
        double value = n;
        int unit = 0;
        while (value >= 999.95 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /** A duration as {@code m:ss}, or {@code h:mm:ss} from an hour on; negative durations count as zero. */
    static String duration(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    /** A rate with one decimal below 100 and none above: {@code "8.5"}, {@code "1,234"}. */
    static String rate(double perSecond) {
        if (!Double.isFinite(perSecond) || perSecond < 0) {
            return "0.0";
        }
        return perSecond < 100 ? String.format(Locale.ROOT, "%.1f", perSecond)
                : String.format(Locale.ROOT, "%,d", Math.round(perSecond));
    }

    /**
     * {@code text} cut to at most {@code max} characters, keeping its end (file names matter most at the end) behind
     * an ellipsis.
     */
    static String tail(String text, int max) {
        if (text == null || max <= 0) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        if (max == 1) {
            return "…";
        }
        return "…" + text.substring(text.length() - (max - 1));
    }
}
