package dev.ariadne.nlp.opennlp.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import dev.ariadne.api.nlp.Sentence;
import dev.ariadne.api.nlp.Token;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Analyses one text at a time with a private set of OpenNLP tools: {@link TextBlocks} first, then OpenNLP's
 * sentence detector inside each block, its tokenizer inside each sentence and, when asked, its part-of-speech
 * tagger.
 *
 * <p>Guarantees what {@link dev.ariadne.api.nlp.LanguageAnalyzer} promises whatever the models do: every non-space
 * char of the text lies in exactly one token (a stretch the models leave out becomes tokens split at white space),
 * every token in exactly one sentence, all in text order, with offsets into the given text. A sentence longer than
 * the char cap is tokenized in pieces cut at white space; one with more tokens than the token cap is split,
 * preferably after a comma, semicolon or colon in its last quarter.
 *
 * <p>Not thread-safe (OpenNLP's tools keep per-call state): {@link OpenNlpAnalyzer} lends each instance to one
 * thread at a time. {@link #analyze} checks the thread's interrupt status before each block and each sentence and
 * throws {@link CancellationException}, leaving the status set, when it is set.
 */
final class Segmenter {

    /** The default token cap of one sentence. */
    static final int DEFAULT_MAX_TOKENS = 400;
    /** The default char cap of one sentence. */
    static final int DEFAULT_MAX_CHARS = 20_000;
    /** Words longer than this are not given to the tokenizer: no natural word is, and its time is quadratic. */
    static final int LONG_WORD = 80;

    private final SentenceDetectorME detector;
    private final TokenizerME tokenizer;
    private final Supplier<POSModel> posModel;
    private POSTaggerME tagger;

    // the token spans of the sentence being built, reused across sentences
    private int[] starts = new int[512];
    private int[] ends = new int[512];
    private int size;

    /**
     * @param models the sentence and token models
     * @param posModel gives the part-of-speech model, called (and so read) only when tags are first asked for
     */
    Segmenter(EnglishModels.Base models, Supplier<POSModel> posModel) {
        this.detector = new SentenceDetectorME(models.sentences());
        this.tokenizer = new TokenizerME(models.tokens());
        this.posModel = posModel;
    }

    /**
     * Analyses a text.
     *
     * @param text the text
     * @param tags whether to tag parts of speech
     * @param maxTokens the token cap of a sentence, at least 1
     * @param maxChars the char cap of a sentence before tokenization, at least 1
     * @return its sentences in text order
     * @throws CancellationException when the thread is interrupted
     */
    List<Sentence> analyze(String text, boolean tags, int maxTokens, int maxChars) {
        List<Sentence> out = new ArrayList<>();
        POSTaggerME posTagger = tags ? tagger() : null;
        TextBlocks.split(text, (blockStart, blockEnd, row) -> {
            checkInterrupt();
            if (row) {
                sentence(text, blockStart, blockEnd, posTagger, maxTokens, maxChars, out);
                return;
            }
            Span[] spans = detector.sentPosDetect(text.substring(blockStart, blockEnd));
            // sentence bounds, gaps the detector left included, then joined where an abbreviation was taken for
            // a sentence end
            int[] bounds = new int[2 * spans.length + 2];
            int count = 0;
            int covered = blockStart;
            for (Span span : spans) {
                int s = Math.max(covered, blockStart + span.getStart());
                int e = Math.min(blockEnd, blockStart + span.getEnd());
                if (e <= s) {
                    continue;
                }
                if (hasVisible(text, covered, s)) {
                    bounds = push(bounds, count++, covered, s);
                }
                bounds = push(bounds, count++, s, e);
                covered = e;
            }
            if (hasVisible(text, covered, blockEnd)) {
                bounds = push(bounds, count++, covered, blockEnd);
            }
            int i = 0;
            while (i < count) {
                int s = bounds[2 * i];
                int e = bounds[2 * i + 1];
                while (i + 1 < count && EnglishRules.continues(text, s, trimEnd(text, s, e), trimStart(text,
                        bounds[2 * i + 2], bounds[2 * i + 3]))) {
                    i++;
                    e = bounds[2 * i + 1];
                }
                sentence(text, s, e, posTagger, maxTokens, maxChars, out);
                i++;
            }
        });
        return out;
    }

    private static int[] push(int[] bounds, int index, int start, int end) {
        int[] b = 2 * index + 1 < bounds.length ? bounds : Arrays.copyOf(bounds, bounds.length * 2 + 2);
        b[2 * index] = start;
        b[2 * index + 1] = end;
        return b;
    }

    private static int trimStart(String text, int start, int end) {
        while (start < end && TextBlocks.isSpace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && TextBlocks.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private POSTaggerME tagger() {
        if (tagger == null) {
            tagger = new POSTaggerME(posModel.get());
        }
        return tagger;
    }

    private static void checkInterrupt() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("language analysis interrupted");
        }
    }

    /** Tokenizes {@code [start, end)} (trimmed here) and adds it as one or more sentences. */
    private void sentence(String text, int start, int end, POSTaggerME posTagger, int maxTokens, int maxChars,
            List<Sentence> out) {
        checkInterrupt();
        while (start < end && TextBlocks.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && TextBlocks.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        size = 0;
        int p = start;
        while (p < end) {
            int q = pieceEnd(text, p, end, maxChars);
            tokenize(text, p, q);
            p = q;
            while (p < end && TextBlocks.isSpace(text.charAt(p))) {
                p++;
            }
        }
        joinAbbreviationDots(text);
        int i = 0;
        while (i < size) {
            int j = Math.min(size, i + maxTokens);
            for (int k = i + 1; k < j; k++) {
                if (ends[k] - starts[i] > maxChars) {
                    j = k;
                    break;
                }
            }
            if (j < size) {
                for (int k = j - 1; k > i + maxTokens * 3 / 4; k--) {
                    if (ends[k] - starts[k] == 1 && ",;:".indexOf(text.charAt(starts[k])) >= 0) {
                        j = k + 1;
                        break;
                    }
                }
            }
            out.add(build(text, i, j, posTagger));
            i = j;
        }
    }

    /** Where the piece starting at {@code p} ends: at most {@code maxChars} on, at white space when there is some. */
    private static int pieceEnd(String text, int p, int end, int maxChars) {
        if (end - p <= maxChars) {
            return end;
        }
        int limit = p + maxChars;
        for (int q = limit; q > p + maxChars / 2; q--) {
            if (TextBlocks.isSpace(text.charAt(q))) {
                return q;
            }
        }
        // no white space: cut, but not inside a surrogate pair
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    /**
     * Adds the tokens of {@code [p, q)}, word by word (the tokenizer looks at one white-space separated word at a
     * time anyway): web and e-mail addresses and words longer than {@value #LONG_WORD} chars as one token each (the
     * tokenizer's time grows with the square of a word's length); a plain word or number, with single quotes,
     * brackets or punctuation around it, without the model (it would split them the same way, and most words are
     * such); the rest through the tokenizer.
     */
    private void tokenize(String text, int p, int q) {
        int w = p;
        while (w < q) {
            while (w < q && TextBlocks.isSpace(text.charAt(w))) {
                w++;
            }
            int ws = w;
            while (w < q && !TextBlocks.isSpace(text.charAt(w))) {
                w++;
            }
            if (w > ws) {
                word(text, ws, w);
            }
        }
    }

    private void word(String text, int ws, int we) {
        int as = ws;
        int ae = we;
        while (as < ae && EnglishRules.isLeadingPunctuation(text.charAt(as))) {
            as++;
        }
        while (ae > as && EnglishRules.isTrailingPunctuation(text.charAt(ae - 1))) {
            ae--;
        }
        if (ae > as && (ae - as > LONG_WORD || EnglishRules.isAddress(text, as, ae))) {
            modelTokens(text, ws, as);
            add(as, ae);
            modelTokens(text, ae, we);
            return;
        }
        int currency = ae > as ? EnglishRules.currencyEnd(text, as, ae) : -1;
        if (currency > as && isPlain(text, currency, ae) && !hasDoubleDot(text, ae, we)) {
            for (int i = ws; i < as; i++) {
                add(i, i + 1);
            }
            add(as, currency);
            add(currency, ae);
            for (int i = ae; i < we; i++) {
                add(i, i + 1);
            }
            return;
        }
        if (ae > as && isPlain(text, as, ae) && !hasDoubleDot(text, ae, we)) {
            for (int i = ws; i < as; i++) {
                add(i, i + 1);
            }
            add(as, ae);
            for (int i = ae; i < we; i++) {
                add(i, i + 1);
            }
            return;
        }
        modelTokens(text, ws, we);
    }

    /** An ellipsis, which the tokenizer keeps as one token. */
    private static boolean hasDoubleDot(String text, int s, int e) {
        for (int i = s; i + 1 < e; i++) {
            if (text.charAt(i) == '.' && text.charAt(i + 1) == '.') {
                return true;
            }
        }
        return false;
    }

    /** Letters only, or a number such as 2,500 or 4.5. */
    private static boolean isPlain(String text, int s, int e) {
        char c = text.charAt(s);
        if (Character.isLetter(c)) {
            for (int i = s + 1; i < e; i++) {
                if (!Character.isLetter(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        if (c >= '0' && c <= '9') {
            for (int i = s + 1; i < e; i++) {
                char d = text.charAt(i);
                if (d >= '0' && d <= '9') {
                    continue;
                }
                if ((d == ',' || d == '.') && i + 1 < e && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '9') {
                    continue;
                }
                return false;
            }
            return true;
        }
        return false;
    }

    /** Adds the tokens the tokenizer finds in {@code [p, q)}, with clitics and edge hyphens split off. */
    private void modelTokens(String text, int p, int q) {
        if (q <= p) {
            return;
        }
        Span[] spans = tokenizer.tokenizePos(text.substring(p, q));
        int covered = p;
        for (Span span : spans) {
            int s = Math.max(covered, p + span.getStart());
            int e = Math.min(q, p + span.getEnd());
            while (s < e && TextBlocks.isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && TextBlocks.isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e <= s) {
                continue;
            }
            spaceTokens(text, covered, s);
            addWord(text, s, e);
            covered = e;
        }
        spaceTokens(text, covered, q);
    }

    /** Adds a token, splitting off a leading or trailing hyphen ("-Pakistan", "5-") and a clitic ("'s", "n't"). */
    private void addWord(String text, int s, int e) {
        if (e - s > 1 && text.charAt(s) == '-' && Character.isLetterOrDigit(text.charAt(s + 1))) {
            add(s, s + 1);
            s++;
        }
        boolean trailingHyphen = e - s > 1 && text.charAt(e - 1) == '-'
                && Character.isLetterOrDigit(text.charAt(e - 2));
        if (trailingHyphen) {
            e--;
        }
        int clitic = EnglishRules.cliticStart(text, s, e);
        if (clitic > s) {
            add(s, clitic);
            add(clitic, e);
        } else {
            add(s, e);
        }
        if (trailingHyphen) {
            add(e, e + 1);
        }
    }

    /** Joins a "." token to the abbreviation it directly follows ("U.K" "." becomes "U.K."). */
    private void joinAbbreviationDots(String text) {
        int w = 0;
        for (int r = 0; r < size; r++) {
            if (w > 0 && ends[r] - starts[r] == 1 && text.charAt(starts[r]) == '.' && ends[w - 1] == starts[r]
                    && EnglishRules.isAbbreviation(text, starts[w - 1], ends[w - 1])) {
                ends[w - 1] = ends[r];
                continue;
            }
            starts[w] = starts[r];
            ends[w] = ends[r];
            w++;
        }
        size = w;
    }

    /** Adds the white-space separated words of a stretch the tokenizer left out (normally none). */
    private void spaceTokens(String text, int from, int to) {
        int p = from;
        while (p < to) {
            while (p < to && TextBlocks.isSpace(text.charAt(p))) {
                p++;
            }
            int s = p;
            while (p < to && !TextBlocks.isSpace(text.charAt(p))) {
                p++;
            }
            if (p > s) {
                add(s, p);
            }
        }
    }

    private void add(int s, int e) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = s;
        ends[size] = e;
        size++;
    }

    private Sentence build(String text, int from, int to, POSTaggerME posTagger) {
        int n = to - from;
        String[] words = new String[n];
        for (int k = 0; k < n; k++) {
            words[k] = text.substring(starts[from + k], ends[from + k]);
        }
        String[] tags = posTagger == null ? null : posTagger.tag(words);
        Token[] tokens = new Token[n];
        for (int k = 0; k < n; k++) {
            tokens[k] = new Token(starts[from + k], ends[from + k], words[k], tags == null ? null : tags[k]);
        }
        return new Sentence(starts[from], ends[to - 1], Arrays.asList(tokens));
    }

    private static boolean hasVisible(String text, int from, int to) {
        for (int p = from; p < to; p++) {
            if (!TextBlocks.isSpace(text.charAt(p))) {
                return true;
            }
        }
        return false;
    }
}
