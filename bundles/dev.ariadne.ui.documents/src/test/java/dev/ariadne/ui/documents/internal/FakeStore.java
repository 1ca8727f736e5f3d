package dev.ariadne.ui.documents.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.documents.DocumentText;

/** A {@link DocumentStore} in memory, in import order, counting the calls the views make. */
final class FakeStore implements DocumentStore {

    final List<Document> documents = new ArrayList<>();
    final Map<String, DocumentText> texts = new ConcurrentHashMap<>();
    final AtomicInteger listCalls = new AtomicInteger();
    final AtomicInteger countCalls = new AtomicInteger();
    /** Milliseconds each list call takes, to see the table fill while pages arrive. */
    volatile int listDelayMillis;
    /** Milliseconds each get call takes. */
    volatile int getDelayMillis;

    static String id(int n) {
        return String.format("%064x", n);
    }

    static DocumentMetadata metadata(String title, String type, Instant created, int pages, long size) {
        return new DocumentMetadata(title, List.of("Analyst"), Optional.ofNullable(created), Optional.empty(), type,
                "en", pages, size);
    }

    synchronized Document add(Document document, String text, List<Integer> pageStarts) {
        documents.add(document);
        texts.put(document.id(), new DocumentText(document.id(), text, pageStarts));
        return document;
    }

    synchronized Document add(int n, String title, String type, String text, String... sources) {
        Document document = new Document(id(n), metadata(title, type, Instant.parse("2024-03-01T10:00:00Z")
                .plusSeconds(86_400L * n), 0, text.length()), List.of(sources), Optional.empty(), Set.of("imported"));
        return add(document, text, List.of());
    }

    /** Replaces a document (a duplicate added a source). */
    synchronized void replace(Document document) {
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).id().equals(document.id())) {
                documents.set(i, document);
            }
        }
    }

    @Override
    public synchronized int count(Case aCase) {
        countCalls.incrementAndGet();
        return documents.size();
    }

    @Override
    public List<Document> list(Case aCase, int offset, int limit) {
        listCalls.incrementAndGet();
        pause(listDelayMillis);
        synchronized (this) {
            int end = Math.min(documents.size(), offset + limit);
            return offset >= end ? List.of() : new ArrayList<>(documents.subList(offset, end));
        }
    }

    @Override
    public Optional<Document> get(Case aCase, String documentId) {
        pause(getDelayMillis);
        synchronized (this) {
            return documents.stream().filter(d -> d.id().equals(documentId)).findFirst();
        }
    }

    private static void pause(int millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public Optional<DocumentText> text(Case aCase, String documentId) {
        return Optional.ofNullable(texts.get(documentId));
    }

    @Override
    public synchronized List<Document> children(Case aCase, String documentId) {
        return documents.stream().filter(d -> d.parentId().filter(documentId::equals).isPresent()).toList();
    }

    @Override
    public void markStage(Case aCase, String documentId, String stage) {
    }
}
