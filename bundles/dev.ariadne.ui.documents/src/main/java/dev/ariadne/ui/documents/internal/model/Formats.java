package dev.ariadne.ui.documents.internal.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the documents views write sizes, dates, counts and languages. Stateless; any thread.
 */
public final class Formats {

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Formats() {
    }

    /** {@code 532 B}, {@code 12.4 KB}, {@code 3.0 MB} (powers of 1024); {@code ""} for a negative size. */
    public static String size(long bytes) {
        if (bytes < 0) {
            return "";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, value < 100 ? "%.1f %s" : "%.0f %s", value, UNITS[unit]);
    }

    /** {@code 2024-03-12} in {@code zone}; {@code ""} for {@link Long#MIN_VALUE} (no date). */
    public static String date(long epochMillis, ZoneId zone) {
        if (epochMillis == Long.MIN_VALUE) {
            return "";
        }
        return DATE.format(Instant.ofEpochMilli(epochMillis).atZone(zone));
    }

    /** {@code 2024-03-12 14:05} in {@code zone}. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    /** {@code 100,000}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 1 document}, {@code 3 documents}: the count with the singular or plural noun. */
    public static String plural(long n, String singular, String plural) {
        return count(n) + " " + (n == 1 ? singular : plural);
    }

    /**
     * The English name of an ISO 639 language code ({@code en} gives {@code English}); {@code Unknown} for
     * {@code und} or an empty code; the code itself when Java does not know it.
     */
    public static String language(String code) {
        if (code == null || code.isBlank() || "und".equalsIgnoreCase(code.strip())) {
            return "Unknown";
        }
        String tag = code.strip().replace('_', '-');
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayLanguage(Locale.ENGLISH);
        if (name.isEmpty() || name.equalsIgnoreCase(locale.getLanguage())) {
            return tag;
        }
        String country = locale.getDisplayCountry(Locale.ENGLISH);
        return country.isEmpty() ? name : name + " (" + country + ")";
    }

    /** {@code text} cut to {@code max} characters with an ellipsis, never splitting a surrogate pair. */
    public static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(0, max - 1);
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }

    /** The last {@code segments} segments of a path ({@code /a/b/c/d}, 2 gives {@code \u2026/c/d}). */
    public static String tailOfPath(String path, int segments) {
        if (path == null) {
            return "";
        }
        int cut = path.length();
        for (int i = 0; i < segments; i++) {
            int separator = Math.max(path.lastIndexOf('/', cut - 1), path.lastIndexOf('\\', cut - 1));
            if (separator <= 0) {
                return path;
            }
            cut = separator;
        }
        return "\u2026" + path.substring(cut);
    }
}
