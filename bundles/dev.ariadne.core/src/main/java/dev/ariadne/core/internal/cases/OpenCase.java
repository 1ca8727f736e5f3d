package dev.ariadne.core.internal.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.regex.Pattern;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseRecords;

/**
 * A case opened by {@link CaseServiceImpl}: its identity, its lock and its connection pool. Thread-safe; valid until
 * {@link CaseServiceImpl#close} shuts it down.
 */
final class OpenCase implements Case {

    private static final Pattern AREA_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    private static final Set<String> RESERVED_AREAS = Set.of(CaseDatabase.STORE);

    private final Path folder;
    private final CaseManifest manifest;
    private final CaseLock lock;
    private final ConnectionPool pool;
    private volatile boolean open = true;

    OpenCase(Path folder, CaseManifest manifest, CaseLock lock, ConnectionPool pool) {
        this.folder = folder;
        this.manifest = manifest;
        this.lock = lock;
        this.pool = pool;
    }

    @Override
    public String id() {
        return manifest.id();
    }

    @Override
    public String name() {
        return manifest.name();
    }

    @Override
    public Path folder() {
        return folder;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when the name is not a plain folder name (letters, digits, {@code . _ -}) or
     *         names the database folder
     * @throws UncheckedIOException when the folder cannot be created
     */
    @Override
    public Path area(String name) {
        if (name == null || !AREA_NAME.matcher(name).matches() || RESERVED_AREAS.contains(name)) {
            throw new IllegalArgumentException("Not a valid area name: '" + name
                    + "' (letters, digits, '.', '_' and '-'; not '" + CaseDatabase.STORE + "')");
        }
        Path area = folder.resolve(name);
        try {
            return Files.createDirectories(area);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder " + area + " of case " + name(), e);
        }
    }

    @Override
    public int schemaVersion() {
        return manifest.formatVersion();
    }

    @Override
    public CaseRecords records(String namespace) {
        return new CaseRecordsImpl(this, namespace);
    }

    @Override
    public Connection connect() throws SQLException {
        if (!open) {
            throw new SQLException("The case '" + name() + "' (" + folder + ") is closed.");
        }
        return pool.connection();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    CaseManifest manifest() {
        return manifest;
    }

    ConnectionPool pool() {
        return pool;
    }

    /** Closes the database, then releases the lock. Called once, by the case service. */
    void shutdown() {
        open = false;
        pool.close();
        lock.close();
    }

    @Override
    public String toString() {
        return "Case[" + name() + ", " + folder + (open ? "" : ", closed") + "]";
    }
}
