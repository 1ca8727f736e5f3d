package dev.ariadne.example.notes.internal.model;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.ariadne.api.cases.Case;

/** A {@link Case} whose records live in memory, for tests. */
public final class FakeCase implements Case {

    private final String id;
    private final Map<String, InMemoryRecords> records = new ConcurrentHashMap<>();

    public FakeCase(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return "Case " + id;
    }

    @Override
    public Path folder() {
        return Path.of("/cases", id);
    }

    @Override
    public Path area(String name) {
        return folder().resolve(name);
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public InMemoryRecords records(String namespace) {
        return records.computeIfAbsent(namespace, InMemoryRecords::new);
    }

    @Override
    public Connection connect() throws SQLException {
        throw new SQLException("no database in a fake case");
    }

    @Override
    public boolean isOpen() {
        return true;
    }
}
