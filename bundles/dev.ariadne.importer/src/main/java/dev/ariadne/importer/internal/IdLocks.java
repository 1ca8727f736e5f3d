package dev.ariadne.importer.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * Makes the threads of every import of this process take turns on one document: while one stores document
 * {@code X} of a case, another thread importing the same bytes waits, then finds it stored and records a duplicate
 * source instead of failing on the primary key. Keys are {@code caseId/documentId}. Thread-safe.
 */
final class IdLocks {

    private final Set<String> held = new HashSet<>();

    /** Waits until {@code key} is free and takes it. */
    void lock(String key) throws InterruptedException {
        synchronized (held) {
            while (held.contains(key)) {
                held.wait();
            }
            held.add(key);
        }
    }

    /** Frees {@code key}. */
    void unlock(String key) {
        synchronized (held) {
            held.remove(key);
            held.notifyAll();
        }
    }
}
