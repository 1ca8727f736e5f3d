package dev.ariadne.extract.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A light tokenisation of part of a text for the gazetteer and the name patterns: runs of letters and digits (with
 * their combining marks) are tokens, and every other visible character is a token of its own, so that "U.S." is
 * "U", ".", "S", "." and "India-Pakistan" is "India", "-", "Pakistan". Offsets index the whole text.
 *
 * <p>Made per chunk on the extracting worker thread by {@link NameRules} and by the gazetteer's loader (for its
 * names); not shared.
 */
final class Tokens {

    private final String text;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int size;

    private Tokens(String text) {
        this.text = text;
    }

    /** Tokenises {@code text[from, to)}. */
    static Tokens of(String text, int from, int to) {
        Tokens t = new Tokens(text);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int start = i;
            if (isWordChar(text, i)) {
                i += Character.charCount(text.codePointAt(i));
                while (i < to && isWordChar(text, i)) {
                    i += Character.charCount(text.codePointAt(i));
                }
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
            t.push(start, i);
        }
        return t;
    }

    /** The token texts of a name, for building the gazetteer. */
    static List<String> words(String name) {
        Tokens t = of(name, 0, name.length());
        List<String> words = new ArrayList<>(t.size);
        for (int k = 0; k < t.size; k++) {
            words.add(t.text(k));
        }
        return words;
    }

    private static boolean isWordChar(String text, int i) {
        int cp = text.codePointAt(i);
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private void push(int start, int end) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    /** The text the tokens index. */
    String text() {
        return text;
    }

    int size() {
        return size;
    }

    int start(int k) {
        return starts[k];
    }

    int end(int k) {
        return ends[k];
    }

    String text(int k) {
        return text.substring(starts[k], ends[k]);
    }

    /** Whether token {@code k} (may be out of range) equals {@code s}. */
    boolean is(int k, String s) {
        return k >= 0 && k < size && ends[k] - starts[k] == s.length() && text.startsWith(s, starts[k]);
    }

    /** Whether token {@code k} is a word starting with an upper-case letter. */
    boolean capitalised(int k) {
        return k >= 0 && k < size && Character.isUpperCase(text.charAt(starts[k])) && isWordChar(text, starts[k]);
    }

    /** Whether token {@code k} is a word of two or more letters, all upper case. */
    boolean allCaps(int k) {
        if (k < 0 || k >= size || ends[k] - starts[k] < 2) {
            return false;
        }
        for (int i = starts[k]; i < ends[k]; i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code k} is a word (letters or digits). */
    boolean word(int k) {
        return k >= 0 && k < size && isWordChar(text, starts[k]);
    }

    /** Whether token {@code k} starts a sentence: first in the text, after . ! ? : or a quote, or on a new line. */
    boolean sentenceStart(int k) {
        if (k <= 0) {
            return true;
        }
        for (int i = ends[k - 1]; i < starts[k]; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        char p = text.charAt(starts[k - 1]);
        if (p == '.' && k >= 2 && ends[k - 2] == starts[k - 1] && ends[k - 2] - starts[k - 2] == 1
                && Character.isUpperCase(text.charAt(starts[k - 2]))) {
            return false; // "U.S. Development", "J. Smith": an initial, not a sentence's end
        }
        if (ends[k - 1] - starts[k - 1] == 1 && (p == '.' || p == '!' || p == '?' || p == ':' || p == '"'
                || p == '\u201c' || p == '\u2018' || p == '\'' || p == '\u2014' || p == '-')) {
            return true;
        }
        return false;
    }
}
