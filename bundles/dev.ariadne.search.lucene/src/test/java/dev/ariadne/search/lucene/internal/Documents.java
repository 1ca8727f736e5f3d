package dev.ariadne.search.lucene.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.documents.DocumentText;

/** Documents made by tests. */
final class Documents {

    private Documents() {
    }

    /** A document with an id, a title, a media type, a language, a creation date (or none), a source and a text. */
    static Document document(String id, String title, String mediaType, String language, String created,
            String source, String... authors) {
        Optional<Instant> date = created == null ? Optional.empty() : Optional.of(Instant.parse(created));
        DocumentMetadata metadata = new DocumentMetadata(title, List.of(authors), date, Optional.empty(), mediaType,
                language, 0, 100);
        return new Document(id, metadata, List.of(source), Optional.empty(), Set.of("imported"));
    }

    static DocumentText text(Document document, String text) {
        return new DocumentText(document.id(), text, List.of());
    }
}
