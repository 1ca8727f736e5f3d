package dev.ariadne.extract.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.entities.EntityExtractor;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.Mention;

/** Documents, mentions and extractors made by tests. */
final class Texts {

    private Texts() {
    }

    static Document document(String id, String created) {
        DocumentMetadata metadata = new DocumentMetadata(id, List.of(),
                created == null ? Optional.empty() : Optional.of(Instant.parse(created)), Optional.empty(),
                "text/plain", "en", 0, 100);
        return new Document(id, metadata, List.of("/tmp/" + id + ".txt"), Optional.empty(), Set.of("imported"));
    }

    static DocumentText text(String id, String text) {
        return new DocumentText(id, text, List.of());
    }

    /** The mention of the first occurrence of {@code span} at or after {@code from}. */
    static Mention at(String text, String span, int from, EntityType type) {
        int start = text.indexOf(span, from);
        if (start < 0) {
            throw new IllegalArgumentException("'" + span + "' is not in the text");
        }
        return new Mention("d", start, start + span.length(), span, type, 0.9, null, "test/1");
    }

    static Mention at(String text, String span, EntityType type) {
        return at(text, span, 0, type);
    }

    /**
     * An extractor that finds every occurrence of the given phrases with their types, e.g.
     * {@code phrases("Olaf Scholz", PERSON, "Berlin", LOCATION)}.
     */
    static EntityExtractor phrases(Object... phrasesAndTypes) {
        return (text, context) -> {
            List<Mention> out = new ArrayList<>();
            for (int i = 0; i < phrasesAndTypes.length; i += 2) {
                String phrase = (String) phrasesAndTypes[i];
                EntityType type = (EntityType) phrasesAndTypes[i + 1];
                int at = text.text().indexOf(phrase);
                while (at >= 0) {
                    int end = at + phrase.length();
                    boolean word = (at == 0 || !Character.isLetterOrDigit(text.text().charAt(at - 1)))
                            && (end >= text.text().length() || !Character.isLetterOrDigit(text.text().charAt(end)));
                    if (word) {
                        out.add(new Mention(text.documentId(), at, end, phrase, type, 0.8, null, "phrases/1"));
                    }
                    at = text.text().indexOf(phrase, at + 1);
                }
            }
            return out;
        };
    }
}
