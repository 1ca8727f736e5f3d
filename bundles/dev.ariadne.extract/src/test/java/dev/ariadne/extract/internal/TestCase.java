package dev.ariadne.extract.internal;

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

/** A case for unit tests: a folder and an in-memory H2 database with the entities schema applied. */
final class TestCase implements Case {

    private final String id = UUID.randomUUID().toString();
    private final Path folder;
    private final String url;
    private final Connection keepAlive;
    private volatile boolean open = true;

    TestCase(Path folder) throws SQLException {
        this.folder = folder;
        this.url = "jdbc:h2:mem:" + id + ";DB_CLOSE_DELAY=-1";
        this.keepAlive = DriverManager.getConnection(url);
        keepAlive.setAutoCommit(false);
        for (var migration : new EntitiesSchema().migrations()) {
            migration.apply(keepAlive);
        }
        keepAlive.commit();
        keepAlive.setAutoCommit(true);
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
        throw new UnsupportedOperationException("not used by the extraction bundle");
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

    void close() throws SQLException {
        open = false;
        keepAlive.createStatement().execute("SHUTDOWN");
        keepAlive.close();
    }
}
