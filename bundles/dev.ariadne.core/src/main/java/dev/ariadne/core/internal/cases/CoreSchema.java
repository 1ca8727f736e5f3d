package dev.ariadne.core.internal.cases;

import java.sql.Statement;
import java.util.List;

import dev.ariadne.api.cases.CaseSchema;

/**
 * The core's own area of the case database: the {@code schema_versions} bookkeeping table and the {@code records}
 * table behind {@link dev.ariadne.api.cases.CaseRecords}. Applied by {@link CaseServiceImpl} before any contributed
 * schema; not registered as a service.
 */
final class CoreSchema implements CaseSchema {

    static final String AREA = "core";

    private static final List<Migration> MIGRATIONS = List.of(
            connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE IF NOT EXISTS schema_versions ("
                            + "area VARCHAR(200) NOT NULL PRIMARY KEY, "
                            + "version INTEGER NOT NULL, "
                            + "written_by VARCHAR(200), "
                            + "updated TIMESTAMP WITH TIME ZONE NOT NULL)");
                    statement.execute("CREATE TABLE IF NOT EXISTS records ("
                            + "namespace VARCHAR(255) NOT NULL, "
                            + "record_key VARCHAR(1024) NOT NULL, "
                            + "record_value CHARACTER LARGE OBJECT NOT NULL, "
                            + "updated TIMESTAMP WITH TIME ZONE NOT NULL, "
                            + "PRIMARY KEY (namespace, record_key))");
                }
            });

    @Override
    public String area() {
        return AREA;
    }

    @Override
    public List<Migration> migrations() {
        return MIGRATIONS;
    }
}
