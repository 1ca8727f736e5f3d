package dev.ariadne.nlp.opennlp.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The official OpenNLP English models (trained on the Universal Dependencies English Web Treebank), read from the
 * model jars embedded on this bundle's class path.
 *
 * <p>Made once by {@link OpenNlpAnalyzer} on the first analysis, on that caller's thread; the sentence and token
 * models are read together, the part-of-speech model only when tags are first asked for. Thread-safe: both reads
 * happen at most once (the first caller reads, concurrent callers wait for it) and the models are immutable and
 * shared by every tool instance. A failed read is thrown to its caller and tried again on the next call.
 */
final class EnglishModels {

    /** The sentence model inside opennlp-models-sentdetect-en. */
    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    /** The token model inside opennlp-models-tokenizer-en. */
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    /** The part-of-speech model inside opennlp-models-pos-en; its tags are Universal Dependencies tags. */
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ClassLoader loader;
    private volatile Base base;
    private volatile POSModel pos;

    /** The sentence and token models, read together. */
    record Base(SentenceModel sentences, TokenizerModel tokens) {
    }

    /**
     * @param loader the class loader whose resources hold the models: this bundle's, or the test class path's
     */
    EnglishModels(ClassLoader loader) {
        this.loader = loader;
    }

    /** Whether the sentence and token models have been read. */
    boolean loaded() {
        return base != null;
    }

    /**
     * The sentence and token models, read on the first call.
     *
     * @throws UncheckedIOException when a model cannot be read
     */
    Base base() {
        Base b = base;
        if (b == null) {
            synchronized (this) {
                b = base;
                if (b == null) {
                    try (InputStream s = open(SENTENCE_MODEL); InputStream t = open(TOKEN_MODEL)) {
                        b = new Base(new SentenceModel(s), new TokenizerModel(t));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the OpenNLP English models", e);
                    }
                    base = b;
                }
            }
        }
        return b;
    }

    /**
     * The part-of-speech model, read on the first call.
     *
     * @throws UncheckedIOException when it cannot be read
     */
    POSModel pos() {
        POSModel p = pos;
        if (p == null) {
            synchronized (this) {
                p = pos;
                if (p == null) {
                    try (InputStream in = open(POS_MODEL)) {
                        p = new POSModel(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the OpenNLP English part-of-speech model", e);
                    }
                    pos = p;
                }
            }
        }
        return p;
    }

    private InputStream open(String name) throws IOException {
        InputStream in = loader.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("model " + name + " is not on the class path");
        }
        return new BufferedInputStream(in, 1 << 16);
    }
}
