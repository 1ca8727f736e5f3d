package dev.ariadne.search.lucene.itest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.documents.DocumentText;

/**
 * A document store registered by a test in place of the importer's, holding the texts the test fed to the index
 * stage, so the search bundle can read snippet text after its cache is gone. Counts the texts read one by one
 * ({@link #textReads}) and the calls that read a page of them ({@link #bulkReads}).
 */
final class InMemoryDocumentStore implements DocumentStore {

    final Map<String, Document> documents = new ConcurrentHashMap<>();
    final Map<String, DocumentText> texts = new ConcurrentHashMap<>();
    final AtomicInteger textReads = new AtomicInteger();
    final AtomicInteger bulkReads = new AtomicInteger();

    void add(Document document, DocumentText text) {
        documents.put(document.id(), document);
        texts.put(document.id(), text);
    }

    @Override
    public int count(Case aCase) {
        return documents.size();
    }

    @Override
    public List<Document> list(Case aCase, int offset, int limit) {
        List<Document> all = new ArrayList<>(documents.values());
        return List.copyOf(all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)));
    }

    @Override
    public Optional<Document> get(Case aCase, String documentId) {
        return Optional.ofNullable(documents.get(documentId));
    }

    @Override
    public Optional<DocumentText> text(Case aCase, String documentId) {
        textReads.incrementAndGet();
        return Optional.ofNullable(texts.get(documentId));
    }

    /** Reads a page of texts at once, as the importer's store does; counted in {@link #bulkReads}. */
    @Override
    public Map<String, DocumentText> texts(Case aCase, Collection<String> documentIds) {
        bulkReads.incrementAndGet();
        Map<String, DocumentText> found = new LinkedHashMap<>();
        for (String id : documentIds) {
            DocumentText text = texts.get(id);
            if (text != null) {
                found.put(id, text);
            }
        }
        return found;
    }

    @Override
    public List<Document> children(Case aCase, String documentId) {
        return List.of();
    }

    @Override
    public void markStage(Case aCase, String documentId, String stage) {
        throw new UnsupportedOperationException("The search bundle never records stages");
    }
}
