package dev.ariadne.api.nlp;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Splits a text into sentences and tokens and tags each token's part of speech.
 *
 * <p>Implemented by the OpenNLP bundle; a plugin may register one for another language with the service property
 * {@value #LANGUAGES}. Thread-safe and blocking: called concurrently on job worker threads, one document per call
 * (never on the UI thread, since the first call loads the models). Honours {@link Thread#interrupt()} between
 * sentences.
 */
@ProviderType
public interface LanguageAnalyzer {

    /** Service property: the ISO 639-1 codes this analyzer handles (String[]); {@code *} for any. */
    String LANGUAGES = "ariadne.analyzer.languages";

    /**
     * Analyses a text.
     *
     * @param text the document text; offsets in the result index into it
     * @param language its ISO 639-1 code, or {@code und}
     * @param tags whether to tag parts of speech (slower); when {@code false} every {@link Token#tag()} is null
     * @return its sentences in text order, covering every non-blank part of the text
     */
    List<Sentence> analyze(String text, String language, boolean tags);
}
