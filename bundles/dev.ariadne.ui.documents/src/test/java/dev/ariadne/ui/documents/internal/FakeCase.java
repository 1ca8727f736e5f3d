package dev.ariadne.ui.documents.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseRecords;

/** An open case kept in memory; its records work, its database does not. */
final class FakeCase implements Case {

    private final String id;
    private final String name;
    private final Map<String, Map<String, String>> records = new ConcurrentHashMap<>();

    FakeCase(String id, String name) {
        this.id = id;
        this.name = name;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Path folder() {
        return Path.of(System.getProperty("java.io.tmpdir"), "ariadne-test-cases", id);
    }

    @Override
    public Path area(String areaName) {
        return folder().resolve(areaName);
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public CaseRecords records(String namespace) {
        Map<String, String> values = records.computeIfAbsent(namespace, n -> new TreeMap<>());
        return new CaseRecords() {
            @Override
            public String namespace() {
                return namespace;
            }

            @Override
            public synchronized Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public synchronized void put(String key, String value) {
                values.put(key, value);
            }

            @Override
            public synchronized void remove(String key) {
                values.remove(key);
            }

            @Override
            public synchronized List<String> keys() {
                return List.copyOf(values.keySet());
            }

            @Override
            public synchronized List<String> find(String text) {
                return values.entrySet().stream().filter(e -> e.getValue().contains(text)).map(Map.Entry::getKey)
                        .toList();
            }
        };
    }

    @Override
    public Connection connect() throws SQLException {
        throw new SQLException("the test case has no database");
    }

    @Override
    public boolean isOpen() {
        return true;
    }
}
