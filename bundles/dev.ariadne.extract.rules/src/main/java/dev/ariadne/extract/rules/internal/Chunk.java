package dev.ariadne.extract.rules.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One chunk of a document's text, tokenised once, with the cue each token gives the rule families (a digit, a
 * month name, a unit of time, an "@" …). A rule's regular expression is tried only at and just before tokens
 * bearing its cues instead of at every character of the chunk, which keeps the cost of the many expressions in
 * proportion to the few places where they can match.
 *
 * <p>Made by {@link RulesExtractor} per chunk on the extracting worker thread and passed to every rule family; not
 * shared between threads.
 */
final class Chunk {

    static final int DIGIT = 1;
    static final int MONTH = 1 << 1;
    static final int WEEKDAY = 1 << 2;
    static final int RELATIVE = 1 << 3;
    static final int SEASON = 1 << 4;
    static final int TIME_UNIT = 1 << 5;
    static final int NUMBER_WORD = 1 << 6;
    static final int PART = 1 << 7;
    static final int AT = 1 << 8;
    static final int WEB = 1 << 9;
    static final int CURRENCY = 1 << 10;
    static final int HOLIDAY = 1 << 11;

    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
        for (String w : ("january february march april may june july august september october november december "
                + "jan feb mar apr jun jul aug sep sept oct nov dec").split(" ")) {
            WORDS.put(w, MONTH);
        }
        for (String w : "monday tuesday wednesday thursday friday saturday sunday".split(" ")) {
            WORDS.put(w, WEEKDAY);
        }
        for (String w : "yesterday today tomorrow tonight last next this past coming previous following ago".split(" ")) {
            WORDS.put(w, RELATIVE);
        }
        for (String w : "spring summer autumn fall winter".split(" ")) {
            WORDS.put(w, SEASON);
        }
        for (String w : ("second seconds minute minutes hour hours day days night nights week weeks fortnight "
                + "fortnights month months year years decade decades century centuries millennium millennia")
                .split(" ")) {
            WORDS.merge(w, TIME_UNIT, (a, b) -> a | b);
        }
        for (String w : ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                + "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety dozen "
                + "hundred thousand").split(" ")) {
            WORDS.put(w, NUMBER_WORD);
        }
        for (String w : "quarter half noon midday midnight century".split(" ")) {
            WORDS.merge(w, PART, (a, b) -> a | b);
        }
        for (String w : "christmas easter ramadan thanksgiving eid hanukkah diwali nowruz passover".split(" ")) {
            WORDS.put(w, HOLIDAY);
        }
        for (String w : "www http https ftp com org net gov edu int io info eu uk".split(" ")) {
            WORDS.put(w, WEB);
        }
    }

    private final Scope scope;
    private final int from;
    private final int to;
    private final Tokens tokens;
    private final int[] cues;
    /** Per block of {@link #BLOCK} tokens: whether most are numbers, as in a table. */
    private final boolean[] numeric;

    /** Tokens per block when telling tables of numbers from prose. */
    static final int BLOCK = 32;

    Chunk(Scope scope, int from, int to) {
        this.scope = scope;
        this.from = from;
        this.to = to;
        this.tokens = Tokens.of(scope.text(), from, to);
        this.cues = new int[tokens.size()];
        String text = scope.text();
        for (int k = 0; k < tokens.size(); k++) {
            char c = text.charAt(tokens.start(k));
            int cue;
            if (Character.isDigit(c)) {
                cue = DIGIT;
            } else if (Character.isLetter(c)) {
                int len = tokens.end(k) - tokens.start(k);
                cue = len > 12 ? 0 : WORDS.getOrDefault(tokens.text(k).toLowerCase(Locale.ROOT), 0);
            } else if (c == '@') {
                cue = AT;
            } else if (c == '$' || c == '€' || c == '£' || c == '¥' || c == '₹' || c == '₽' || c == '₩' || c == '₺'
                    || c == '₴' || c == '₪') {
                cue = CURRENCY;
            } else {
                cue = 0;
            }
            cues[k] = cue;
        }
        numeric = new boolean[(tokens.size() + BLOCK - 1) / BLOCK];
        for (int b = 0; b < numeric.length; b++) {
            int digits = 0;
            int end = Math.min(tokens.size(), (b + 1) * BLOCK);
            for (int k = b * BLOCK; k < end; k++) {
                digits += cues[k] == DIGIT ? 1 : 0;
            }
            numeric[b] = digits * 5 > (end - b * BLOCK) * 2 && end - b * BLOCK >= 8;
        }
    }

    Scope scope() {
        return scope;
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    Tokens tokens() {
        return tokens;
    }

    /** A receiver of the matches of an expression. */
    interface Hits {
        void hit(Matcher m);
    }

    /**
     * Tries {@code pattern} at the starts of the tokens bearing any of {@code cueMask} and of the {@code back}
     * tokens before each, leftmost first, and hands each match to {@code hits}; the next attempt starts after the
     * match. Every expression of the rule families starts at a token's start and holds one of its cues within
     * {@code back} tokens of its start, so this finds what a scan of the whole chunk would, in a fraction of the
     * attempts. Where two in five tokens or more are numbers (a table), only the expressions meant for tables
     * ({@code tables}: ISO and numeric dates, money, percentages) are tried, which keeps a 10 MB table of figures
     * from costing minutes.
     */
    void find(Pattern pattern, int cueMask, int back, boolean tables, Hits hits) {
        Matcher m = null;
        int n = cues.length;
        int next = 0; // the first token not yet tried as a start
        for (int k = 0; k < n; k++) {
            if ((cues[k] & cueMask) == 0 || k < next || !tables && numeric[k / BLOCK]) {
                continue;
            }
            if (m == null) {
                m = pattern.matcher(scope.text());
                m.useTransparentBounds(true).useAnchoringBounds(false);
            }
            for (int s = Math.max(next, k - back); s <= k; s++) {
                m.region(tokens.start(s), to);
                if (m.lookingAt() && m.end() > m.start()) {
                    hits.hit(m);
                    int end = m.end();
                    next = s + 1;
                    while (next < n && tokens.start(next) < end) {
                        next++;
                    }
                    k = next - 1;
                    break;
                }
                next = s + 1;
            }
        }
    }
}
