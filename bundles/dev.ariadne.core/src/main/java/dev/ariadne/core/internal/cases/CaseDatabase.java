package dev.ariadne.core.internal.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.sql.ConnectionPoolDataSource;

import org.osgi.service.jdbc.DataSourceFactory;

import dev.ariadne.api.cases.CaseSchema;

/**
 * Where a case keeps its H2 database, how it is reached through the {@link DataSourceFactory} service, and the
 * bookkeeping of schema versions per area in the {@code schema_versions} table.
 *
 * <p>The database lives in {@code store/case.mv.db}. It is written with {@code WRITE_DELAY=0}, so every commit is in
 * the file when the committing call returns and a killed process loses nothing it reported done; MVStore never
 * overwrites live data, so a kill cannot tear it. Note that H2 commits DDL statements implicitly: a migration that
 * creates tables is atomic per statement, not as a whole, so migrations should use {@code IF NOT EXISTS}.
 *
 * <p>Each connection keeps its last {@value #QUERY_CACHE} parsed statements ({@code QUERY_CACHE_SIZE}; H2's default
 * of 8 is fewer than the statements one document's store runs, so each of them was parsed again for every document).
 */
final class CaseDatabase {

    static final String STORE = "store";
    static final String NAME = "case";
    static final String FILE = NAME + ".mv.db";
    static final String VERSIONS_TABLE = "SCHEMA_VERSIONS";
    static final int QUERY_CACHE = 128;

    /** One area's recorded version and the software that wrote it. */
    record AreaVersion(int version, String writtenBy) {
    }

    private CaseDatabase() {
    }

    /** Whether the case has a database file yet. */
    static boolean exists(Path caseFolder) {
        return Files.isRegularFile(caseFolder.resolve(STORE).resolve(FILE));
    }

    /**
     * The connection properties for {@link DataSourceFactory}: read-write for an open case, or read-only without any
     * file being created or touched (no trace file, no new database) for looking into a case that is not open.
     */
    static Properties properties(Path caseFolder, boolean readOnly) {
        String path = caseFolder.resolve(STORE).resolve(NAME).toAbsolutePath().toString().replace('\\', '/');
        if (path.indexOf(';') >= 0) {
            throw new IllegalArgumentException("The case database path must not contain ';': " + path);
        }
        String options = readOnly
                ? ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE"
                : ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=" + QUERY_CACHE;
        Properties properties = new Properties();
        properties.setProperty(DataSourceFactory.JDBC_URL, "jdbc:h2:file:" + path + options);
        properties.setProperty(DataSourceFactory.JDBC_USER, "sa");
        properties.setProperty(DataSourceFactory.JDBC_PASSWORD, "");
        return properties;
    }

    /** A pooled data source for an open case. */
    static ConnectionPoolDataSource pooledSource(DataSourceFactory factory, Path caseFolder) throws SQLException {
        return factory.createConnectionPoolDataSource(properties(caseFolder, false));
    }

    /**
     * Reads the area versions of a case that is not open, in read-only mode: nothing in the folder changes.
     *
     * @return area name to version; empty when there is no database yet
     */
    static Map<String, AreaVersion> readVersionsReadOnly(DataSourceFactory factory, Path caseFolder)
            throws SQLException {
        if (!exists(caseFolder)) {
            return Map.of();
        }
        try (Connection connection = factory.createDataSource(properties(caseFolder, true)).getConnection()) {
            return readVersions(connection);
        }
    }

    /** The area versions recorded in {@code schema_versions}; empty when the table does not exist yet. */
    static Map<String, AreaVersion> readVersions(Connection connection) throws SQLException {
        Map<String, AreaVersion> versions = new LinkedHashMap<>();
        if (!tableExists(connection, VERSIONS_TABLE)) {
            return versions;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement
                        .executeQuery("SELECT area, version, written_by FROM schema_versions ORDER BY area")) {
            while (rows.next()) {
                String writtenBy = rows.getString(3);
                versions.put(rows.getString(1), new AreaVersion(rows.getInt(2), writtenBy == null ? "" : writtenBy));
            }
        }
        return versions;
    }

    static boolean tableExists(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    /**
     * Applies the migrations of {@code area} that the database has not seen, each in its own transaction together
     * with the new version number.
     *
     * @return how many migrations ran
     * @throws MigrationException when one fails; the earlier ones stay applied
     */
    static int migrate(Connection connection, String area, List<CaseSchema.Migration> migrations, String writtenBy)
            throws MigrationException, SQLException {
        AreaVersion recorded = readVersions(connection).get(area);
        int from = recorded == null ? 0 : recorded.version();
        if (from >= migrations.size()) {
            return 0;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (int step = from; step < migrations.size(); step++) {
                try {
                    migrations.get(step).apply(connection);
                    recordVersion(connection, area, step + 1, writtenBy);
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    rollback(connection, e);
                    throw new MigrationException(area, step, e);
                }
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return migrations.size() - from;
    }

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void recordVersion(Connection connection, String area, int version, String writtenBy)
            throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO schema_versions (area, version, written_by, updated) KEY (area) VALUES (?, ?, ?, ?)")) {
            merge.setString(1, area);
            merge.setInt(2, version);
            merge.setString(3, writtenBy);
            merge.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            merge.executeUpdate();
        }
    }

    /** A migration failed. */
    static final class MigrationException extends Exception {
        private static final long serialVersionUID = 1L;

        private final String area;
        private final int step;

        MigrationException(String area, int step, Exception cause) {
            super("Migration " + (step + 1) + " of area '" + area + "' failed: " + cause.getMessage(), cause);
            this.area = area;
            this.step = step;
        }

        String area() {
            return area;
        }

        int step() {
            return step;
        }
    }
}
