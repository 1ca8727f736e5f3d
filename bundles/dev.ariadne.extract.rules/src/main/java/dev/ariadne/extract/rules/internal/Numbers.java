package dev.ariadne.extract.rules.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Reads numbers as written in English news text: digits with thousands separators ("2,000", "4.5"), number words
 * ("thirty", "twenty-five", "two hundred") and scale words ("million", "bn").
 *
 * <p>Static pure functions, called by the rule families on the extracting worker thread; thread-safe.
 */
final class Numbers {

    /** Regular expression of a number in digits. */
    static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

    private static final String UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    /** Regular expression of a number in words, case-insensitive ("Thirty", "twenty-five", "two hundred"). */
    static final String WORDS = "(?i:(?:(?:" + TENS_WORDS + ")(?:-(?:" + UNIT_WORDS + "))?|" + UNIT_WORDS
            + "|a\\s+dozen|dozen|a\\s+hundred|a\\s+thousand)(?:\\s+(?:hundred|thousand))?)(?!\\w)";

    private static final Map<String, Integer> VALUES = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("dozen", 12));

    private Numbers() {
    }

    /**
     * The value of a number in digits or words, or {@code null} when it is not one.
     *
     * @param written e.g. "2,000", "4.5", "twenty-five", "two hundred", "a dozen"
     */
    static BigDecimal parse(String written) {
        String s = written.trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return null;
        }
        if (Character.isDigit(s.charAt(0))) {
            try {
                return new BigDecimal(s.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String word : s.split("[\\s-]+")) {
            Integer v = VALUES.get(word);
            if (v != null) {
                current += v;
                any = true;
            } else if (word.equals("hundred")) {
                current = Math.max(current, 1) * 100;
                any = true;
            } else if (word.equals("thousand")) {
                total += Math.max(current, 1) * 1000;
                current = 0;
                any = true;
            } else if (!word.equals("and")) {
                return null;
            }
        }
        return any ? BigDecimal.valueOf(total + current) : null;
    }

    /** The multiplier of a scale word ("million", "bn", "m", "k"), or 1 when there is none. */
    static BigDecimal scale(String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "hundred":
                return BigDecimal.valueOf(100);
            case "thousand":
            case "k":
                return BigDecimal.valueOf(1_000);
            case "million":
            case "mn":
            case "mln":
            case "m":
                return BigDecimal.valueOf(1_000_000);
            case "billion":
            case "bn":
            case "bln":
            case "b":
                return BigDecimal.valueOf(1_000_000_000);
            case "trillion":
            case "tn":
                return BigDecimal.valueOf(1_000_000_000_000L);
            default:
                return BigDecimal.ONE;
        }
    }

    /** A value written without exponent or trailing zeros: 4500000000, 3.5. */
    static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return v.toPlainString();
    }
}
