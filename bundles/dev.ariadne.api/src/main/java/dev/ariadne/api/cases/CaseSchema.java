package dev.ariadne.api.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The tables one area keeps in the case database, as an ordered list of migrations.
 *
 * <p>Registered as a whiteboard service by the bundle that owns the area (documents, search history, entities …).
 * The core applies, inside one transaction per migration, every migration a case has not seen yet: when the case is
 * opened, and when this service appears while a case is open. Migrations are called on the thread that opens the
 * case and must only run SQL on the connection they are given.
 */
@ConsumerType
public interface CaseSchema {

    /** The area name, unique across Ariadne, e.g. {@code "documents"}; the version is recorded per area. */
    String area();

    /** The migrations in order; migration {@code i} brings the area from version {@code i} to {@code i + 1}. */
    List<Migration> migrations();

    /** One step of a schema. */
    @FunctionalInterface
    @ConsumerType
    interface Migration {
        /** Applies this step on {@code connection}, inside a transaction the core commits. */
        void apply(Connection connection) throws SQLException;
    }
}
