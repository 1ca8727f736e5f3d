package dev.ariadne.extract.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.Mention;

/**
 * Merges the mentions of several extractors for one document into one list without overlaps, after bringing every
 * span to the house conventions: no leading "the", no possessive ending, no titles before a person's name,
 * hyphenated compounds of two names split in two, no focus particle ("only", "just", "even") at the start of a date
 * or an amount (approximators such as "almost" and "more than" stay), no stray punctuation at either end. Of two
 * overlapping mentions the one of the higher-ranked extractor wins, then the more confident, then the longer.
 *
 * <p>Stateless; called by {@link ExtractionEngine} on the job worker thread extracting the document, and by tests.
 */
final class MentionMerger {

    /** The mentions of one extractor with its {@code service.ranking}. */
    record Ranked(List<Mention> mentions, int ranking) {
        Ranked {
            mentions = List.copyOf(mentions);
        }
    }

    private record Candidate(Mention mention, int ranking) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("inc", "corp", "ltd", "co", "jr", "sr", "bros", "plc",
            "llc", "st", "mt", "ft", "no", "vs", "ave", "dept", "univ", "gov", "assn", "intl", "e.v", "ag", "sa",
            "nv", "bv", "gmbh", "oy", "ab", "as");
    private static final Pattern HYPHEN_PAIR = Pattern.compile(
            "(\\p{Lu}[\\p{L}.'’]+)[-\u2013\u2010\u2011/](\\p{Lu}[\\p{L}.'’]+)");

    private MentionMerger() {
    }

    /**
     * Normalises every mention and resolves overlaps.
     *
     * @param text the document text the offsets index into
     * @param sources each extractor's mentions with its ranking
     * @return the merged mentions ordered by position
     */
    static List<Mention> merge(String text, List<Ranked> sources) {
        Set<String> known = new HashSet<>();
        for (Ranked ranked : sources) {
            for (Mention m : ranked.mentions()) {
                if (m.end() <= text.length() && m.end() - m.start() < 200) {
                    known.add(text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT));
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Ranked ranked : sources) {
            for (Mention m : ranked.mentions()) {
                for (Mention normal : normalize(text, m, known)) {
                    candidates.add(new Candidate(normal, ranked.ranking()));
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.ranking())
                .thenComparingDouble(c -> -c.mention().confidence())
                .thenComparingInt(c -> -(c.mention().end() - c.mention().start()))
                .thenComparingInt(c -> c.mention().start())
                .thenComparing(c -> c.mention().type()));
        TreeMap<Integer, Candidate> accepted = new TreeMap<>();
        Map<Long, List<Mention>> losersBySpan = new HashMap<>();
        for (Candidate c : candidates) {
            Mention m = c.mention();
            Entry<Integer, Candidate> before = accepted.floorEntry(m.end() - 1);
            if (before != null && before.getValue().mention().end() > m.start()) {
                losersBySpan.computeIfAbsent(span(before.getValue().mention()), k -> new ArrayList<>()).add(m);
                continue;
            }
            accepted.put(m.start(), c);
        }
        List<Mention> result = new ArrayList<>(accepted.size());
        for (Candidate c : accepted.values()) {
            Mention m = c.mention();
            if (m.normalized() == null) {
                // an equal span of the same type from a lower-ranked extractor may know the value
                for (Mention loser : losersBySpan.getOrDefault(span(m), List.of())) {
                    if (loser.start() == m.start() && loser.end() == m.end() && loser.type() == m.type()
                            && loser.normalized() != null) {
                        m = new Mention(m.documentId(), m.start(), m.end(), m.text(), m.type(), m.confidence(),
                                loser.normalized(), m.source());
                        break;
                    }
                }
            }
            result.add(m);
        }
        return result;
    }

    private static long span(Mention m) {
        return ((long) m.start() << 32) | m.end();
    }

    /**
     * One mention brought to the conventions: zero mentions when nothing is left of it (a bare title, punctuation,
     * a span outside the text), two when it is a hyphenated compound of two names.
     *
     * @param text the document text
     * @param m the mention as an extractor gave it
     * @param known lower-case texts of every mention any extractor found in the document, to tell names apart
     */
    static List<Mention> normalize(String text, Mention m, Set<String> known) {
        int start = m.start();
        int end = Math.min(m.end(), text.length());
        if (start >= end) {
            return List.of();
        }
        EntityType type = m.type();
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            int s0 = start;
            int e0 = end;
            while (start < end && isTrimmable(text.charAt(start), true, text, start, end)) {
                start++;
            }
            while (end > start && isTrimmable(text.charAt(end - 1), false, text, start, end)) {
                end--;
            }
            end = stripPeriod(text, start, end);
            end = stripPossessive(text, start, end);
            start = stripLeadingWord(text, start, end, "the");
            if (type == EntityType.PERSON) {
                start = stripTitles(text, start, end);
            }
            if (type == EntityType.DATE || type == EntityType.QUANTITY) {
                start = stripFocus(text, start, end);
                start = stripLeading(text, start, end,
                        type == EntityType.DATE ? Names.DATE_PREPOSITIONS : Names.AMOUNT_PREPOSITIONS);
            }
            if (type == EntityType.QUANTITY) {
                end = stripRate(text, start, end);
            }
            changed = start != s0 || end != e0;
        }
        if (start >= end) {
            return List.of();
        }
        if (type == EntityType.PERSON || type == EntityType.LOCATION || type == EntityType.ORGANIZATION
                || type == EntityType.MISC) {
            end = stripAffixedWord(text, start, end);
        }
        if (type == EntityType.PERSON || type == EntityType.LOCATION || type == EntityType.ORGANIZATION) {
            start = stripLowerCaseStart(text, start, end);
        }
        if (type == EntityType.PERSON) {
            end = extendName(text, start, end);
        }
        String span = text.substring(start, end);
        if (type == EntityType.PERSON && Names.isTitleWord(span)) {
            return List.of();
        }
        if ((type == EntityType.DATE || type == EntityType.QUANTITY) && isVague(type, span)) {
            return List.of();
        }
        if ((type == EntityType.ORGANIZATION || type == EntityType.PERSON) && span.indexOf(' ') < 0
                && Names.INSTITUTION_NOUNS.contains(span.toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        Mention prefix = type == EntityType.PERSON ? placeBeforeTitle(text, m, m.start(), start) : null;
        if (type == EntityType.PERSON || type == EntityType.LOCATION || type == EntityType.ORGANIZATION
                || type == EntityType.MISC) {
            List<Mention> parts = splitCompound(text, m, start, end, known);
            if (parts != null) {
                return parts;
            }
        }
        if (type == EntityType.DATE || type == EntityType.QUANTITY) {
            List<Mention> parts = splitRange(text, m, start, end);
            if (parts != null) {
                return parts;
            }
        }
        Mention result = start == m.start() && end == m.end() && m.text().equals(text.substring(start, end)) ? m
                : new Mention(m.documentId(), start, end, text.substring(start, end), type, m.confidence(),
                        m.normalized(), m.source());
        return prefix == null ? List.of(result) : List.of(prefix, result);
    }

    /**
     * A known place or body written before a title in a person's span ("U.S. Trade Representative Jane Doe",
     * "Russia's Foreign Minister ..."), as a mention of its own, or {@code null}.
     */
    private static Mention placeBeforeTitle(String text, Mention m, int spanStart, int nameStart) {
        List<int[]> words = words(text, spanStart, nameStart);
        if (words.size() < 2 || !isTitle(text, words.get(1)) || isTitle(text, words.get(0))) {
            return null;
        }
        int s = words.get(0)[0];
        int e = stripPossessive(text, s, words.get(0)[1]);
        while (e > s && (text.charAt(e - 1) == ',' || text.charAt(e - 1) == ':')) {
            e--;
        }
        String word = text.substring(s, e);
        EntityType type = Names.typeOf(word);
        if (type == null) {
            return null;
        }
        return new Mention(m.documentId(), s, e, word, type, m.confidence(), null, m.source());
    }

    private static final Pattern VAGUE_PERIOD = Pattern.compile("(?:(?:earlier|recent|past|coming|many|several|"
            + "some|few|the)\\s+)?(?:days?|weeks?|months?|years?|hours?|nights?|decades?|minutes?|centuries|"
            + "century|seconds?|night|day)");
    private static final Pattern FREQUENCY = Pattern.compile("(?:every|each|per)\\s.*|daily|weekly|monthly|"
            + "quarterly|annual|annually|yearly|nightly|hourly|biannual|biennial");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");

    /**
     * Whether a date or amount is one the conventions leave out: a period without a number or a deictic word
     * ("weeks", "recent years"), a frequency ("every day", "annual"), an ordinal ("21st").
     */
    static boolean isVague(EntityType type, String span) {
        String s = span.toLowerCase(Locale.ROOT).strip();
        if (type == EntityType.QUANTITY) {
            return ORDINAL.matcher(s).matches();
        }
        return VAGUE_PERIOD.matcher(s).matches() || FREQUENCY.matcher(s).matches();
    }

    /** Drops leading lower-case words that are no name particle ("carrier USS ..." -> "USS ..."). */
    private static int stripLowerCaseStart(String text, int start, int end) {
        List<int[]> list = words(text, start, end);
        int i = 0;
        while (i < list.size() - 1) {
            String word = text.substring(list.get(i)[0], list.get(i)[1]);
            if (!Character.isLowerCase(word.charAt(0)) || Names.NAME_PARTICLES.contains(word)
                    || word.indexOf('-') > 0) {
                break;
            }
            i++;
        }
        return i == 0 ? start : list.get(i)[0];
    }

    /**
     * Completes a person's name that an extractor cut short: a trailing particle takes the capitalised word after it
     * ("Hendrik de" -> "Hendrik de Wit"), and a hyphenated lower-case syllable joins the name ("Park Ji" ->
     * "Park Ji-hoon").
     */
    private static int extendName(String text, int start, int end) {
        int n = text.length();
        if (end < n - 1 && text.charAt(end) == '-' && Character.isLowerCase(text.charAt(end + 1))) {
            int e = end + 1;
            while (e < n && Character.isLetter(text.charAt(e))) {
                e++;
            }
            return e;
        }
        int lastSpace = text.lastIndexOf(' ', end - 1);
        if (lastSpace >= start) {
            String last = text.substring(lastSpace + 1, end);
            if (Names.NAME_PARTICLES.contains(last) && end + 1 < n && text.charAt(end) == ' '
                    && Character.isUpperCase(text.charAt(end + 1))) {
                int e = end + 1;
                while (e < n && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
                    e++;
                }
                return e;
            }
        }
        return end;
    }

    /** Cuts a lower-case word joined by a hyphen to a name ("London-based", "U.S.-led") off the span. */
    private static int stripAffixedWord(String text, int start, int end) {
        int hyphen = -1;
        for (int i = end - 1; i > start; i--) {
            char c = text.charAt(i);
            if (c == '-' || c == '\u2010' || c == '\u2011') {
                hyphen = i;
                break;
            }
            if (!Character.isLowerCase(c)) {
                return end;
            }
        }
        if (hyphen <= start || end - hyphen < 4) {
            return end;
        }
        int wordStart = hyphen;
        while (wordStart > start && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (!Character.isUpperCase(text.charAt(wordStart))) {
            return end;
        }
        return hyphen;
    }

    private static boolean isTrimmable(char c, boolean leading, String text, int start, int end) {
        if (Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"'
                || c == '\u201c' || c == '\u201d' || c == '\u00ab' || c == '\u00bb' || c == '*' || c == '|') {
            return true;
        }
        if (leading && (c == '\'' || c == '\u2018')) {
            return true;
        }
        if (!leading && c == '\u2018') {
            return true;
        }
        if (c == '(' || c == '[') {
            return true;
        }
        if (c == ')' || c == ']') {
            char open = c == ')' ? '(' : '[';
            return text.substring(start, end).indexOf(open) < 0;
        }
        if (leading && (c == '-' || c == '\u2013' || c == '\u2014' || c == '.' || c == '/')) {
            return true;
        }
        return !leading && (c == '-' || c == '\u2013' || c == '\u2014' || c == '/');
    }

    /** Drops a sentence period after a word that is not an abbreviation ("Berlin." but not "U.S." or "Inc."). */
    private static int stripPeriod(String text, int start, int end) {
        if (end - start < 2 || text.charAt(end - 1) != '.') {
            return end;
        }
        int wordStart = end - 1;
        while (wordStart > start && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, end - 1);
        if (word.indexOf('.') >= 0 || word.length() <= 1) {
            return end;
        }
        if (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)) || Names.isTitleWord(word)) {
            return end;
        }
        if (word.length() <= 3 && word.chars().allMatch(Character::isUpperCase)) {
            return end;
        }
        return end - 1;
    }

    private static int stripPossessive(String text, int start, int end) {
        if (end - start > 2) {
            char last = text.charAt(end - 1);
            char apostrophe = text.charAt(end - 2);
            if ((last == 's' || last == 'S') && (apostrophe == '\'' || apostrophe == '\u2019')) {
                return end - 2;
            }
            if ((last == '\'' || last == '\u2019') && (apostrophe == 's' || apostrophe == 'S')) {
                return end - 1;
            }
        }
        if (end - start > 1 && (text.charAt(end - 1) == '\'' || text.charAt(end - 1) == '\u2019')) {
            return end - 1;
        }
        return end;
    }

    private static int stripLeadingWord(String text, int start, int end, String word) {
        int len = word.length();
        if (text.regionMatches(true, start, "the hague", 0, 9) && end - start == 9) {
            return start;
        }
        if (end - start > len + 1 && text.regionMatches(true, start, word, 0, len)
                && Character.isWhitespace(text.charAt(start + len))) {
            int s = start + len;
            while (s < end && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            return s;
        }
        return start;
    }

    /** Word boundaries {@code [start0, end0, start1, end1, ...]} of the span. */
    private static List<int[]> words(String text, int start, int end) {
        List<int[]> words = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                words.add(new int[] {s, i});
            }
        }
        return words;
    }

    private static int stripTitles(String text, int start, int end) {
        List<int[]> words = words(text, start, end);
        int first = 0;
        // "Ukrainian President Volodymyr Zelensky", "U.S. Secretary of State Antony Blinken"
        if (words.size() > 2 && !isTitle(text, words.get(0)) && isTitle(text, words.get(1))
                && Character.isUpperCase(text.charAt(words.get(0)[0]))) {
            first = 1;
        }
        int i = first;
        while (i < words.size() - 1 && (isTitle(text, words.get(i)) || i > first && isLinkWord(text, words.get(i))
                && i + 1 < words.size() - 1 && isTitle(text, words.get(i + 1)))) {
            i++;
        }
        if (i == first) {
            return start;
        }
        return words.get(i)[0];
    }

    private static boolean isTitle(String text, int[] word) {
        return Names.isTitleWord(text.substring(word[0], word[1]));
    }

    private static boolean isLinkWord(String text, int[] word) {
        String w = text.substring(word[0], word[1]);
        return w.equals("of") || w.equals("for") || w.equals("and") || w.equals("the");
    }

    private static int stripFocus(String text, int start, int end) {
        List<int[]> words = words(text, start, end);
        if (words.size() > 1) {
            String first = text.substring(words.get(0)[0], words.get(0)[1]).toLowerCase(Locale.ROOT);
            if (Names.FOCUS_PARTICLES.contains(first)) {
                return words.get(1)[0];
            }
        }
        return start;
    }

    /** Drops a leading word of {@code words} ("over five years" -> "five years") when more words follow. */
    private static int stripLeading(String text, int start, int end, Set<String> words) {
        List<int[]> list = words(text, start, end);
        if (list.size() > 1) {
            String first = text.substring(list.get(0)[0], list.get(0)[1]).toLowerCase(Locale.ROOT);
            if (words.contains(first)) {
                return list.get(1)[0];
            }
        }
        return start;
    }

    /** Drops a rate suffix ("a day", "per year") after an amount. */
    private static int stripRate(String text, int start, int end) {
        String span = text.substring(start, end).toLowerCase(Locale.ROOT);
        for (String suffix : Names.RATE_SUFFIXES) {
            if (span.length() > suffix.length() + 1 && span.endsWith(suffix)) {
                return end - suffix.length();
            }
        }
        return end;
    }

    private static final Pattern RANGE_WORDS = Pattern.compile("\\s+(?:to|and|until|till|through|or)\\s+");

    /**
     * Two dates or amounts joined by a word ("$47.60 to $44", "2019 and 2021") as two mentions, each kept only when
     * it is one on its own (a digit, and for an amount a unit or currency), or {@code null} when the span is not
     * such a pair.
     */
    private static List<Mention> splitRange(String text, Mention m, int start, int end) {
        Matcher matcher = RANGE_WORDS.matcher(text).region(start, end);
        if (!matcher.find()) {
            return null;
        }
        int leftEnd = matcher.start();
        int rightStart = matcher.end();
        if (matcher.find()) {
            return null;
        }
        String left = text.substring(start, leftEnd);
        String right = text.substring(rightStart, end);
        if (!hasDigit(left) || !hasDigit(right)) {
            return null;
        }
        List<Mention> parts = new ArrayList<>(2);
        for (int[] part : new int[][] {{start, leftEnd}, {rightStart, end}}) {
            String s = text.substring(part[0], part[1]);
            if (m.type() == EntityType.QUANTITY && !hasUnit(s)) {
                continue;
            }
            parts.add(new Mention(m.documentId(), part[0], part[1], s, m.type(), m.confidence(), null, m.source()));
        }
        return parts;
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }

    private static boolean hasUnit(String s) {
        return s.chars().anyMatch(c -> Character.isLetter(c) || c == '%' || Character.getType(c)
                == Character.CURRENCY_SYMBOL);
    }

    private static List<Mention> splitCompound(String text, Mention m, int start, int end, Set<String> known) {
        Matcher matcher = HYPHEN_PAIR.matcher(text).region(start, end);
        if (!matcher.find()) {
            return null;
        }
        if (matcher.start() > start && !Character.isWhitespace(text.charAt(matcher.start() - 1))) {
            return null;
        }
        if (matcher.end() < end && !Character.isWhitespace(text.charAt(matcher.end()))
                && text.charAt(matcher.end()) != '-') {
            return null;
        }
        String a = matcher.group(1);
        String b = matcher.group(2);
        if (!isName(a, known) || !isName(b, known)) {
            return null;
        }
        EntityType type = m.type() == EntityType.MISC ? EntityType.LOCATION : m.type();
        EntityType typeA = Names.typeOf(a);
        EntityType typeB = Names.typeOf(b);
        return List.of(
                new Mention(m.documentId(), matcher.start(1), matcher.end(1), a, typeA == null ? type : typeA,
                        m.confidence(), null, m.source()),
                new Mention(m.documentId(), matcher.start(2), matcher.end(2), b, typeB == null ? type : typeB,
                        m.confidence(), null, m.source()));
    }

    private static boolean isName(String part, Set<String> known) {
        String lower = part.toLowerCase(Locale.ROOT);
        return known.contains(lower) || Names.isPlaceOrBody(part);
    }
}
