package dev.ariadne.core.internal.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import dev.ariadne.api.cases.CaseRecords;

/**
 * The records of one namespace in the {@code records} table of a case. Every call runs in its own auto-committed
 * statement, so each write is atomic and durable when it returns. Thread-safe. A database failure surfaces as an
 * {@link IllegalStateException} whose cause is the {@link SQLException}, since the interface declares none.
 */
final class CaseRecordsImpl implements CaseRecords {

    private final OpenCase owner;
    private final String namespace;

    CaseRecordsImpl(OpenCase owner, String namespace) {
        if (namespace == null || namespace.isBlank() || namespace.length() > 255) {
            throw new IllegalArgumentException("A records namespace must be 1 to 255 characters: '" + namespace + "'");
        }
        this.owner = owner;
        this.namespace = namespace;
    }

    @Override
    public String namespace() {
        return namespace;
    }

    @Override
    public Optional<String> get(String key) {
        checkKey(key);
        try (Connection connection = owner.connect();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT record_value FROM records WHERE namespace = ? AND record_key = ?")) {
            select.setString(1, namespace);
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read '" + key + "'", e);
        }
    }

    @Override
    public void put(String key, String value) {
        checkKey(key);
        Objects.requireNonNull(value, "value");
        try (Connection connection = owner.connect();
                PreparedStatement merge = connection.prepareStatement("MERGE INTO records "
                        + "(namespace, record_key, record_value, updated) KEY (namespace, record_key) "
                        + "VALUES (?, ?, ?, ?)")) {
            merge.setString(1, namespace);
            merge.setString(2, key);
            merge.setString(3, value);
            merge.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            merge.executeUpdate();
        } catch (SQLException e) {
            throw failure("write '" + key + "'", e);
        }
    }

    @Override
    public void remove(String key) {
        checkKey(key);
        try (Connection connection = owner.connect();
                PreparedStatement delete = connection
                        .prepareStatement("DELETE FROM records WHERE namespace = ? AND record_key = ?")) {
            delete.setString(1, namespace);
            delete.setString(2, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw failure("remove '" + key + "'", e);
        }
    }

    @Override
    public List<String> keys() {
        try (Connection connection = owner.connect();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT record_key FROM records WHERE namespace = ? ORDER BY record_key")) {
            select.setString(1, namespace);
            return keysOf(select);
        } catch (SQLException e) {
            throw failure("list the keys", e);
        }
    }

    @Override
    public List<String> find(String text) {
        Objects.requireNonNull(text, "text");
        try (Connection connection = owner.connect();
                PreparedStatement select = connection.prepareStatement("SELECT record_key FROM records "
                        + "WHERE namespace = ? AND LOCATE(?, LOWER(record_value)) > 0 ORDER BY record_key")) {
            select.setString(1, namespace);
            select.setString(2, text.toLowerCase(Locale.ROOT));
            return keysOf(select);
        } catch (SQLException e) {
            throw failure("search for '" + text + "'", e);
        }
    }

    private static List<String> keysOf(PreparedStatement select) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return List.copyOf(keys);
    }

    private static void checkKey(String key) {
        if (key == null || key.isEmpty() || key.length() > 1024) {
            throw new IllegalArgumentException("A record key must be 1 to 1024 characters");
        }
    }

    private IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("Cannot " + what + " in the records '" + namespace + "' of case '"
                + owner.name() + "': " + e.getMessage(), e);
    }

    @Override
    public String toString() {
        return "CaseRecords[" + namespace + " in " + owner.name() + "]";
    }
}
