package dev.ariadne.ui.documents.internal.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words and folds words for comparison, the way the Reader compares query terms with the text:
 * a word is a run of letters, digits and combining marks; folding lower-cases and removes accents
 * ({@code Müller} and {@code muller} fold alike), as the search index does. Offsets are UTF-16 into the text.
 * Stateless; any thread.
 */
public final class Words {

    /** Receives each word's {@code [start, end)}. */
    @FunctionalInterface
    public interface Sink {
        /**
         * One word.
         *
         * @return {@code false} to stop
         */
        boolean word(int start, int end);
    }

    private Words() {
    }

    /** Calls {@code sink} with each word of {@code text} in order, until it returns {@code false}. */
    public static void each(CharSequence text, Sink sink) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            int cp = Character.codePointAt(text, i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < length) {
                cp = Character.codePointAt(text, i);
                if (!isWordChar(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
            if (!sink.word(start, i)) {
                return;
            }
        }
    }

    /** The folded words of {@code text}. */
    public static List<String> folded(String text) {
        List<String> words = new ArrayList<>();
        each(text, (start, end) -> words.add(fold(text.substring(start, end))));
        return words;
    }

    /** Whether a code point belongs to a word. */
    static boolean isWordChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** {@code word} lower-cased without accents; plain ASCII takes a fast path. */
    public static String fold(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 128;
        }
        if (ascii) {
            return word.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            switch (c) {
                case '\u00df' -> folded.append("ss");
                case '\u00e6' -> folded.append("ae");
                case '\u0153' -> folded.append("oe");
                case '\u00f8' -> folded.append('o');
                case '\u0111', '\u00f0' -> folded.append('d');
                case '\u0142' -> folded.append('l');
                case '\u0131' -> folded.append('i');
                case '\u00fe' -> folded.append("th");
                default -> folded.append(c);
            }
        }
        return folded.toString();
    }
}
