package dev.ariadne.extract.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.entities.ExtractionContext;
import dev.ariadne.api.nlp.LanguageAnalyzer;
import dev.ariadne.api.nlp.Sentence;

/**
 * The {@link ExtractionContext} of one piece of a document (the whole document unless it is longer than the chunk
 * size): its sentences and tokens come from the {@link LanguageAnalyzer} chosen for the document's language, or from
 * {@link SentenceSplitter} when there is none (or it fails), computed on the first request by any extractor and then
 * shared; tagged sentences only when an extractor asks for them. Offsets are into the piece's text, which is the text
 * the extractors are given.
 *
 * <p>Made by {@link ExtractionEngine} per piece; thread-safe (extractors run one after another on extraction
 * threads, each may call it).
 */
final class ChunkContext implements ExtractionContext {

    private final Document document;
    private final String language;
    private final Optional<LocalDate> date;
    private final String text;
    private final LanguageAnalyzer analyzer;
    private List<Sentence> sentences;
    private List<Sentence> tagged;

    ChunkContext(Document document, String language, Optional<LocalDate> date, String text,
            LanguageAnalyzer analyzer) {
        this.document = document;
        this.language = language;
        this.date = date;
        this.text = text;
        this.analyzer = analyzer;
    }

    @Override
    public Document document() {
        return document;
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public Optional<LocalDate> documentDate() {
        return date;
    }

    @Override
    public synchronized List<Sentence> sentences() {
        if (sentences == null) {
            sentences = tagged != null ? tagged : analyze(false);
        }
        return sentences;
    }

    @Override
    public synchronized List<Sentence> taggedSentences() {
        if (tagged == null) {
            tagged = analyze(true);
        }
        return tagged;
    }

    private List<Sentence> analyze(boolean tags) {
        if (analyzer != null) {
            try {
                return List.copyOf(analyzer.analyze(text, language, tags));
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                // fall back to the built-in splitter below
            }
        }
        return SentenceSplitter.split(text);
    }
}
