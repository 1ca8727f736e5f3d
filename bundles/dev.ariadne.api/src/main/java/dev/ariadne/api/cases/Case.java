package dev.ariadne.api.cases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.annotation.versioning.ProviderType;

/**
 * An open case. Obtained from {@link CaseService}; valid until it is closed ({@link #isOpen()}).
 *
 * <p>Implemented by the core bundle. Thread-safe: any thread may read the case and open connections.
 */
@ProviderType
public interface Case {

    /** A stable random identifier, written once in {@code case.json}. */
    String id();

    /** The human name of the case. */
    String name();

    /** The case folder. */
    Path folder();

    /**
     * A folder of the case reserved for one area ({@code "index"}, {@code "blobs"}, {@code "reports"}, or a plugin's
     * symbolic name), created on first call.
     */
    Path area(String name);

    /** The schema version of the case database. */
    int schemaVersion();

    /** Small key-value records kept in the case database under one namespace (a plugin's symbolic name). */
    CaseRecords records(String namespace);

    /**
     * A new connection to the case database, for the Ariadne bundles that own tables in it (see
     * {@link CaseSchema}). The caller closes it. Plugins should prefer {@link #records(String)}.
     *
     * @throws SQLException when the case is closed or the database fails
     */
    Connection connect() throws SQLException;

    /** Whether the case is still open. */
    boolean isOpen();
}
