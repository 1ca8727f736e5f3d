package dev.ariadne.ui.documents.internal.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.ariadne.ui.documents.internal.model.QueryTerms.Term;

/**
 * Finds where {@link QueryTerms.Term}s occur in a document's text: sorted, non-overlapping {@code [start, end)}
 * UTF-16 ranges for the Reader to highlight. One pass over the words of the text; phrases are matched on a window
 * of the last words. Runs in a job (a few hundred milliseconds for millions of characters); stateless.
 */
public final class TextHighlights {

    private TextHighlights() {
    }

    /**
     * The ranges of {@code text} matching any of {@code terms}.
     *
     * @param limit the most ranges to return (the first ones in the text)
     * @return {@code [start, end)} pairs, flattened, sorted and merged where they overlap or touch
     */
    public static int[] find(String text, List<Term> terms, int limit) {
        if (text == null || text.isEmpty() || terms.isEmpty() || limit <= 0) {
            return new int[0];
        }
        Matcher matcher = new Matcher(terms);
        Holder holder = new Holder();
        int window = matcher.longestPhrase;
        String[] recentWords = new String[window];
        int[] recentStarts = new int[window];
        int[] seen = {0};
        int enough = limit + 16;
        Words.each(text, (start, end) -> {
            String folded = Words.fold(text.substring(start, end));
            int slot = seen[0] % window;
            recentWords[slot] = folded;
            recentStarts[slot] = start;
            seen[0]++;
            if (matcher.matchesWord(folded)) {
                holder.add(start, end);
            }
            for (List<String> phrase : matcher.phrases) {
                int n = phrase.size();
                if (seen[0] < n || !phrase.get(n - 1).equals(folded)) {
                    continue;
                }
                boolean all = true;
                for (int k = 0; k < n - 1 && all; k++) {
                    all = phrase.get(k).equals(recentWords[(seen[0] - n + k) % window]);
                }
                if (all) {
                    holder.add(recentStarts[(seen[0] - n) % window], end);
                }
            }
            return holder.size < enough;
        });
        return merge(holder.ranges, holder.size, limit);
    }

    /** A growable list of ranges packed as {@code start << 32 | end}. */
    private static final class Holder {
        long[] ranges = new long[16];
        int size;

        void add(int start, int end) {
            if (size == ranges.length) {
                ranges = Arrays.copyOf(ranges, size * 2);
            }
            ranges[size++] = ((long) start << 32) | (end & 0xFFFFFFFFL);
        }
    }

    /** Sorts, merges overlapping or touching ranges and keeps the first {@code limit}. */
    static int[] merge(long[] packed, int size, int limit) {
        long[] sorted = Arrays.copyOf(packed, size);
        Arrays.sort(sorted);
        int[] out = new int[Math.min(size, limit) * 2];
        int n = 0;
        for (long range : sorted) {
            int start = (int) (range >>> 32);
            int end = (int) range;
            if (n > 0 && start <= out[n - 1]) {
                out[n - 1] = Math.max(out[n - 1], end);
                continue;
            }
            if (n / 2 >= limit) {
                break;
            }
            out[n++] = start;
            out[n++] = end;
        }
        return Arrays.copyOf(out, n);
    }

    /** Tests folded words against the single-word terms; holds the phrases. */
    static final class Matcher {
        final Set<String> exact = new HashSet<>();
        final List<String> prefixes = new ArrayList<>();
        final List<Pattern> patterns = new ArrayList<>();
        final List<Term> fuzzy = new ArrayList<>();
        final List<List<String>> phrases = new ArrayList<>();
        final int longestPhrase;

        Matcher(List<Term> terms) {
            int longest = 1;
            for (Term term : terms) {
                switch (term.kind()) {
                    case WORD -> exact.add(term.words().get(0));
                    case PREFIX -> prefixes.add(term.words().get(0));
                    case WILDCARD -> patterns.add(wildcard(term.words().get(0)));
                    case FUZZY -> fuzzy.add(term);
                    case PHRASE -> {
                        phrases.add(term.words());
                        longest = Math.max(longest, term.words().size());
                    }
                    default -> throw new IllegalArgumentException("unknown term kind " + term.kind());
                }
            }
            longestPhrase = longest;
        }

        boolean matchesWord(String folded) {
            if (exact.contains(folded)) {
                return true;
            }
            for (String prefix : prefixes) {
                if (folded.startsWith(prefix)) {
                    return true;
                }
            }
            for (Pattern pattern : patterns) {
                if (pattern.matcher(folded).matches()) {
                    return true;
                }
            }
            for (Term term : fuzzy) {
                if (withinEdits(term.words().get(0), folded, term.maxEdits())) {
                    return true;
                }
            }
            return false;
        }

        private static Pattern wildcard(String pattern) {
            StringBuilder regex = new StringBuilder();
            StringBuilder literal = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '*' || c == '?') {
                    if (literal.length() > 0) {
                        regex.append(Pattern.quote(literal.toString()));
                        literal.setLength(0);
                    }
                    regex.append(c == '*' ? ".*" : ".");
                } else {
                    literal.append(c);
                }
            }
            if (literal.length() > 0) {
                regex.append(Pattern.quote(literal.toString()));
            }
            return Pattern.compile(regex.toString(), Pattern.DOTALL);
        }
    }

    /** Whether {@code a} and {@code b} are at most {@code max} edits (Levenshtein) apart. */
    static boolean withinEdits(String a, String b, int max) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > max) {
            return false;
        }
        int[] previous = new int[lb + 1];
        int[] current = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            current[0] = i;
            int rowMin = current[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > max) {
                return false;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[lb] <= max;
    }
}
