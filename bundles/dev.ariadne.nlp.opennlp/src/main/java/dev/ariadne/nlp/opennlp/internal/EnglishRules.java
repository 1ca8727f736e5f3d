package dev.ariadne.nlp.opennlp.internal;

import java.util.Set;

/**
 * Corrections applied on top of the OpenNLP English models, whose tokenizer leaves clitics on their word
 * ("Nowak's", "didn't"), cuts web addresses and hyphen compounds oddly ("India" "-Pakistan") and whose sentence
 * detector ends sentences after abbreviations ("St.", "Gen.", "Jan.").
 *
 * <p>Used by {@link Segmenter} on the analysing thread; stateless, the sets are constants.
 */
final class EnglishRules {

    /** Abbreviations that stand before a name or number: a sentence never ends after them. */
    static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj",
            "Capt", "Cpt", "Sgt", "Cpl", "Adm", "Cmdr", "Gov", "Sen", "Rep", "Rev", "Fr", "Sr", "Sra", "St", "Mt",
            "Ft", "Pres", "Amb", "Hon", "Supt", "Insp", "Det", "Brig", "Gens", "Sens", "Reps", "Mme", "Mlle");

    /** Month abbreviations: no sentence end between them and a following number. */
    static final Set<String> MONTHS = Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
            "Nov", "Dec");

    /** Other abbreviations whose final dot belongs to the word. */
    static final Set<String> ABBREVIATIONS = Set.of("No", "Nos", "vs", "etc", "Inc", "Ltd", "Co", "Corp", "Bros",
            "approx", "est", "Dept", "Univ", "Ave", "Blvd", "Rd", "Jr", "cf", "al", "Nr", "Vol", "Art", "Sec",
            "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
            "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va",
            "Vt", "Wash", "Wis", "Wyo");

    private EnglishRules() {
    }

    /** Whether the word (without its final dot) is an abbreviation whose dot belongs to it. */
    static boolean isAbbreviation(CharSequence text, int start, int end) {
        int n = end - start;
        if (n <= 0 || n > 8) {
            return false;
        }
        String w = text.subSequence(start, end).toString();
        if (TITLES.contains(w) || MONTHS.contains(w) || ABBREVIATIONS.contains(w)) {
            return true;
        }
        if (n == 1) {
            return Character.isUpperCase(w.charAt(0)); // an initial: "John F. Kennedy"
        }
        // letters separated by dots: "U.S", "p.m", "e.g"
        boolean dot = false;
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            if (c == '.') {
                if (i == 0 || w.charAt(i - 1) == '.') {
                    return false;
                }
                dot = true;
            } else if (!Character.isLetter(c)) {
                return false;
            }
        }
        return dot && n <= 6;
    }

    /**
     * Whether a sentence ending at {@code prevEnd} goes on in the one starting at {@code nextStart}: it does not end
     * with sentence punctuation (perhaps before closing quotes or brackets) at all, as when the detector cut after a
     * token holding a dot; or it ends with a title or an initial, or with any dotted word followed by a lower-case
     * letter, or with a month or "No." before a number.
     */
    static boolean continues(String text, int prevStart, int prevEnd, int nextStart) {
        if (prevEnd <= prevStart || nextStart >= text.length()) {
            return false;
        }
        int last = prevEnd - 1;
        while (last > prevStart && "\"'\u201d\u2019)]".indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        if (".!?\u2026".indexOf(text.charAt(last)) < 0) {
            return true; // the detector cut after a token holding a dot: "$1.5", "3.5%", "a.m.,"
        }
        if (prevEnd - prevStart < 2 || text.charAt(prevEnd - 1) != '.') {
            return false;
        }
        int ws = prevEnd - 1;
        while (ws > prevStart && !TextBlocks.isSpace(text.charAt(ws - 1)) && "(\"'\u201c\u2018[".indexOf(text.charAt(ws - 1)) < 0) {
            ws--;
        }
        String w = text.substring(ws, prevEnd - 1);
        char next = text.charAt(nextStart);
        if (w.isEmpty()) {
            return false;
        }
        if (TITLES.contains(w) || (w.length() == 1 && Character.isUpperCase(w.charAt(0)))) {
            return true;
        }
        if (Character.isLowerCase(next)) {
            return true;
        }
        return Character.isDigit(next) && (MONTHS.contains(w) || w.equals("No") || w.equals("Nos"));
    }

    /** Whether the word {@code [start, end)} is a web address or an e-mail address, to be kept as one token. */
    static boolean isAddress(String text, int start, int end) {
        int n = end - start;
        if (n < 5) {
            return false;
        }
        if (text.startsWith("http://", start) || text.startsWith("https://", start) || text.startsWith("www.", start)
                || text.startsWith("ftp://", start)) {
            return n > 8;
        }
        int at = -1;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        if (at <= start || at >= end - 3 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
            return false;
        }
        for (int i = at + 2; i < end - 1; i++) {
            if (text.charAt(i) == '.' && Character.isLetter(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a char may close a word or an address without belonging to it. */
    static boolean isTrailingPunctuation(char c) {
        return ".,;:!?)]}>%\"'\u201d\u2019".indexOf(c) >= 0;
    }

    /** Whether a char may open a word or an address without belonging to it. */
    static boolean isLeadingPunctuation(char c) {
        return "([{<\"'\u201c\u2018".indexOf(c) >= 0;
    }

    /**
     * Where the number after a leading currency sign starts ("$5", "\u00a3120", "A$20", "US$3.5"), or {@code -1}
     * when the word {@code [start, end)} is not a currency sign (with up to three capitals before it) followed by a
     * digit.
     */
    static int currencyEnd(String text, int start, int end) {
        int p = start;
        while (p < end && p - start < 3 && Character.isUpperCase(text.charAt(p))) {
            p++;
        }
        if (p < end && Character.getType(text.charAt(p)) == Character.CURRENCY_SYMBOL) {
            p++;
            return p < end && Character.isDigit(text.charAt(p)) ? p : -1;
        }
        return -1;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /**
     * Where a clitic at the end of the word {@code [start, end)} starts ("'s", "n't", "'re", "'ve", "'ll", "'m",
     * "'d", or the bare apostrophe of a plural possessive), or {@code -1} when it has none.
     */
    static int cliticStart(String text, int start, int end) {
        int n = end - start;
        if (n < 3) {
            return -1;
        }
        char last = text.charAt(end - 1);
        char c2 = text.charAt(end - 2);
        char c3 = text.charAt(end - 3);
        if ((last == 't' || last == 'T') && isApostrophe(c2) && (c3 == 'n' || c3 == 'N') && n >= 4
                && Character.isLetter(text.charAt(end - 4))) {
            return end - 3;
        }
        if (isApostrophe(c2) && (last == 's' || last == 'S') && Character.isLetterOrDigit(c3)) {
            return end - 2; // also "2016's"
        }
        if (isApostrophe(c2) && "mMdD".indexOf(last) >= 0 && Character.isLetter(c3)) {
            return end - 2;
        }
        if (n >= 4 && isApostrophe(c3) && Character.isLetter(text.charAt(end - 4))) {
            String tail = text.substring(end - 2, end).toLowerCase(java.util.Locale.ROOT);
            if (tail.equals("re") || tail.equals("ve") || tail.equals("ll")) {
                return end - 3;
            }
        }
        if (isApostrophe(last) && (c2 == 's' || c2 == 'S') && Character.isLetter(c3)) {
            return end - 1;
        }
        return -1;
    }
}
