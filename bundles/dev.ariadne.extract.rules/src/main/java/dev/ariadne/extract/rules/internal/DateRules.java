package dev.ariadne.extract.rules.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ariadne.api.entities.EntityType;

/**
 * Dates, times, durations and ranges, with ISO 8601 values: dates ("2026-11-28"), months ("2026-11"), years,
 * ranges ("2026-03-03/2026-03-05"), weeks ("2026-W48"), quarters ("2026-Q1"), seasons ("2026-SU"), times
 * ("T15:30", "T15:30Z" for GMT/UTC) and durations ("P30Y", "PT5H/PT6H"). Relative dates ("Thursday", "last week",
 * "two years ago") are resolved against the document date, and left without a value when it is unknown.
 *
 * <p>Spans keep approximators ("almost 30 years") and modifiers ("early March", "last week") but never a leading
 * "the" nor focus particles ("only two weeks" gives "two weeks"). Immutable; called concurrently by
 * {@link RulesExtractor} on worker threads.
 */
final class DateRules implements Rules {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?(?!\\w))";
    private static final String MONTH_FULL = "(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String WD_PREFIX = "(?:(?<wd>" + WEEKDAY + "),?\\s+(?:the\\s+)?)?";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:1[5-9]\\d\\d|20\\d\\d|2100)";
    private static final String DASH = "\\s*(?:-|–|—)\\s*";
    private static final String RANGE_WORD = "\\s*(?:-|–|—)\\s*";
    private static final String TIMEZONE = "(?<tz>GMT|UTC|CET|CEST|EET|EEST|WET|WEST|BST|EST|EDT|CST|CDT|MST|MDT"
            + "|PST|PDT|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|ET|PT)";
    private static final String APPROX = "(?:(?<apx>(?i:almost|nearly|about|around|roughly|approximately|some"
            + "|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|just\\s+over"
            + "|just\\s+under|well\\s+over|close\\s+to|upwards\\s+of|the\\s+better\\s+part\\s+of"
            + "|an\\s+estimated|as\\s+many\\s+as|as\\s+long\\s+as|as\\s+little\\s+as|in\\s+excess\\s+of))\\s+)?";
    private static final String COUNT = "(?:" + Numbers.DIGITS + "|" + Numbers.WORDS
            + "|(?i:a|an|a\\s+few|several|a\\s+couple\\s+of|a\\s+couple|many)(?!\\w))";
    private static final String UNIT = "(?<unit>(?i:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?"
            + "|years?|decades?|centuries|century|millennia|millennium))";

    /** Words after which a bare month name or a bare year is a date. */
    private static final Set<String> DATE_CUES = Set.of(
            "in", "since", "until", "till", "by", "from", "of", "during", "beyond", "the", "a", "fiscal", "calendar",
            "budget", "late", "early", "before", "after", "through", "throughout", "mid", "end", "start",
            "beginning", "last", "next", "this", "between", "and", "to", "around", "circa", "year", "spring",
            "summer", "autumn", "fall", "winter", "for", "on", "as", "into", "within", "that", "earlier", "later",
            "past", "about", "ahead");

    /** Lower-case words that may follow a bare year without making it a count of things. */
    private static final Set<String> AFTER_YEAR = Set.of("and", "or", "but", "the", "to", "when", "was", "is", "as",
            "in", "on", "at", "for", "with", "from", "by", "after", "before", "than", "that", "which", "were", "had",
            "has", "have", "will", "would", "could", "should", "does", "did", "do", "are", "be", "been", "while",
            "until", "if", "because", "so", "a", "an", "its", "their", "his", "her", "it", "they", "he", "she",
            "we", "this", "these", "those", "there", "also", "not", "into", "through", "under", "over", "despite");

    /** Words before a weekday that say it is past. */
    private static final Pattern PAST = Pattern.compile("\\b(?:said|told|was|were|had|did|met|began|left|took|"
            + "held|came|went|spoke|made|gave|saw|got|fell|rose|won|lost|sent|struck|hit|last|ago|[a-z]{2,}ed)\\b");

    /** A year and a joining word just before a year: its range partner. */
    private static final Pattern YEAR_BEFORE = Pattern.compile("\\b(?:1[5-9]\\d\\d|20\\d\\d)\\s+(?:and|to|until|till|through)\\s+$");

    /** Words before a weekday or a time that say it is to come. */
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|shall|'ll|to be|is due|are due|is scheduled|are scheduled|scheduled|plans? to|planned"
                    + "|is set to|are set to|expected to|is expected|are expected|next|upcoming|coming)\\b");

    private interface Handler {
        void handle(Matcher m, Scope scope, Found found);
    }

    private record Rule(int cues, boolean tables, Pattern pattern, Handler handler) {
    }

    private final List<Rule> rules = new ArrayList<>();

    DateRules() {
        // 2026-11-28
        rule(Chunk.DIGIT, "(?<![\\d-])(?<y>" + YEAR + ")-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?![\\d-])", (m, s, f) -> {
            date(s, f, m, m.start(), m.end(), i(m, "y"), i(m, "m"), i(m, "d"), 0.95);
        });
        // 28/11/2026, 11/28/26, 28.11.2026
        rule(Chunk.DIGIT, "(?<![\\d/.,])(?<a>[0-3]?\\d)(?<sep>[/.])(?<b>[0-3]?\\d)\\k<sep>(?<y>" + YEAR + "|\\d\\d)(?![\\d/]|\\.\\d)",
                (m, s, f) -> numericDate(m, s, f));
        // Thursday, 28 November 2026; 28th of November, 2026
        rule(Chunk.DIGIT, "\\b" + WD_PREFIX + "(?<d>[0-3]?\\d)" + ORD + "\\s+(?:of\\s+)?(?<m>" + MONTH + "),?\\s+(?<y>" + YEAR
                + ")\\b", (m, s, f) -> date(s, f, m, m.start(), m.end(), i(m, "y"), month(m.group("m")), i(m, "d"), 0.95));
        // Thursday, November 28, 2026; Nov. 28th 2026
        rule(Chunk.DIGIT, "\\b" + WD_PREFIX + "(?<m>" + MONTH + ")\\s+(?<d>[0-3]?\\d)" + ORD + ",?\\s+(?<y>" + YEAR + ")\\b",
                (m, s, f) -> date(s, f, m, m.start(), m.end(), i(m, "y"), month(m.group("m")), i(m, "d"), 0.95));
        // March 30-April 2, 2026
        rule(Chunk.DIGIT, "\\b(?<m>" + MONTH + ")\\s+(?<d>[0-3]?\\d)" + ORD + RANGE_WORD + "(?<m2>" + MONTH + ")\\s+(?<d2>[0-3]?\\d)"
                + ORD + "(?:,?\\s+(?<y>" + YEAR + "))?\\b", (m, s, f) -> range(m, s, f, month(m.group("m")),
                        i(m, "d"), month(m.group("m2")), i(m, "d2")));
        // March 3-5, 2026
        rule(Chunk.DIGIT, "\\b(?<m>" + MONTH + ")\\s+(?<d>[0-3]?\\d)" + ORD + RANGE_WORD + "(?<d2>[0-3]?\\d)" + ORD
                + "(?:,?\\s+(?<y>" + YEAR + "))?\\b(?![.,]\\d)", (m, s, f) -> range(m, s, f, month(m.group("m")),
                        i(m, "d"), month(m.group("m")), i(m, "d2")));
        // 3-5 March 2026; 30 March - 2 April
        rule(Chunk.DIGIT, "\\b(?<d>[0-3]?\\d)" + ORD + "(?:\\s+(?<m0>" + MONTH + "))?" + RANGE_WORD + "(?<d2>[0-3]?\\d)" + ORD
                + "\\s+(?<m>" + MONTH + ")(?:,?\\s+(?<y>" + YEAR + "))?\\b", (m, s, f) -> {
                    int m2 = month(m.group("m"));
                    int m1 = m.group("m0") == null ? m2 : month(m.group("m0"));
                    range(m, s, f, m1, i(m, "d"), m2, i(m, "d2"));
                });
        // Thursday, 28 November; 28th of Nov.
        rule(Chunk.DIGIT, "\\b" + WD_PREFIX + "(?<d>[0-3]?\\d)" + ORD + "\\s+(?:of\\s+)?(?<m>" + MONTH + ")",
                (m, s, f) -> yearless(m, s, f, month(m.group("m")), i(m, "d")));
        // Thursday, November 28; Nov. 28
        rule(Chunk.DIGIT, "\\b" + WD_PREFIX + "(?<m>" + MONTH + ")\\s+(?<d>[0-3]?\\d)" + ORD + "\\b(?![.,:]?\\d|\\s*%)",
                (m, s, f) -> yearless(m, s, f, month(m.group("m")), i(m, "d")));
        // early March 2026, November 2026, mid-2026
        rule(Chunk.DIGIT, "\\b(?:(?<mod>(?i:early|late|mid|the\\s+end\\s+of|end\\s+of|the\\s+beginning\\s+of|beginning\\s+of"
                + "|the\\s+start\\s+of|start\\s+of|the\\s+middle\\s+of|middle\\s+of))[\\s-]+)?(?<m>" + MONTH
                + "),?\\s+(?:of\\s+)?(?<y>" + YEAR + ")\\b", (m, s, f) -> add(s, f, m.start(), m.end(),
                        String.format(Locale.ROOT, "%04d-%02d", i(m, "y"), month(m.group("m"))), 0.95));
        // in March, early May, last September
        rule(Chunk.MONTH, "\\b(?:(?<mod>(?i:early|late|mid|last|next|this|the\\s+end\\s+of|end\\s+of|the\\s+beginning\\s+of"
                + "|beginning\\s+of|the\\s+start\\s+of|start\\s+of|the\\s+middle\\s+of|middle\\s+of))[\\s-]+)?(?<m>"
                + MONTH_FULL + ")\\b(?!\\s+[A-Z]|-)", (m, s, f) -> bareMonth(m, s, f));
        // the 1990s, the early 2000s
        rule(Chunk.DIGIT, "\\b(?:(?<mod>(?i:early|mid|late))[\\s-]+)?(?<dec>1[0-9]\\d0|20\\d0)'?s\\b", (m, s, f) -> {
            int dec = i(m, "dec");
            add(s, f, m.start(), m.end(), dec + "/" + (dec + 9), 0.9);
        });
        // the 20th century
        rule(Chunk.DIGIT, "\\b(?:(?<mod>(?i:early|mid|late))[\\s-]+)?(?<c>[12]?\\d)(?:st|nd|rd|th)[\\s-]+century\\b", (m, s, f) -> {
            add(s, f, m.start(), m.end(), String.format(Locale.ROOT, "%02d", i(m, "c") - 1), 0.85);
        });
        // 2019-2021, 2019-20, 2019 to 2021
        rule(Chunk.DIGIT, "(?<![\\d.,/-])(?<y>" + YEAR + ")" + DASH + "(?<y2>" + YEAR + "|\\d\\d)(?![\\d%/-]|[.,]\\d)(?:\\s+fiscal\\s+year)?", (m, s, f) -> yearRange(m, s, f));
        // mid-2026, in 2024, fiscal 2025
        rule(Chunk.DIGIT, "(?<![\\d.,/$€£-])(?:(?<mod>(?i:early|mid|late|the\\s+end\\s+of|end\\s+of|the\\s+beginning\\s+of|beginning\\s+of"
                + "|the\\s+start\\s+of|start\\s+of|the\\s+middle\\s+of|middle\\s+of))[\\s-]+)?(?<y>" + YEAR + ")(?![\\d%/]|[.,]\\d|-\\d|\\s*(?:%|per\\s*cent|percent))",
                (m, s, f) -> bareYear(m, s, f));
        // the first quarter of 2024, Q1 2024, the second half of 2025
        rule(Chunk.PART, "\\b(?<q>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))\\s+(?<k>quarter|half)(?:\\s+of)?"
                + "(?:\\s+(?:(?<fy>fiscal)\\s+)?(?<y>" + YEAR + "))?\\b", (m, s, f) -> quarter(m, s, f));
        rule(Chunk.DIGIT, "\\b(?<k>Q|H)(?<q>[1-4])\\s+(?<y>" + YEAR + ")\\b", (m, s, f) -> quarter(m, s, f));
        // last summer, spring 2026
        rule(Chunk.SEASON, "\\b(?:(?<rel>(?i:last|next|this|early|late|mid|the\\s+coming|coming|the\\s+past|past))[\\s-]+)?"
                + "(?<se>(?i:spring|summer|autumn|fall|winter))(?:\\s+(?:of\\s+)?(?<y>" + YEAR + "))?\\b",
                (m, s, f) -> season(m, s, f));
        // yesterday, today, tomorrow, tonight
        rule(Chunk.RELATIVE, "\\b(?<w>(?i:the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+"
                + "tomorrow|yesterday|today|tomorrow|tonight))\\b(?:\\s+(?<part>morning|afternoon|evening|night))?(?!'s?\\s+(?:world|society|economy))",
                (m, s, f) -> dayWord(m, s, f));
        // last week, next month, this year, earlier this month, last Thursday, this morning
        rule(Chunk.RELATIVE, "\\b(?<rel>(?i:last|next|this|coming|the\\s+coming|past|the\\s+past"
                + "|previous|the\\s+previous|following|the\\s+following))\\s+(?<u>week|weekend|fortnight|month|year|decade"
                + "|century|quarter|morning|afternoon|evening|night|" + WEEKDAY + ")\\b",
                (m, s, f) -> relative(m, s, f));
        // Thursday, on Friday night
        rule(Chunk.WEEKDAY, "\\b(?:(?<mod>(?i:early|late))\\s+)?(?<wd>" + WEEKDAY + ")(?:\\s+(?<part>morning|afternoon|evening|night))?\\b(?!,?\\s+(?:[0-3]?\\d|"
                + MONTH + "))", (m, s, f) -> weekday(m, s, f));
        // 3 p.m., 10:30 am, 15:30 CET, 0800 GMT
        rule(Chunk.DIGIT, "(?<![\\d:.])(?:(?i:about|around|approximately|shortly\\s+after|shortly\\s+before|just\\s+after"
                + "|just\\s+before)\\s+)?(?<h>1[0-2]|0?\\d)(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>[ap]\\.m\\.|[ap]m\\b|[AP]M\\b|[AP]\\.M\\.)"
                + "(?:\\s+" + TIMEZONE + "\\b)?", (m, s, f) -> time(m, s, f));
        rule(Chunk.DIGIT, "(?<![\\d:.,])(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)(?!:?\\d)(?:\\s*(?:h|hrs)\\b)?(?:\\s+" + TIMEZONE + "\\b)?",
                (m, s, f) -> time(m, s, f));
        rule(Chunk.DIGIT, "(?<![\\d:.,])(?<h>[01]\\d|2[0-3])(?<mi>[0-5]\\d)\\s+(?:hours\\s+)?" + TIMEZONE + "\\b",
                (m, s, f) -> time(m, s, f));
        rule(Chunk.PART, "\\b(?<=(?:at|by|until|till|after|before|around|from|past)\\s)(?<w>noon|midday|midnight)\\b", (m, s, f) -> {
            add(s, f, m.start(), m.end(), m.group("w").equals("midnight") ? "T00:00" : "T12:00", 0.8);
        });
        // Christmas, New Year's Day, Eid al-Fitr
        rule(Chunk.HOLIDAY | Chunk.TIME_UNIT, "\\b(?<h>Christmas(?:\\s+(?:Day|Eve))?|Easter(?:\\s+(?:Sunday|Monday))?|Ramadan"
                + "|Thanksgiving(?:\\s+Day)?|Eid(?:\\s+al-(?:Fitr|Adha))?|Hanukkah|Diwali|Nowruz|Passover|Lunar\\s+New\\s+Year"
                + "|New\\s+Year(?:'s|’s)(?:\\s+(?:Day|Eve))?|New\\s+Year)\\b(?:\\s+(?<y>" + YEAR + "))?", (m, s, f) -> holiday(m, s, f));
        // another year
        rule(Chunk.TIME_UNIT, "\\b(?i:another)\\s+(?<unit>year|month|week|day|decade)\\b", (m, s, f) -> {
            add(s, f, m.start(), m.end(), iso(BigDecimal.ONE, m.group("unit")), 0.8);
        });
        // almost 30 years, 5-6 hours, two-day, the past three weeks, two years ago
        rule(Chunk.TIME_UNIT, "(?<![\\w.,])" + APPROX + "(?:(?<rel>(?i:the\\s+last|the\\s+past|the\\s+next|the\\s+first|the\\s+final"
                + "|the\\s+coming|the\\s+following|the\\s+previous|last|past|next|first|final|coming|following|previous"
                + "|another|over\\s+the\\s+past|over\\s+the\\s+last))\\s+)?"
                + "(?<n>" + COUNT + ")(?:(?:" + DASH + "|\\s+(?:to|or)\\s+)(?<n2>" + Numbers.DIGITS + "|" + Numbers.WORDS
                + "))?(?<half>\\s+and\\s+a\\s+half)?(?<sep>[\\s-]+)" + UNIT + "\\b(?!-old|\\s+old\\b)(?:\\s+(?<ago>ago|earlier|later)"
                + "|\\s+of\\s+(?<ofy>" + YEAR + "))?",
                (m, s, f) -> duration(m, s, f));
    }

    private void rule(int cues, String regex, Handler handler) {
        // the first two rules, ISO and numeric dates, are the ones met in tables of figures
        rules.add(new Rule(cues, rules.size() < 2, Pattern.compile(regex), handler));
    }

    @Override
    public void find(Chunk chunk, Found found) {
        Scope scope = chunk.scope();
        for (Rule rule : rules) {
            chunk.find(rule.pattern(), rule.cues(), rule.cues() == Chunk.TIME_UNIT ? 9 : 6, rule.tables(),
                    m -> rule.handler().handle(m, scope, found));
        }
    }

    // ---------------------------------------------------------------- handlers

    private static void numericDate(Matcher m, Scope s, Found f) {
        int a = i(m, "a");
        int b = i(m, "b");
        int y = i(m, "y");
        if (m.group("y").length() == 2) {
            if (m.group("sep").equals(".")) {
                return;
            }
            y += y <= 50 ? 2000 : 1900;
        }
        int day;
        int month;
        if (a > 12) {
            day = a;
            month = b;
        } else if (b > 12 || (s.monthFirst() && m.group("sep").equals("/"))) {
            month = a;
            day = b;
        } else {
            day = a;
            month = b;
        }
        date(s, f, m, m.start(), m.end(), y, month, day, 0.85);
    }

    private static void date(Scope s, Found f, Matcher m, int start, int end, int y, int month, int day,
            double confidence) {
        LocalDate d = valid(y, month, day);
        if (d != null) {
            add(s, f, start, end, d.toString(), confidence);
        }
    }

    private static void yearless(Matcher m, Scope s, Found f, int month, int day) {
        if (day < 1 || day > 31) {
            return;
        }
        String value;
        if (s.documentDate() != null) {
            LocalDate d = valid(s.documentDate().getYear(), month, day);
            if (d == null) {
                return;
            }
            value = d.toString();
        } else {
            value = String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
        }
        add(s, f, m.start(), m.end(), value, 0.9);
    }

    private static void range(Matcher m, Scope s, Found f, int m1, int d1, int m2, int d2) {
        Integer year = m.group("y") != null ? Integer.valueOf(i(m, "y"))
                : s.documentDate() != null ? Integer.valueOf(s.documentDate().getYear()) : null;
        if (d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) {
            return;
        }
        String value = null;
        if (year != null) {
            LocalDate a = valid(year, m1, d1);
            LocalDate b = valid(year, m2, d2);
            if (a == null || b == null || !b.isAfter(a)) {
                return;
            }
            value = a + "/" + b;
        } else if (m1 < m2 || (m1 == m2 && d1 < d2)) {
            value = String.format(Locale.ROOT, "XXXX-%02d-%02d/XXXX-%02d-%02d", m1, d1, m2, d2);
        } else {
            return;
        }
        add(s, f, m.start(), m.end(), value, 0.9);
    }

    private static void bareMonth(Matcher m, Scope s, Found f) {
        String mod = lower(m.group("mod"));
        String monthName = m.group("m");
        if (mod == null) {
            String before = wordBefore(s.text(), m.start());
            if (before == null || !DATE_CUES.contains(before)) {
                return;
            }
            if (monthName.equals("May") && (before.equals("and") || before.equals("to") || before.equals("that")
                    || before.equals("as"))) {
                return;
            }
        }
        int month = month(monthName);
        String value;
        LocalDate doc = s.documentDate();
        if (doc == null) {
            value = String.format(Locale.ROOT, "XXXX-%02d", month);
        } else {
            int year = doc.getYear();
            if ("last".equals(mod)) {
                year = month < doc.getMonthValue() ? year : year - 1;
            } else if ("next".equals(mod)) {
                year = month > doc.getMonthValue() ? year : year + 1;
            }
            value = String.format(Locale.ROOT, "%04d-%02d", year, month);
        }
        add(s, f, m.start(), m.end(), value, 0.85);
    }

    private static void yearRange(Matcher m, Scope s, Found f) {
        int y1 = i(m, "y");
        String g2 = m.group("y2");
        int y2 = Integer.parseInt(g2);
        if (g2.length() == 2) {
            y2 += (y1 / 100) * 100;
        }
        if (y2 <= y1 || y2 - y1 > 200) {
            return;
        }
        add(s, f, m.start(), m.end(), y1 + "/" + y2, 0.85);
    }

    private static void bareYear(Matcher m, Scope s, Found f) {
        if (m.group("mod") == null) {
            String before = wordBefore(s.text(), m.start());
            boolean cue = before != null && DATE_CUES.contains(before);
            // "March 2024" and "(2024)" are dates too
            char prev = charBefore(s.text(), m.start());
            if (!cue && prev != '(' && prev != '\'' && !(before != null && month(capitalise(before)) > 0)) {
                return;
            }
            if (before != null && (before.equals("to") || before.equals("and"))) {
                // "from 2019 to 2021", "between 2019 and 2021": two dates; "5 and 2024" is not
                int from = Math.max(0, m.start() - 20);
                if (!YEAR_BEFORE.matcher(s.text().substring(from, m.start())).find()) {
                    return;
                }
            } else if (before != null && (before.equals("of") || before.equals("for") || before.equals("on")
                    || before.equals("as") || before.equals("that") || before.equals("beyond")
                    || before.equals("around") || before.equals("about") || before.equals("after")
                    || before.equals("before") || before.equals("ahead"))) {
                // "much of 2020 and" is a date, "out of 2000 people" is not
                String next = wordAfter(s.text(), m.end());
                if (next != null && !AFTER_YEAR.contains(next)) {
                    return;
                }
            } else if (before != null && (before.equals("the") || before.equals("a"))) {
                // "the 2015 agreement", "a 1959 treaty": a year used as a modifier, before a noun
                String next = wordAfter(s.text(), m.end());
                if (next == null || AFTER_YEAR.contains(next) || !Character.isLetter(s.text().charAt(m.end() + 1))) {
                    return;
                }
            }
        }
        add(s, f, m.start(), m.end(), m.group("y"), 0.8);
    }

    private static void quarter(Matcher m, Scope s, Found f) {
        String q = m.group("q").toLowerCase(Locale.ROOT);
        String k = m.group("k").toLowerCase(Locale.ROOT);
        int n;
        switch (q) {
            case "first", "1st", "1" -> n = 1;
            case "second", "2nd", "2" -> n = 2;
            case "third", "3rd", "3" -> n = 3;
            case "fourth", "4th", "4" -> n = 4;
            default -> n = k.startsWith("h") ? 2 : 4;
        }
        boolean half = k.startsWith("h");
        if (half && n > 2) {
            return;
        }
        String year = m.group("y");
        if (year == null) {
            String before = wordBefore(s.text(), m.start());
            // "the first half of the match" is not a date; "in the first quarter" is
            if (before == null || !before.equals("the")) {
                return;
            }
            year = s.documentDate() == null ? "XXXX" : String.valueOf(s.documentDate().getYear());
        }
        add(s, f, m.start(), m.end(), year + (half ? "-H" : "-Q") + n, 0.85);
    }

    private static void season(Matcher m, Scope s, Found f) {
        String rel = lower(m.group("rel"));
        String y = m.group("y");
        if (rel == null && y == null) {
            return; // "in spring" without a year is not a date
        }
        if (rel != null && y == null && (rel.equals("early") || rel.equals("late") || rel.equals("mid"))) {
            return;
        }
        String se = m.group("se").toLowerCase(Locale.ROOT);
        String code = switch (se) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "autumn", "fall" -> "FA";
            default -> "WI";
        };
        if (se.equals("fall") && rel == null && y == null) {
            return;
        }
        String year;
        if (y != null) {
            year = y;
        } else if (s.documentDate() == null) {
            year = "XXXX";
        } else {
            int yy = s.documentDate().getYear();
            if (rel != null && rel.endsWith("last") || rel != null && rel.endsWith("past")) {
                yy--;
            } else if (rel != null && (rel.equals("next") || rel.endsWith("coming"))) {
                yy++;
            }
            year = String.valueOf(yy);
        }
        add(s, f, m.start(), m.end(), year + "-" + code, 0.8);
    }

    private static void dayWord(Matcher m, Scope s, Found f) {
        String w = m.group("w").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int offset = switch (w) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            case "the day before yesterday" -> -2;
            case "the day after tomorrow" -> 2;
            default -> 0;
        };
        LocalDate doc = s.documentDate();
        add(s, f, m.start(), m.end(), doc == null ? null : doc.plusDays(offset).toString(), 0.85);
    }

    private static void relative(Matcher m, Scope s, Found f) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "");
        String unit = m.group("u");
        int dir = switch (rel) {
            case "last", "past", "previous" -> -1;
            case "next", "coming", "following" -> 1;
            default -> 0;
        };
        LocalDate d = s.documentDate();
        String value = null;
        if (d != null) {
            switch (unit) {
                case "fortnight" -> value = dir > 0 ? d.plusDays(1) + "/" + d.plusDays(14)
                        : dir < 0 ? d.minusDays(14) + "/" + d.minusDays(1) : null;
                case "week", "weekend" -> {
                    LocalDate w = d.plusWeeks(dir);
                    value = String.format(Locale.ROOT, "%04d-W%02d", w.get(IsoFields.WEEK_BASED_YEAR),
                            w.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) + (unit.equals("weekend") ? "-WE" : "");
                }
                case "month" -> {
                    LocalDate x = d.plusMonths(dir);
                    value = String.format(Locale.ROOT, "%04d-%02d", x.getYear(), x.getMonthValue());
                }
                case "year" -> value = String.valueOf(d.getYear() + dir);
                case "decade" -> value = String.valueOf((d.getYear() / 10 + dir)) + "X";
                case "century" -> value = String.format(Locale.ROOT, "%02d", d.getYear() / 100 + dir);
                case "quarter" -> {
                    LocalDate x = d.plusMonths(3L * dir);
                    value = x.getYear() + "-Q" + x.get(IsoFields.QUARTER_OF_YEAR);
                }
                case "morning", "afternoon", "evening", "night" -> {
                    if (dir == 0) {
                        value = d.toString();
                    } else if (unit.equals("night")) {
                        value = d.plusDays(dir < 0 ? -1 : 0).toString();
                    }
                }
                default -> {
                    DayOfWeek wd = DayOfWeek.valueOf(unit.toUpperCase(Locale.ROOT));
                    LocalDate x = dir < 0 ? d.with(TemporalAdjusters.previous(wd))
                            : dir > 0 ? d.with(TemporalAdjusters.next(wd))
                                    : d.with(TemporalAdjusters.nextOrSame(wd));
                    value = x.toString();
                }
            }
        }
        add(s, f, m.start(), m.end(), value, 0.85);
    }

    private static void weekday(Matcher m, Scope s, Found f) {
        String before = wordBefore(s.text(), m.start());
        if (before != null && (before.equals("last") || before.equals("next") || before.equals("this")
                || before.equals("coming") || before.equals("past"))) {
            return; // found by the relative rule
        }
        // "Good Friday", "Black Monday" and names are not relative dates
        char prev = charBefore(s.text(), m.start());
        if (m.group("mod") == null && before != null && Character.isUpperCase(s.text().charAt(wordStart(s.text(), m.start())))
                && prev != '.' && !isSentenceStart(s.text(), wordStart(s.text(), m.start()))) {
            return;
        }
        LocalDate d = s.documentDate();
        String value = null;
        if (d != null) {
            DayOfWeek wd = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
            boolean future = isFuture(s.text(), m.start(), m.end());
            LocalDate x = future ? d.with(TemporalAdjusters.nextOrSame(wd)) : d.with(TemporalAdjusters.previousOrSame(wd));
            value = x.toString();
        }
        add(s, f, m.start(), m.end(), value, 0.8);
    }

    private static void holiday(Matcher m, Scope s, Found f) {
        String h = m.group("h").replace('’', '\'').replaceAll("\\s+", " ");
        Integer year = m.group("y") != null ? Integer.valueOf(m.group("y"))
                : s.documentDate() != null ? Integer.valueOf(s.documentDate().getYear()) : null;
        String value = null;
        if (year != null) {
            if (h.startsWith("Christmas Eve")) {
                value = year + "-12-24";
            } else if (h.startsWith("Christmas")) {
                value = year + "-12-25";
            } else if (h.equals("New Year's Eve")) {
                value = year + "-12-31";
            } else if (h.startsWith("New Year") && !h.startsWith("Lunar")) {
                value = year + "-01-01";
            }
        }
        if (h.equals("New Year") && m.group("y") == null) {
            return; // "the New Year" is too loose without a year
        }
        if (m.group("y") == null && m.end() + 1 < s.text().length() && s.text().charAt(m.end()) == ' '
                && Character.isUpperCase(s.text().charAt(m.end() + 1))) {
            return; // "Christmas Island", "Easter Rising": part of a name
        }
        add(s, f, m.start(), m.end(), value, 0.8);
    }

    /**
     * Whether the clause around a weekday speaks of the future: the nearest tense cue before it in its sentence
     * ("will", "is due to", "next") is a future one rather than a past one ("said", "met", "was"); with no cue
     * before it, a future cue just after it ("Thursday will see").
     */
    static boolean isFuture(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < 200 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        String before = text.substring(from, start);
        int future = lastEnd(FUTURE.matcher(before));
        int past = lastEnd(PAST.matcher(before));
        if (future >= 0 || past >= 0) {
            return future > past;
        }
        int to = Math.min(text.length(), end + 30);
        return FUTURE.matcher(text.substring(end, to)).lookingAt()
                || FUTURE.matcher(text.substring(end, to)).find() && text.substring(end, to).indexOf('.') < 0;
    }

    private static int lastEnd(Matcher m) {
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    private static void time(Matcher m, Scope s, Found f) {
        int h = i(m, "h");
        int mi = m.group("mi") == null ? 0 : i(m, "mi");
        String ap = m.groupCount() > 0 && hasGroup(m, "ap") ? m.group("ap") : null;
        if (ap != null) {
            boolean pm = Character.toLowerCase(ap.charAt(0)) == 'p';
            if (h == 12) {
                h = pm ? 12 : 0;
            } else if (pm) {
                h += 12;
            }
        } else if (m.group("tz") == null && m.group("mi") != null) {
            // a bare 10:30 needs a cue: "at 10:30", "by 15:00", or a time zone
            String before = wordBefore(s.text(), m.start());
            if (before == null || !Set.of("at", "by", "until", "till", "from", "to", "after", "before", "around",
                    "about", "since", "and", "on").contains(before)) {
                return;
            }
        }
        String tz = m.group("tz");
        String value = String.format(Locale.ROOT, "T%02d:%02d", h, mi)
                + (tz != null && (tz.equals("GMT") || tz.equals("UTC")) ? "Z" : "");
        add(s, f, m.start(), m.end(), value, 0.85);
    }

    private static void duration(Matcher m, Scope s, Found f) {
        String n = m.group("n");
        String lowerN = n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String apx = m.group("apx");
        String rel = lower(m.group("rel"));
        String ago = m.group("ago");
        boolean article = lowerN.equals("a") || lowerN.equals("an");
        boolean vague = lowerN.equals("a few") || lowerN.equals("several") || lowerN.equals("a couple of")
                || lowerN.equals("a couple") || lowerN.equals("many");
        String unitWord = m.group("unit").toLowerCase(Locale.ROOT);
        if (m.group("ofy") != null && rel == null) {
            return; // "the first four months of 2026" is a date; "two months of 2026" is not written
        }
        boolean plural = unitWord.endsWith("s") || unitWord.equals("centuries") || unitWord.equals("millennia");
        if (m.group("sep").contains("-") && plural) {
            return; // "five-years" is not written
        }
        if (article && apx == null && rel == null && ago == null) {
            // "in a decade", "within a year", "a week after" are dates; "twice a day", "$4 billion a year" are not
            String before = wordBefore(s.text(), m.start());
            String after = wordAfter(s.text(), m.end());
            boolean cue = before != null && Set.of("in", "within", "for", "after", "during", "over", "under")
                    .contains(before);
            if (!cue && !(after != null && (after.equals("after") || after.equals("before")))) {
                return;
            }
            if (before != null && Numbers.scale(before).compareTo(BigDecimal.ONE) != 0
                    || Character.isDigit(charBefore(s.text(), m.start() - 1))) {
                return; // "$10 million a year before 2019": a rate
            }
            if (unitWord.startsWith("second") || unitWord.startsWith("minute") || unitWord.startsWith("night")) {
                return; // "a second term", "a minute's silence"
            }
        }
        if (vague && rel == null && ago == null) {
            return; // "several years" is a vague period; "the past few years" and "a few days ago" are dates
        }
        if (unitWord.startsWith("night") && apx == null && rel == null) {
            String before = wordBefore(s.text(), m.start());
            if (before == null || !before.equals("for")) {
                return;
            }
        }
        BigDecimal v = vague ? null : Numbers.parse(n);
        if (v != null && m.group("half") != null) {
            v = v.add(new BigDecimal("0.5"));
            plural = true;
        }
        if (!vague && v == null) {
            return;
        }
        if (!vague && !plural && v.compareTo(BigDecimal.ONE) != 0 && !m.group("sep").contains("-")) {
            return; // "two year" is not English; "two-year" is
        }
        if (vague && m.group("n2") != null) {
            return;
        }
        BigDecimal v2 = m.group("n2") == null ? null : Numbers.parse(m.group("n2"));
        int start = m.start();
        int end = m.end();
        if (ago != null && !ago.equals("ago")) {
            ago = null; // "two months later" is kept whole, but its date is not known
        }
        String value;
        if (ago != null) {
            value = ago(s.documentDate(), v, unitWord);
        } else {
            value = iso(v, unitWord);
            if (v2 != null) {
                value = value + "/" + iso(v2, unitWord);
            }
        }
        if ("last".equals(rel) && Set.of("to", "will", "would", "could", "may", "might", "should", "can", "did",
                "does", "must").contains(String.valueOf(wordBefore(s.text(), m.start())))) {
            start = m.start("n"); // "scheduled to last two days": the verb
        } else if (rel != null && rel.startsWith("the ")) {
            start = m.start("rel") + 4;
        } else if (rel != null && rel.startsWith("over the ")) {
            start = m.start("rel") + 9;
        }
        if (apx != null && apx.toLowerCase(Locale.ROOT).startsWith("the ")) {
            start = m.start("apx") + 4;
        }
        add(s, f, start, end, value, 0.85);
    }

    // ---------------------------------------------------------------- values

    /** The ISO 8601 duration of a count of units: P30Y, PT5H, P2W; "PXY" when the count is vague. */
    static String iso(BigDecimal count, String unitWord) {
        String u = unitWord.toLowerCase(Locale.ROOT);
        String c = count == null ? "X" : Numbers.plain(count);
        if (u.startsWith("second")) {
            return "PT" + c + "S";
        } else if (u.startsWith("minute")) {
            return "PT" + c + "M";
        } else if (u.startsWith("hour")) {
            return "PT" + c + "H";
        } else if (u.startsWith("day") || u.startsWith("night")) {
            return "P" + c + "D";
        } else if (u.startsWith("fortnight")) {
            return "P" + (count == null ? "X" : Numbers.plain(count.multiply(BigDecimal.valueOf(2)))) + "W";
        } else if (u.startsWith("week")) {
            return "P" + c + "W";
        } else if (u.startsWith("month")) {
            return "P" + c + "M";
        } else if (u.startsWith("year")) {
            return "P" + c + "Y";
        } else if (u.startsWith("decade")) {
            return "P" + (count == null ? "X" : Numbers.plain(count.multiply(BigDecimal.TEN))) + (count == null ? "E" : "Y");
        } else if (u.startsWith("centur")) {
            return "P" + (count == null ? "X" : Numbers.plain(count.multiply(BigDecimal.valueOf(100)))) + (count == null ? "C" : "Y");
        }
        return "P" + (count == null ? "X" : Numbers.plain(count.multiply(BigDecimal.valueOf(1000)))) + "Y";
    }

    private static String ago(LocalDate doc, BigDecimal count, String unitWord) {
        if (doc == null || count == null || count.scale() > 0 && count.stripTrailingZeros().scale() > 0) {
            return null;
        }
        long n = count.longValue();
        String u = unitWord.toLowerCase(Locale.ROOT);
        if (u.startsWith("day") || u.startsWith("night")) {
            return doc.minusDays(n).toString();
        } else if (u.startsWith("week") || u.startsWith("fortnight")) {
            return doc.minusWeeks(u.startsWith("f") ? 2 * n : n).toString();
        } else if (u.startsWith("month")) {
            LocalDate x = doc.minusMonths(n);
            return String.format(Locale.ROOT, "%04d-%02d", x.getYear(), x.getMonthValue());
        } else if (u.startsWith("year")) {
            return String.valueOf(doc.getYear() - n);
        } else if (u.startsWith("decade")) {
            return String.valueOf(doc.getYear() - 10 * n);
        } else if (u.startsWith("centur")) {
            return String.valueOf(doc.getYear() - 100 * n);
        } else if (u.startsWith("hour") || u.startsWith("minute") || u.startsWith("second")) {
            return doc.toString();
        }
        return null;
    }

    // ---------------------------------------------------------------- helpers

    private static void add(Scope s, Found f, int start, int end, String value, double confidence) {
        String text = s.text();
        // no leading "the"
        if (end - start > 4 && text.regionMatches(true, start, "the ", 0, 4)) {
            start += 4;
        }
        f.add(text, start, end, EntityType.DATE, confidence, value, Found.MEASURE);
    }

    private static LocalDate valid(int y, int month, int day) {
        try {
            return LocalDate.of(y, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int i(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static boolean hasGroup(Matcher m, String name) {
        try {
            m.start(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The month number of a month name or abbreviation ("Nov.", "September"), or 0. */
    static int month(String name) {
        if (name == null || name.length() < 3) {
            return 0;
        }
        return switch (name.substring(0, 3)) {
            case "Jan" -> 1;
            case "Feb" -> 2;
            case "Mar" -> 3;
            case "Apr" -> 4;
            case "May" -> 5;
            case "Jun" -> 6;
            case "Jul" -> 7;
            case "Aug" -> 8;
            case "Sep" -> 9;
            case "Oct" -> 10;
            case "Nov" -> 11;
            case "Dec" -> 12;
            default -> 0;
        };
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static char charBefore(String text, int pos) {
        return pos > 0 ? text.charAt(pos - 1) : '\n';
    }

    /** The start of the word just before {@code pos}, skipping white space and hyphens; or {@code pos}. */
    private static int wordStart(String text, int pos) {
        int i = pos;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '-')) {
            i--;
        }
        int end = i;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i < end ? i : pos;
    }

    /** The word just before {@code pos} (across spaces and a hyphen), lower case, or {@code null}. */
    static String wordBefore(String text, int pos) {
        int i = pos;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '-' || text.charAt(i - 1) == '\u00a0')) {
            i--;
        }
        int end = i;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i < end ? text.substring(i, end).toLowerCase(Locale.ROOT) : null;
    }

    private static boolean isSentenceStart(String text, int pos) {
        int i = pos;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i == 0) {
            return true;
        }
        char c = text.charAt(i - 1);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201c' || c == ':' || c == '\n' || i < pos && text.charAt(pos - 1) == '\n';
    }

    /** The lower-case word right after {@code pos} and one space, or {@code null}. */
    private static String wordAfter(String text, int pos) {
        if (pos + 1 >= text.length() || text.charAt(pos) != ' ' || !Character.isLowerCase(text.charAt(pos + 1))) {
            return null;
        }
        int i = pos + 1;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(pos + 1, i);
    }
}
