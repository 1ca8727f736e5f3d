package dev.ariadne.api.entities;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.nlp.Sentence;

/**
 * What an {@link EntityExtractor} knows about the document it is given, besides its text.
 *
 * <p>Made by the extraction service for one document and passed to every extractor in turn; valid only during the
 * extraction of that document. Thread-safe: the linguistic analysis is computed once, on first request, and shared.
 */
@ProviderType
public interface ExtractionContext {

    /** The document being extracted. */
    Document document();

    /** Its ISO 639-1 language code, or {@code und}. */
    String language();

    /**
     * The date the document speaks from, against which relative dates ("Thursday", "last week") are resolved: its
     * creation date when known, else empty.
     */
    Optional<LocalDate> documentDate();

    /** Its sentences and tokens, without part-of-speech tags; computed on first call, then shared. */
    List<Sentence> sentences();

    /** Its sentences and tokens with part-of-speech tags; computed on first call, then shared. */
    List<Sentence> taggedSentences();
}
