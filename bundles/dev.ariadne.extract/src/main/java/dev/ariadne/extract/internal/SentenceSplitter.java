package dev.ariadne.extract.internal;

import java.util.ArrayList;
import java.util.List;

import dev.ariadne.api.nlp.Sentence;
import dev.ariadne.api.nlp.Token;

/**
 * The sentence splitter and tokenizer used when no {@link dev.ariadne.api.nlp.LanguageAnalyzer} handles a document:
 * a sentence ends at a line break, or at ., ! or ? followed by a space and a capital, digit or quote (not after a
 * single capital, as in "J. Smith"); no sentence is longer than {@value #MAX_SENTENCE} chars (text without punctuation
 * is cut at a space). Tokens are runs of letters and digits (with inner apostrophes, hyphens and periods) or single
 * other characters; no tags. Stateless; any thread; checks for interruption between sentences.
 */
final class SentenceSplitter {

    static final int MAX_SENTENCE = 2000;

    private SentenceSplitter() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int end = -1;
            int limit = Math.min(n, start + MAX_SENTENCE);
            int j = start;
            while (j < limit) {
                char c = text.charAt(j);
                if (c == '\n' || c == '\r') {
                    end = j;
                    break;
                }
                if ((c == '.' || c == '!' || c == '?') && isBoundary(text, start, j)) {
                    int k = j + 1;
                    while (k < n && (text.charAt(k) == '.' || text.charAt(k) == '!' || text.charAt(k) == '?'
                            || text.charAt(k) == '"' || text.charAt(k) == '\u201d' || text.charAt(k) == ')')) {
                        k++;
                    }
                    end = k;
                    break;
                }
                j++;
            }
            if (end < 0) {
                if (limit == n) {
                    end = n;
                } else {
                    end = limit;
                    for (int k = limit - 1; k > start + MAX_SENTENCE / 2; k--) {
                        if (Character.isWhitespace(text.charAt(k))) {
                            end = k;
                            break;
                        }
                    }
                    if (Character.isHighSurrogate(text.charAt(end - 1))) {
                        end--;
                    }
                }
            }
            int trimmed = end;
            while (trimmed > start && Character.isWhitespace(text.charAt(trimmed - 1))) {
                trimmed--;
            }
            if (trimmed > start) {
                sentences.add(new Sentence(start, trimmed, tokens(text, start, trimmed)));
            }
            i = Math.max(end, start + 1);
        }
        return sentences;
    }

    private static boolean isBoundary(String text, int start, int j) {
        int next = j + 1;
        if (next >= text.length()) {
            return true;
        }
        if (text.charAt(j) == '.' && j - 1 >= start && Character.isUpperCase(text.charAt(j - 1))
                && (j - 2 < start || !Character.isLetter(text.charAt(j - 2)))) {
            return false;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return text.charAt(next) == '"' || text.charAt(next) == '\u201d' || text.charAt(next) == ')';
        }
        int k = next;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        if (k >= text.length()) {
            return true;
        }
        char c = text.charAt(k);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '\''
                || c == '\u2018' || c == '(' || c == '\n' || c == '\r';
    }

    static List<Token> tokens(String text, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int s = i;
            if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < end) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.') && i + 1 < end
                            && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
            } else {
                i += Character.charCount(text.codePointAt(i));
                if (i > end) {
                    i = end;
                }
            }
            tokens.add(new Token(s, i, text.substring(s, i), null));
        }
        return tokens;
    }
}
