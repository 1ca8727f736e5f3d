package dev.ariadne.search.lucene.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.documents.DocumentText;

/**
 * A document store for unit tests, in memory, for any case; counts how often texts are read one by one
 * ({@link #textReads}) and in bulk ({@link #bulkReads}, with the ids of each bulk read in {@link #bulkIds}).
 */
final class MapDocumentStore implements DocumentStore {

    final Map<String, Document> documents = new LinkedHashMap<>();
    final Map<String, DocumentText> texts = new LinkedHashMap<>();
    final AtomicInteger textReads = new AtomicInteger();
    final AtomicInteger bulkReads = new AtomicInteger();
    final List<List<String>> bulkIds = new ArrayList<>();
    /** When set, what every bulk read throws. */
    volatile RuntimeException bulkFailure;

    synchronized void add(Document document, DocumentText text, String... stages) {
        Set<String> all = new HashSet<>(document.stages());
        all.addAll(List.of(stages));
        documents.put(document.id(), new Document(document.id(), document.metadata(), document.sources(),
                document.parentId(), all));
        texts.put(document.id(), text);
    }

    @Override
    public synchronized int count(Case aCase) {
        return documents.size();
    }

    @Override
    public synchronized List<Document> list(Case aCase, int offset, int limit) {
        List<Document> all = new ArrayList<>(documents.values());
        return List.copyOf(all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)));
    }

    @Override
    public synchronized Optional<Document> get(Case aCase, String documentId) {
        return Optional.ofNullable(documents.get(documentId));
    }

    @Override
    public synchronized Optional<DocumentText> text(Case aCase, String documentId) {
        textReads.incrementAndGet();
        return Optional.ofNullable(texts.get(documentId));
    }

    @Override
    public synchronized Map<String, DocumentText> texts(Case aCase, Collection<String> documentIds) {
        bulkReads.incrementAndGet();
        if (bulkFailure != null) {
            throw bulkFailure;
        }
        bulkIds.add(List.copyOf(documentIds));
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
    public synchronized void markStage(Case aCase, String documentId, String stage) {
        Document document = documents.get(documentId);
        Set<String> stages = new HashSet<>(document.stages());
        stages.add(stage);
        documents.put(documentId, new Document(documentId, document.metadata(), document.sources(),
                document.parentId(), stages));
    }
}
