package dev.ariadne.ui.entities.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseRecords;

/** An open case without a database: an id and a name. */
record FakeCase(String id, String name) implements Case {

    @Override
    public Path folder() {
        return Path.of(System.getProperty("java.io.tmpdir"), "ariadne-test-cases", id);
    }

    @Override
    public Path area(String area) {
        return folder().resolve(area);
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public CaseRecords records(String namespace) {
        throw new UnsupportedOperationException("no records in a test case");
    }

    @Override
    public Connection connect() throws SQLException {
        throw new SQLException("no database in a test case");
    }

    @Override
    public boolean isOpen() {
        return true;
    }
}
