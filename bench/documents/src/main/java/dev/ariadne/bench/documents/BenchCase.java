package dev.ariadne.bench.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.h2.jdbcx.JdbcConnectionPool;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseRecords;
import dev.ariadne.api.cases.CaseSchema;

/**
 * A case for the benchmarks without a framework: a folder with an H2 database opened as the core's case database is
 * ({@code WRITE_DELAY=0}, pooled connections), with the tables of the given schemas.
 *
 * <p>Made by {@code DocumentsBench} on its thread; {@link #connect} is called from the import's worker threads.
 */
final class BenchCase implements Case {

    private final Path folder;
    private final JdbcConnectionPool pool;
    private volatile boolean open = true;

    BenchCase(Path folder, CaseSchema... schemas) throws SQLException, IOException {
        this.folder = Files.createDirectories(folder);
        String url = "jdbc:h2:file:" + folder.resolve("store/case").toAbsolutePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(16);
        try (Connection connection = connect()) {
            for (CaseSchema schema : schemas) {
                for (CaseSchema.Migration migration : schema.migrations()) {
                    migration.apply(connection);
                }
            }
        }
    }

    @Override
    public String id() {
        return folder.getFileName().toString();
    }

    @Override
    public String name() {
        return "bench " + folder.getFileName();
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
        throw new UnsupportedOperationException("not used by the benchmarks");
    }

    @Override
    public Connection connect() throws SQLException {
        if (!open) {
            throw new SQLException("The case is closed");
        }
        return pool.getConnection();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    /** Closes the database. */
    void close() {
        open = false;
        pool.dispose();
    }
}
