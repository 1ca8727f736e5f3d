package dev.ariadne.ui.documents.internal.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentMetadata;

/** Documents made up for the model tests. */
final class Docs {

    private Docs() {
    }

    static String id(int n) {
        return String.format("%064x", n);
    }

    static Document doc(int n, String title, String type, Instant created, long size, String... sources) {
        DocumentMetadata metadata = new DocumentMetadata(title, List.of(), Optional.ofNullable(created),
                Optional.empty(), type, "en", 0, size);
        return new Document(id(n), metadata, List.of(sources), Optional.empty(), Set.of("imported"));
    }

    static List<Document> range(int from, int to) {
        List<Document> docs = new ArrayList<>();
        for (int n = from; n < to; n++) {
            docs.add(doc(n, "Doc " + n, "text/plain", Instant.ofEpochSecond(n * 1000L), n, "/in/" + n + ".txt"));
        }
        return docs;
    }
}
