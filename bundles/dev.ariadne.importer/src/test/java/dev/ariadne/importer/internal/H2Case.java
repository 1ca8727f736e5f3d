package dev.ariadne.importer.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseRecords;
import dev.ariadne.importer.internal.store.DocumentsSchema;

/**
 * A case for tests without a framework: a folder and an H2 database in it (pooled connections, as the core's case
 * has), with the documents tables.
 */
final class H2Case implements Case {

    private final Path folder;
    private final String url;
    private volatile boolean open = true;
    private final Connection keepAlive;
    private final org.h2.jdbcx.JdbcConnectionPool pool;

    H2Case(Path folder) throws SQLException {
        this.folder = folder;
        this.url = "jdbc:h2:file:" + folder.resolve("store/case").toAbsolutePath() + ";WRITE_DELAY=0";
        keepAlive = DriverManager.getConnection(url, "sa", "");
        pool = org.h2.jdbcx.JdbcConnectionPool.create(url, "sa", "");
        try (Connection connection = connect()) {
            for (var migration : new DocumentsSchema().migrations()) {
                migration.apply(connection);
            }
        }
    }

    @Override
    public String id() {
        return "test-case";
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
        throw new UnsupportedOperationException("not needed by the importer");
    }

    @Override
    public Connection connect() throws SQLException {
        if (!open) {
            throw new SQLException("closed");
        }
        return pool.getConnection();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    void close() throws SQLException {
        open = false;
        pool.dispose();
        keepAlive.close();
    }
}
