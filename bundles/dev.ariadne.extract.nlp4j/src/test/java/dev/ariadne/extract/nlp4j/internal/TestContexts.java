package dev.ariadne.extract.nlp4j.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.entities.ExtractionContext;
import dev.ariadne.api.nlp.Sentence;

/** Extraction contexts for unit tests: a language and nothing else (this extractor tokenizes by itself). */
final class TestContexts {

    private TestContexts() {
    }

    static ExtractionContext language(String language) {
        return new ExtractionContext() {
            @Override
            public Document document() {
                return null;
            }

            @Override
            public String language() {
                return language;
            }

            @Override
            public Optional<LocalDate> documentDate() {
                return Optional.empty();
            }

            @Override
            public List<Sentence> sentences() {
                throw new UnsupportedOperationException("the NLP4J extractor tokenizes by itself");
            }

            @Override
            public List<Sentence> taggedSentences() {
                throw new UnsupportedOperationException("the NLP4J extractor tokenizes by itself");
            }
        };
    }
}
