package dev.ariadne.extract.rules.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.entities.ExtractionContext;
import dev.ariadne.api.nlp.Sentence;

/** An extraction context with a date and nothing else, for unit tests. */
final class FakeContext implements ExtractionContext {

    private final LocalDate date;

    FakeContext(LocalDate date) {
        this.date = date;
    }

    @Override
    public Document document() {
        return null;
    }

    @Override
    public String language() {
        return "en";
    }

    @Override
    public Optional<LocalDate> documentDate() {
        return Optional.ofNullable(date);
    }

    @Override
    public List<Sentence> sentences() {
        throw new UnsupportedOperationException("the rules extractor does not need sentences");
    }

    @Override
    public List<Sentence> taggedSentences() {
        throw new UnsupportedOperationException("the rules extractor does not need sentences");
    }
}
