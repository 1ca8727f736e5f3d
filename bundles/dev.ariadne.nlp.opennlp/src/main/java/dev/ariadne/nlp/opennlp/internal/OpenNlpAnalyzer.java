package dev.ariadne.nlp.opennlp.internal;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.nlp.LanguageAnalyzer;
import dev.ariadne.api.nlp.Sentence;

/**
 * The English {@link LanguageAnalyzer}: Apache OpenNLP's sentence detector, tokenizer and part-of-speech tagger
 * with the official English models (Universal Dependencies tags).
 *
 * <p>A DS component registered with {@code ariadne.analyzer.languages=en,und} (text whose language was not detected is
 * most often English); as a
 * best effort, any language it is handed. Extractors and the extraction service call {@link #analyze} on job worker
 * threads, concurrently. The models are read on the first call, once, by that caller (about a second), never at
 * activation; each call borrows a {@link Segmenter} (OpenNLP's tools are not thread-safe) from a pool that keeps as
 * many as threads have used at once, up to twice the processors. Configured by {@link AnalyzerConfig}.
 *
 * <p>A call whose thread is interrupted stops at the next block or sentence and throws
 * {@link java.util.concurrent.CancellationException} with the interrupt status left set.
 */
@Component(service = LanguageAnalyzer.class, configurationPid = AnalyzerConfig.PID)
@AnalyzerProperties(languages = {"en", "und"})
@Designate(ocd = AnalyzerConfig.class)
public class OpenNlpAnalyzer implements LanguageAnalyzer {

    private static final Logger LOG = LoggerFactory.getLogger(OpenNlpAnalyzer.class);

    private final EnglishModels models;
    private final ConcurrentLinkedQueue<Segmenter> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final int maxIdle = 2 * Runtime.getRuntime().availableProcessors();
    private volatile int maxTokens = Segmenter.DEFAULT_MAX_TOKENS;
    private volatile int maxChars = Segmenter.DEFAULT_MAX_CHARS;

    /** Called by DS; the models stay unread until the first analysis. */
    public OpenNlpAnalyzer() {
        this(new EnglishModels(OpenNlpAnalyzer.class.getClassLoader()));
    }

    /** For tests: an analyzer reading its models through the given holder. */
    OpenNlpAnalyzer(EnglishModels models) {
        this.models = models;
    }

    @Activate
    @Modified
    void configure(AnalyzerConfig config) {
        maxTokens = Math.max(1, config.maxSentenceTokens());
        maxChars = Math.max(1, config.maxSentenceChars());
    }

    @Deactivate
    void deactivate() {
        idle.clear();
        idleCount.set(0);
    }

    /** Sets the caps of one sentence, as {@link AnalyzerConfig} does; for tests. */
    void limits(int tokens, int chars) {
        maxTokens = Math.max(1, tokens);
        maxChars = Math.max(1, chars);
    }

    /** Whether the sentence and token models have been read; for tests. */
    boolean modelsLoaded() {
        return models.loaded();
    }

    @Override
    public List<Sentence> analyze(String text, String language, boolean tags) {
        if (text.isEmpty()) {
            return List.of();
        }
        Segmenter segmenter = borrow();
        try {
            return segmenter.analyze(text, tags, maxTokens, maxChars);
        } finally {
            giveBack(segmenter);
        }
    }

    private Segmenter borrow() {
        Segmenter s = idle.poll();
        if (s != null) {
            idleCount.decrementAndGet();
            return s;
        }
        boolean first = !models.loaded();
        long t0 = System.nanoTime();
        EnglishModels.Base base = models.base();
        if (first) {
            LOG.info("OpenNLP English sentence and token models read in {} ms", (System.nanoTime() - t0) / 1_000_000);
        }
        return new Segmenter(base, models::pos);
    }

    private void giveBack(Segmenter s) {
        if (idleCount.incrementAndGet() <= maxIdle) {
            idle.offer(s);
        } else {
            idleCount.decrementAndGet();
        }
    }
}
