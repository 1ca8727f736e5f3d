package dev.ariadne.search.lucene.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The most recently indexed or highlighted document texts of one case, bounded by their total length in chars.
 *
 * <p>Snippets need the text of the hits, which the index does not store. The text comes from here first (the stage
 * puts what it indexes, the highlighter puts what it read), then from the importer's
 * {@link dev.ariadne.api.documents.DocumentStore}. A text longer than a quarter of the budget is not kept. Thread-safe:
 * index workers put while searchers get.
 */
final class TextCache {

    private final Object lock = new Object();
    /** Texts by document id, least recently used first. Guarded by {@link #lock}. */
    private final LinkedHashMap<String, String> texts = new LinkedHashMap<>(64, 0.75f, true);
    private volatile long budgetChars;
    private long chars;

    /** A cache holding at most {@code budgetChars} chars of text; 0 keeps nothing. */
    TextCache(long budgetChars) {
        this.budgetChars = Math.max(0, budgetChars);
    }

    /** Changes the budget; texts beyond it are dropped at the next put. */
    void budget(long newBudgetChars) {
        budgetChars = Math.max(0, newBudgetChars);
    }

    /** Keeps {@code text} as the text of {@code documentId}, dropping the least recently used texts beyond the budget. */
    void put(String documentId, String text) {
        long budget = budgetChars;
        synchronized (lock) {
            String old = texts.remove(documentId);
            if (old != null) {
                chars -= old.length();
            }
            if (text.length() <= budget / 4) {
                texts.put(documentId, text);
                chars += text.length();
            }
            Iterator<Map.Entry<String, String>> eldest = texts.entrySet().iterator();
            while (chars > budget && eldest.hasNext()) {
                chars -= eldest.next().getValue().length();
                eldest.remove();
            }
        }
    }

    /** The text of {@code documentId}, if kept. */
    Optional<String> get(String documentId) {
        synchronized (lock) {
            return Optional.ofNullable(texts.get(documentId));
        }
    }

    /** The chars held now. */
    long size() {
        synchronized (lock) {
            return chars;
        }
    }

    /** Drops everything. */
    void clear() {
        synchronized (lock) {
            texts.clear();
            chars = 0;
        }
    }
}
