package dev.ariadne.ui.documents.internal.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The terms of a search query that can be found in a document's text, for highlighting in the Reader: plain words,
 * phrases, prefixes ({@code visit*}), wildcards ({@code vis?t}) and fuzzy words ({@code visit~}). Operators,
 * negated clauses, ranges and the fields that do not search the text ({@code type:}, {@code lang:}, {@code date:},
 * {@code year:}, {@code folder:}, {@code entity:}, {@code id:}) give no terms. Stateless; any thread.
 */
public final class QueryTerms {

    /** Fields whose values are not words of the text. */
    static final Set<String> NON_TEXT_FIELDS = Set.of("type", "lang", "date", "year", "folder", "entity", "id");

    /** What a term matches. */
    public enum Kind {
        /** One word, exactly (after folding). */
        WORD,
        /** Consecutive words. */
        PHRASE,
        /** Words starting with the term. */
        PREFIX,
        /** Words matching a pattern of {@code *} and {@code ?}. */
        WILDCARD,
        /** Words within a few edits of the term. */
        FUZZY
    }

    /**
     * A term to find.
     *
     * @param kind what it matches
     * @param words the folded words (one, except for phrases); for a wildcard the folded pattern
     * @param maxEdits for fuzzy terms, the largest edit distance
     */
    public record Term(Kind kind, List<String> words, int maxEdits) {
        public Term {
            words = List.copyOf(words);
        }

        static Term word(String folded) {
            return new Term(Kind.WORD, List.of(folded), 0);
        }
    }

    private QueryTerms() {
    }

    /** The terms of {@code query} to highlight; empty for a blank or purely structural query. */
    public static List<Term> parse(String query) {
        List<Term> terms = new ArrayList<>();
        if (query == null || query.isBlank()) {
            return terms;
        }
        new Parser(query, terms).run();
        return distinct(terms);
    }

    /**
     * Terms from the passages a search highlighted in a hit's snippets: one word each, or a phrase when a
     * highlighted passage spans several words.
     */
    public static List<Term> fromHighlights(List<String> highlighted) {
        List<Term> terms = new ArrayList<>();
        for (String text : highlighted) {
            List<String> words = Words.folded(text);
            if (words.size() == 1) {
                terms.add(Term.word(words.get(0)));
            } else if (words.size() > 1) {
                terms.add(new Term(Kind.PHRASE, words, 0));
            }
        }
        return distinct(terms);
    }

    private static List<Term> distinct(List<Term> terms) {
        return new ArrayList<>(new LinkedHashSet<>(terms));
    }

    /** A small recursive-descent reader of the query syntax, lenient about errors (it only looks for terms). */
    private static final class Parser {
        private final String q;
        private final List<Term> out;
        private final Deque<String> fields = new ArrayDeque<>();
        private int pos;

        Parser(String query, List<Term> out) {
            this.q = query;
            this.out = out;
        }

        void run() {
            clauses(false);
        }

        /** Reads clauses until the end, or until the closing bracket of a group. */
        private void clauses(boolean inGroup) {
            boolean negate = false;
            while (true) {
                skipSpace();
                if (pos >= q.length()) {
                    return;
                }
                char c = q.charAt(pos);
                if (c == ')') {
                    pos++;
                    if (inGroup) {
                        return;
                    }
                    continue;
                }
                if (c == '+') {
                    pos++;
                    continue;
                }
                if (c == '-' || c == '!') {
                    pos++;
                    negate = true;
                    continue;
                }
                if (q.startsWith("&&", pos) || q.startsWith("||", pos)) {
                    pos += 2;
                    continue;
                }
                String word = peekBareWord();
                if (word.equals("AND") || word.equals("OR")) {
                    pos += word.length();
                    continue;
                }
                if (word.equals("NOT")) {
                    pos += word.length();
                    negate = true;
                    continue;
                }
                clause(negate, null);
                negate = false;
            }
        }

        /** One clause: a group, a phrase, a range or a term, perhaps with a field. */
        private void clause(boolean negate, String field) {
            skipSpace();
            if (pos >= q.length()) {
                return;
            }
            char c = q.charAt(pos);
            String effective = field != null ? field : fields.peek();
            boolean skip = negate || effective != null && NON_TEXT_FIELDS.contains(effective);
            if (c == '(') {
                pos++;
                if (skip) {
                    skipGroup();
                } else {
                    fields.push(effective == null ? "" : effective);
                    clauses(true);
                    fields.pop();
                }
                skipSuffix();
                return;
            }
            if (c == '"') {
                String phrase = readPhrase();
                boolean proximity = pos < q.length() && q.charAt(pos) == '~';
                skipSuffix();
                if (!skip) {
                    addPhrase(phrase, proximity);
                }
                return;
            }
            if (c == '[' || c == '{') {
                skipRange();
                skipSuffix();
                return;
            }
            String token = readBareToken();
            int colon = unescapedColon(token);
            if (colon > 0) {
                String name = unescape(token.substring(0, colon)).toLowerCase(Locale.ROOT);
                String rest = token.substring(colon + 1);
                if (rest.isEmpty()) {
                    clause(negate, name);
                } else if (!negate && !NON_TEXT_FIELDS.contains(name)) {
                    addToken(rest);
                }
                return;
            }
            if (!skip) {
                addToken(token);
            }
        }

        private void addToken(String raw) {
            String token = raw;
            int caret = lastUnescaped(token, '^');
            if (caret >= 0) {
                token = token.substring(0, caret);
            }
            int tilde = lastUnescaped(token, '~');
            Integer edits = null;
            if (tilde >= 0) {
                String amount = token.substring(tilde + 1);
                token = token.substring(0, tilde);
                edits = 2;
                if (amount.matches("[0-2]")) {
                    edits = Integer.parseInt(amount);
                }
            }
            boolean wildcard = hasUnescapedWildcard(token);
            if (wildcard) {
                String pattern = Words.fold(unescape(token));
                if (pattern.replace("*", "").replace("?", "").isEmpty()) {
                    return; // "*" alone matches every word
                }
                int star = pattern.indexOf('*');
                if (star == pattern.length() - 1 && pattern.indexOf('?') < 0) {
                    out.add(new Term(Kind.PREFIX, List.of(pattern.substring(0, star)), 0));
                } else {
                    out.add(new Term(Kind.WILDCARD, List.of(pattern), 0));
                }
                return;
            }
            List<String> words = Words.folded(unescape(token));
            if (words.isEmpty()) {
                return;
            }
            if (words.size() > 1) {
                out.add(new Term(Kind.PHRASE, words, 0));
            } else if (edits != null && edits > 0) {
                out.add(new Term(Kind.FUZZY, words, edits));
            } else {
                out.add(Term.word(words.get(0)));
            }
        }

        private void addPhrase(String phrase, boolean proximity) {
            List<String> words = Words.folded(phrase);
            if (words.isEmpty()) {
                return;
            }
            if (words.size() == 1 || !proximity) {
                out.add(words.size() == 1 ? Term.word(words.get(0)) : new Term(Kind.PHRASE, words, 0));
            } else {
                words.forEach(w -> out.add(Term.word(w)));
            }
        }

        private void skipSpace() {
            while (pos < q.length() && Character.isWhitespace(q.charAt(pos))) {
                pos++;
            }
        }

        private String peekBareWord() {
            int end = pos;
            while (end < q.length() && Character.isLetter(q.charAt(end))) {
                end++;
            }
            boolean bounded = end == q.length() || Character.isWhitespace(q.charAt(end)) || q.charAt(end) == '(';
            return bounded ? q.substring(pos, end) : "";
        }

        private String readBareToken() {
            int start = pos;
            while (pos < q.length()) {
                char c = q.charAt(pos);
                if (c == '\\' && pos + 1 < q.length()) {
                    pos += 2;
                    continue;
                }
                if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '"') {
                    // a field name may be followed directly by a group or a phrase
                    break;
                }
                pos++;
                if (c == ':' && pos < q.length() && "([{\"".indexOf(q.charAt(pos)) >= 0) {
                    break;
                }
            }
            if (pos == start) {
                pos++; // an unexpected character: step over it
                return "";
            }
            return q.substring(start, pos);
        }

        private String readPhrase() {
            pos++; // opening quote
            StringBuilder phrase = new StringBuilder();
            while (pos < q.length()) {
                char c = q.charAt(pos++);
                if (c == '\\' && pos < q.length()) {
                    phrase.append(q.charAt(pos++));
                } else if (c == '"') {
                    break;
                } else {
                    phrase.append(c);
                }
            }
            return phrase.toString();
        }

        /** Steps over {@code ~N} and {@code ^N} after a phrase or group. */
        private void skipSuffix() {
            while (pos < q.length() && (q.charAt(pos) == '~' || q.charAt(pos) == '^')) {
                pos++;
                while (pos < q.length() && (Character.isDigit(q.charAt(pos)) || q.charAt(pos) == '.')) {
                    pos++;
                }
            }
        }

        private void skipRange() {
            while (pos < q.length() && q.charAt(pos) != ']' && q.charAt(pos) != '}') {
                pos++;
            }
            if (pos < q.length()) {
                pos++;
            }
        }

        private void skipGroup() {
            int depth = 1;
            boolean quoted = false;
            while (pos < q.length() && depth > 0) {
                char c = q.charAt(pos++);
                if (c == '\\') {
                    pos++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == '(') {
                    depth++;
                } else if (!quoted && c == ')') {
                    depth--;
                }
            }
        }

        private static int unescapedColon(String token) {
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == ':') {
                    return i;
                }
            }
            return -1;
        }

        private static int lastUnescaped(String token, char wanted) {
            int found = -1;
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == wanted) {
                    found = i;
                }
            }
            return found;
        }

        private static boolean hasUnescapedWildcard(String token) {
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '*' || c == '?') {
                    return true;
                }
            }
            return false;
        }

        private static String unescape(String token) {
            if (token.indexOf('\\') < 0) {
                return token;
            }
            StringBuilder plain = new StringBuilder(token.length());
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (c == '\\' && i + 1 < token.length()) {
                    plain.append(token.charAt(++i));
                } else {
                    plain.append(c);
                }
            }
            return plain.toString();
        }
    }
}
