package dev.ariadne.extract.nlp4j.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import edu.emory.mathcs.nlp.common.util.Language;
import edu.emory.mathcs.nlp.component.morph.MorphologicalAnalyzer;
import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.component.template.util.NLPFlag;
import edu.emory.mathcs.nlp.component.tokenizer.EnglishTokenizer;
import edu.emory.mathcs.nlp.component.tokenizer.Tokenizer;
import edu.emory.mathcs.nlp.component.tokenizer.token.Token;

/**
 * The loaded NLP4J English pipeline (tokenizer and sentence splitter, compact lexica, part-of-speech tagger,
 * lemmatizer, named-entity tagger) and the code that turns its BILOU tags back into spans of the original text.
 *
 * <p>Made by {@link #load(Path)} on the loader thread of {@link Nlp4jExtractor}; {@link #recognize} is then called by
 * any number of extraction threads at once (NLP4J's decoding keeps its state in the nodes of the sentence being
 * tagged; the tokenizer is made per thread). Returns raw OntoNotes spans; {@link Nlp4jExtractor} maps their types.
 */
final class Nlp4jEngine {

    private static final Logger LOG = LoggerFactory.getLogger(Nlp4jEngine.class);

    /** Longest run of tokens tagged as one sentence: longer "sentences" (tables, text without punctuation) are cut. */
    static final int MAX_SENTENCE_TOKENS = 150;
    /** Longest text block tokenized at once. */
    static final int MAX_BLOCK_CHARS = 20_000;
    /** A line shorter than this ends its block (headlines, datelines, list items, table rows). */
    static final int SHORT_LINE = 60;

    /** One entity found: a span of the text and its OntoNotes type (PERSON, ORG, GPE, DATE …). */
    record Span(int start, int end, String label) {
    }

    private final List<NLPComponent<NLPNode>> components;
    private final ThreadLocal<Tokenizer> tokenizers = ThreadLocal.withInitial(EnglishTokenizer::new);

    Nlp4jEngine(List<NLPComponent<NLPNode>> components) {
        this.components = List.copyOf(components);
    }

    /**
     * Loads the pipeline from a store folder: the part-of-speech model and the lemmatizer on a second thread while this
     * one maps the lexica and reads the named-entity model.
     */
    static Nlp4jEngine load(Path store) throws IOException {
        return load(store, true);
    }

    /**
     * Loads the pipeline, with the models' feature vectors built by {@link SizedFeatureTemplate} or, for comparison
     * in tests, by NLP4J's own template.
     */
    static Nlp4jEngine load(Path store, boolean sizedVectors) throws IOException {
        long t0 = System.nanoTime();
        ClassLoader loader = Nlp4jEngine.class.getClassLoader();
        CompletableFuture<List<NLPComponent<NLPNode>>> pos = new CompletableFuture<>();
        Thread posThread = new Thread(() -> {
            try {
                NLPComponent<NLPNode> model = readModel(store.resolve(StoreBuilder.POS_MODEL),
                        store.resolve(StoreBuilder.POS_WEIGHTS), loader, sizedVectors);
                LOG.debug("part-of-speech model read in {} ms", (System.nanoTime() - t0) / 1_000_000);
                NLPComponent<NLPNode> morph = new MorphologicalAnalyzer<>(Language.ENGLISH);
                LOG.debug("lemmatizer made in {} ms", (System.nanoTime() - t0) / 1_000_000);
                pos.complete(List.of(model, morph));
            } catch (Throwable t) {
                pos.completeExceptionally(t);
            }
        }, "nlp4j-pos-loader");
        posThread.setDaemon(true);
        posThread.start();
        CompactLexica lexica = new CompactLexica(LexiconFile.map(store.resolve(CompactLexica.AMBIGUITY)),
                LexiconFile.map(store.resolve(CompactLexica.CLUSTERS)),
                LexiconFile.map(store.resolve(CompactLexica.EMBEDDINGS)),
                LexiconFile.map(store.resolve(CompactLexica.GAZETTEERS)));
        LOG.debug("lexica mapped in {} ms", (System.nanoTime() - t0) / 1_000_000);
        NLPComponent<NLPNode> ner = readModel(store.resolve(StoreBuilder.NER_MODEL),
                store.resolve(StoreBuilder.NER_WEIGHTS), loader, sizedVectors);
        LOG.debug("named-entity model read in {} ms", (System.nanoTime() - t0) / 1_000_000);
        List<NLPComponent<NLPNode>> tagger;
        try {
            tagger = pos.join();
        } catch (CompletionException e) {
            throw new IOException("cannot read the part-of-speech model", e.getCause());
        }
        return new Nlp4jEngine(List.of(lexica, tagger.get(0), tagger.get(1), ner));
    }

    @SuppressWarnings("unchecked")
    static NLPComponent<NLPNode> readModel(Path file, Path weights, ClassLoader loader, boolean sizedVectors)
            throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                ObjectInputStream oin = new BundleObjectInputStream(in, loader)) {
            OnlineComponent<NLPNode, ?> component = (OnlineComponent<NLPNode, ?>) oin.readObject();
            component.setFlag(NLPFlag.DECODE);
            ModelWeights.attach(component, weights);
            FeatureIndex.install(component);
            if (sizedVectors && !SizedFeatureTemplate.install(component)) {
                LOG.debug("{} keeps its own feature template", file.getFileName());
            }
            return component;
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("not an NLP4J model: " + file, e);
        }
    }

    /**
     * Finds the entities in {@code text}.
     *
     * @return spans in text order, with OntoNotes labels
     * @throws InterruptedException when the calling thread is interrupted (checked between sentences)
     */
    List<Span> recognize(String text) throws InterruptedException {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int from = 0;
        while (from < n) {
            int to = blockEnd(text, from);
            recognizeBlock(text, from, to, spans);
            from = to;
        }
        return spans;
    }

    /** The end of the block that starts at {@code from}: after a blank line or a short line, or at a size limit. */
    static int blockEnd(String text, int from) {
        int n = text.length();
        int limit = Math.min(n, from + MAX_BLOCK_CHARS);
        int lineStart = from;
        for (int i = from; i < limit; i++) {
            if (text.charAt(i) == '\n') {
                int len = i - lineStart;
                boolean blank = text.substring(lineStart, i).isBlank();
                if ((blank || len < SHORT_LINE || endsSentence(text, lineStart, i)) && i + 1 - from > 1) {
                    return i + 1;
                }
                lineStart = i + 1;
            }
        }
        if (limit == n) {
            return n;
        }
        for (int i = limit - 1; i > from + MAX_BLOCK_CHARS / 2; i--) { // cut at a space in the second half
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        int cut = limit;
        if (Character.isLowSurrogate(text.charAt(cut)) && cut > from + 1) {
            cut--;
        }
        return cut;
    }

    private static boolean endsSentence(String text, int lineStart, int lineEnd) {
        for (int i = lineEnd - 1; i >= lineStart; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
            }
        }
        return true;
    }

    private void recognizeBlock(String text, int from, int to, List<Span> spans) throws InterruptedException {
        String block = text.substring(from, to);
        if (block.isBlank()) {
            return;
        }
        Tokenizer tokenizer = tokenizers.get();
        List<Token> tokens = tokenizer.tokenize(block);
        align(block, tokens);
        for (List<Token> sentence : tokenizer.segmentize(tokens)) {
            for (int s = 0; s < sentence.size(); s += MAX_SENTENCE_TOKENS) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("NLP4J entity recognition interrupted");
                }
                tag(sentence.subList(s, Math.min(sentence.size(), s + MAX_SENTENCE_TOKENS)), from, spans);
            }
        }
    }

    /**
     * Sets each token's offsets to where its form is in the block, searching forward from the previous token: the
     * tokenizer's own offsets are not reliable around the tokens it splits or rewrites. A token whose form is not
     * found keeps the span from the previous token's end (skipping spaces) over as many characters as its form has.
     */
    static void align(String block, List<Token> tokens) {
        int cursor = 0;
        int n = block.length();
        for (Token t : tokens) {
            String form = t.getWordForm();
            int at = block.indexOf(form, cursor);
            if (at < 0 || at - cursor > 64 + form.length()) {
                at = cursor;
                while (at < n && Character.isWhitespace(block.charAt(at))) {
                    at++;
                }
                int end = Math.min(n, at + Math.max(1, form.length()));
                t.setStartOffset(at);
                t.setEndOffset(end);
                cursor = end;
            } else {
                t.setStartOffset(at);
                t.setEndOffset(at + form.length());
                cursor = at + form.length();
            }
        }
    }

    private void tag(List<Token> tokens, int base, List<Span> spans) {
        NLPNode[] nodes = new NLPNode[tokens.size() + 1];
        nodes[0] = new TokenNode();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            NLPNode node = new TokenNode(i + 1, t.getWordForm());
            node.setStartOffset(t.getStartOffset());
            node.setEndOffset(t.getEndOffset());
            nodes[i + 1] = node;
        }
        for (NLPComponent<NLPNode> c : components) {
            c.process(nodes);
        }
        int begin = -1;
        String label = null;
        for (int i = 1; i < nodes.length; i++) {
            String tag = nodes[i].getNamedEntityTag();
            if (tag == null || tag.length() < 3 || tag.charAt(1) != '-') {
                begin = -1;
                continue;
            }
            char b = tag.charAt(0);
            String l = tag.substring(2);
            if (b == 'U') {
                add(nodes, i, i, l, base, spans);
                begin = -1;
            } else if (b == 'B') {
                begin = i;
                label = l;
            } else if (b == 'L') {
                if (begin > 0 && l.equals(label)) {
                    add(nodes, begin, i, l, base, spans);
                }
                begin = -1;
            } else if (b == 'I' && (begin < 0 || !l.equals(label))) {
                begin = -1;
            }
        }
    }

    private static final Set<String> ARTICLES = Set.of("the", "The", "THE");
    private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'", "’", "'S");
    private static final Set<String> TITLES = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.",
            "President", "Chancellor", "Minister", "Senator", "Sen.", "Rep.", "Governor", "Gov.", "Mayor", "King",
            "Queen", "Prince", "Princess", "Pope", "General", "Gen.", "Colonel", "Col.", "Judge", "Secretary", "Premier",
            "Sir", "Lord", "Lady", "Ambassador", "Commissioner", "Chairman", "Chief", "Prime", "Foreign", "Defence",
            "Defense", "Finance", "Vice", "Deputy", "Interior", "Economy", "Health");

    /** Adds nodes {@code [first, last]} as a span, without a leading article, a trailing possessive or titles. */
    private static void add(NLPNode[] nodes, int first, int last, String label, int base, List<Span> spans) {
        while (first < last && ARTICLES.contains(nodes[first].getWordForm())) {
            first++;
        }
        while (last > first && POSSESSIVES.contains(nodes[last].getWordForm())) {
            last--;
        }
        if ("PERSON".equals(label)) {
            while (first < last && TITLES.contains(nodes[first].getWordForm())) {
                first++;
            }
        }
        int start = nodes[first].getStartOffset();
        int end = nodes[last].getEndOffset();
        if (end > start) {
            spans.add(new Span(base + start, base + end, label));
        }
    }
}
