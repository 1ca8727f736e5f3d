package dev.ariadne.search.lucene.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseRecords;

/** A case for unit tests: a temporary folder and an in-memory H2 database with the search schema applied. */
final class FakeCase implements Case {

    private final String id = UUID.randomUUID().toString();
    private final Path folder;
    private final String url;
    private final Connection keepAlive;
    private volatile boolean open = true;

    FakeCase(Path folder) throws SQLException {
        this.folder = folder;
        this.url = "jdbc:h2:mem:" + id + ";DB_CLOSE_DELAY=-1";
        this.keepAlive = DriverManager.getConnection(url);
        for (var migration : new SearchSchema().migrations()) {
            migration.apply(keepAlive);
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return "Test case";
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public Path area(String name) {
        try {
            return Files.createDirectories(folder.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public CaseRecords records(String namespace) {
        throw new UnsupportedOperationException("The search bundle keeps no records");
    }

    @Override
    public Connection connect() throws SQLException {
        if (!open) {
            throw new SQLException("closed");
        }
        return DriverManager.getConnection(url);
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    /** Closes the case; a later instance on the same folder is another case. */
    void close() throws SQLException {
        open = false;
        keepAlive.createStatement().execute("SHUTDOWN");
        keepAlive.close();
    }
}
