package dev.ariadne.importer.internal;

import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

/**
 * Detects the language of a text, answering an ISO 639-1 code such as {@code en}, or {@code und} for text too short
 * or too mixed to tell: first from its function words ({@link FunctionWords}, ten common languages, clear cases
 * only, microseconds), else with the optimaize n-gram detector (71 built-in languages) on the first {@value #SAMPLE}
 * characters (about a millisecond).
 *
 * <p>The profiles (a few tens of MB) load on the first call; later calls are fast. Thread-safe: the detector is
 * immutable once built and each call makes its own text object.
 */
final class LanguageGuesser {

    private static final Logger LOG = LoggerFactory.getLogger(LanguageGuesser.class);

    /** The characters the n-gram detector looks at: its cost grows quickly with the length. */
    static final int SAMPLE = 1_000;
    /** Fewer letters than this cannot be told apart reliably. */
    static final int MIN_LETTERS = 20;
    static final double MIN_PROBABILITY = 0.60;
    static final String UNDETERMINED = "und";

    private final FunctionWords functionWords = new FunctionWords();
    private volatile LanguageDetector detector;
    private volatile TextObjectFactory texts;
    private volatile boolean broken;
    private volatile boolean closed;
    private final java.util.concurrent.atomic.AtomicBoolean warming = new java.util.concurrent.atomic.AtomicBoolean();

    /** The language of {@code text}, or {@value #UNDETERMINED}. */
    String guess(String text) {
        String quick = functionWords.guess(text);
        if (quick != null) {
            return quick;
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int letters = 0;
        for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(sample.charAt(i))) {
                letters++;
            }
        }
        if (letters < MIN_LETTERS) {
            return UNDETERMINED;
        }
        LanguageDetector current = detector();
        if (current == null) {
            return UNDETERMINED;
        }
        List<DetectedLanguage> languages = current.getProbabilities(texts.forText(sample));
        if (languages.isEmpty() || languages.get(0).getProbability() < MIN_PROBABILITY) {
            return UNDETERMINED;
        }
        return languages.get(0).getLocale().getLanguage();
    }

    /** Starts loading the profiles on a thread of its own, once, so the first {@link #guess} waits less or not. */
    void warmUpInBackground() {
        if (warming.compareAndSet(false, true)) {
            Thread thread = new Thread(this::detector, "ariadne-language-profiles");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Marks the guesser as closing: a load that fails from now on is the bundle stopping, not a fault. */
    void close() {
        closed = true;
    }

    private LanguageDetector detector() {
        LanguageDetector current = detector;
        if (current != null || broken) {
            return current;
        }
        synchronized (this) {
            if (detector == null && !broken) {
                try {
                    long start = System.nanoTime();
                    texts = CommonTextObjectFactories.forDetectingOnLargeText();
                    detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                            .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
                    LOG.debug("Language profiles loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
                } catch (IOException | RuntimeException | LinkageError e) {
                    broken = true;
                    if (closed) {
                        LOG.debug("Loading the language profiles stopped with the bundle", e);
                    } else {
                        LOG.error("Cannot load the language profiles; every language will be '{}'", UNDETERMINED,
                                e);
                    }
                }
            }
            return detector;
        }
    }
}
