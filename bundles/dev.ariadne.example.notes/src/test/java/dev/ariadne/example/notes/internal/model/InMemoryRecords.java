package dev.ariadne.example.notes.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ariadne.api.cases.CaseRecords;

/** {@link CaseRecords} in a map, for tests; thread-safe like the real ones. Counts the calls of {@link #find}. */
public final class InMemoryRecords implements CaseRecords {

    private final String namespace;
    private final Map<String, String> values = new ConcurrentSkipListMap<>();
    /** The calls of {@link #find}. */
    public final AtomicInteger finds = new AtomicInteger();
    /** The names of the threads that wrote or removed records, in order. */
    public final List<String> writerThreads = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** When set, every call throws this (a closed case). */
    public volatile RuntimeException failure;

    public InMemoryRecords(String namespace) {
        this.namespace = namespace;
    }

    @Override
    public String namespace() {
        return namespace;
    }

    @Override
    public Optional<String> get(String key) {
        check();
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        check();
        writerThreads.add(Thread.currentThread().getName());
        values.put(key, value);
    }

    @Override
    public void remove(String key) {
        check();
        writerThreads.add(Thread.currentThread().getName());
        values.remove(key);
    }

    @Override
    public List<String> keys() {
        check();
        return new ArrayList<>(values.keySet());
    }

    @Override
    public List<String> find(String text) {
        check();
        finds.incrementAndGet();
        String needle = text.toLowerCase(Locale.ROOT);
        List<String> keys = new ArrayList<>();
        values.forEach((key, value) -> {
            if (value.toLowerCase(Locale.ROOT).contains(needle)) {
                keys.add(key);
            }
        });
        return keys;
    }

    private void check() {
        RuntimeException e = failure;
        if (e != null) {
            throw e;
        }
    }
}
