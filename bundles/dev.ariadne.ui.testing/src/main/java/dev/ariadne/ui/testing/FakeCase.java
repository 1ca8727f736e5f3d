package dev.ariadne.ui.testing;

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

/**
 * An open case kept in memory for UI tests: its records work, its database does not ({@link #connect} throws).
 *
 * <p>Made by tests; thread-safe. {@link #beforeEachRead} lets a test hold the reads of records, as a slow disk
 * would, on whichever thread reads them.
 */
public final class FakeCase implements Case {

    private final String id;
    private final String name;
    private final Map<String, Map<String, String>> records = new ConcurrentHashMap<>();
    private volatile Runnable beforeEachRead = () -> { };

    /**
     * A case with an id and a display name.
     *
     * @param id the case id
     * @param name the case name
     */
    public FakeCase(String id, String name) {
        this.id = id;
        this.name = name;
    }

    /**
     * Runs {@code hook} on the reading thread before each {@link CaseRecords#get} of this case's records.
     *
     * @param hook what to run
     * @return this case
     */
    public FakeCase beforeEachRead(Runnable hook) {
        this.beforeEachRead = hook;
        return this;
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
            public Optional<String> get(String key) {
                beforeEachRead.run();
                synchronized (values) {
                    return Optional.ofNullable(values.get(key));
                }
            }

            @Override
            public void put(String key, String value) {
                synchronized (values) {
                    values.put(key, value);
                }
            }

            @Override
            public void remove(String key) {
                synchronized (values) {
                    values.remove(key);
                }
            }

            @Override
            public List<String> keys() {
                synchronized (values) {
                    return List.copyOf(values.keySet());
                }
            }

            @Override
            public List<String> find(String text) {
                synchronized (values) {
                    return values.entrySet().stream().filter(e -> e.getValue().contains(text))
                            .map(Map.Entry::getKey).toList();
                }
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
