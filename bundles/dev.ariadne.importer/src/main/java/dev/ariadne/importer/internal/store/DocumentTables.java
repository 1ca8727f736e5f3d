package dev.ariadne.importer.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.documents.DocumentText;

/**
 * Every SQL statement on the tables of {@link DocumentsSchema}, as static methods on a connection the caller owns.
 *
 * <p>Used by the import job (on its worker threads) and by {@code DocumentStoreImpl} (on any caller's thread); the
 * methods keep no state, so they are safe on any thread as long as each thread uses its own connection. Methods that
 * write a document do so in one transaction they commit themselves; the others run in whatever mode the connection
 * is in.
 */
public final class DocumentTables {

    /** The stage every stored document has been through. */
    public static final String IMPORTED = "imported";
    /** The version of the import stage; a new version would let documents be imported again. */
    public static final String IMPORTED_VERSION = "1";

    /** The longest text (or page list) kept in a row rather than in a large object: H2's longest VARCHAR. */
    static final int MAX_INLINE = 1_000_000;
    static final int MAX_TITLE = 4000;
    static final int MAX_AUTHORS = 4000;

    private static final String DOCUMENT_COLUMNS = "id, parent_id, title, authors, created, modified, media_type, "
            + "language, pages, size_bytes";

    /**
     * Where a document came from.
     *
     * @param path the source path (a file, or {@code archive!/member} for a member)
     * @param sizeBytes its size
     * @param mtimeMicros its modification time in microseconds since the epoch, or {@code null} for members
     */
    public record SourceRow(String path, long sizeBytes, Long mtimeMicros) {
    }

    /**
     * A document to store, text included.
     *
     * @param id the SHA-256 of the original bytes, lower-case hex
     * @param parentId the container it was found in, or {@code null}
     * @param metadata its metadata, complete (media type and size filled in)
     * @param text the extracted text, as it will be stored
     * @param pageStarts page start offsets into {@code text}
     * @param truncatedFrom the length the text had before it was cut to the limit, or {@code -1}
     * @param source the path it was imported from
     * @param registerFile whether the source is a file of the import whose size and time should be remembered
     */
    public record NewDocument(String id, String parentId, DocumentMetadata metadata, String text,
            List<Integer> pageStarts, long truncatedFrom, SourceRow source, boolean registerFile) {
    }

    /**
     * A file the registry remembers.
     *
     * @param sizeBytes its size when it was imported
     * @param mtimeMicros its modification time then
     * @param documentId the document it became
     */
    public record Registered(long sizeBytes, long mtimeMicros, String documentId) {
    }

    private DocumentTables() {
    }

    // ------------------------------------------------------------------------------------------------------------
    // writing

    /**
     * Stores a new document, its text, its first source, its registry entry and its {@value #IMPORTED} stage in one
     * transaction, committed before this method returns; rolled back on failure, leaving nothing behind.
     */
    public static void insert(Connection connection, NewDocument document) throws SQLException {
        insertAll(connection, List.of(document), List.of());
    }

    /**
     * Stores new documents, in this order (a parent before its children), with their texts, sources, registry
     * entries, stage {@code imported} and the further stage marks given, all in one transaction: after it, each
     * document is there with those marks, or (when it fails) none is.
     */
    public static void insertAll(Connection connection, List<NewDocument> documents, List<StageMark> marks)
            throws SQLException {
        if (documents.isEmpty() && marks.isEmpty()) {
            return;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (NewDocument document : documents) {
                insertRows(connection, document);
            }
            if (!marks.isEmpty()) {
                try (PreparedStatement merge = connection.prepareStatement("MERGE INTO document_stages "
                        + "(document_id, stage, version, done_at) KEY (document_id, stage) VALUES (?, ?, ?, ?)")) {
                    OffsetDateTime now = now();
                    for (StageMark mark : marks) {
                        merge.setString(1, mark.documentId());
                        merge.setString(2, mark.stage());
                        merge.setString(3, mark.version() == null ? "" : mark.version());
                        merge.setObject(4, now);
                        merge.addBatch();
                    }
                    merge.executeBatch();
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollback(connection, e);
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void insertRows(Connection connection, NewDocument document) throws SQLException {
        DocumentMetadata metadata = document.metadata();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO documents (" + DOCUMENT_COLUMNS
                + ", text_chars, truncated_from, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, document.id());
            insert.setString(2, document.parentId());
            insert.setString(3, clip(metadata.title(), MAX_TITLE));
            insert.setString(4, encodeAuthors(metadata.authors()));
            insert.setObject(5, metadata.created().map(DocumentTables::utc).orElse(null));
            insert.setObject(6, metadata.modified().map(DocumentTables::utc).orElse(null));
            insert.setString(7, metadata.mediaType());
            insert.setString(8, metadata.language());
            insert.setInt(9, metadata.pages());
            insert.setLong(10, metadata.sizeBytes());
            insert.setLong(11, document.text().length());
            if (document.truncatedFrom() >= 0) {
                insert.setLong(12, document.truncatedFrom());
            } else {
                insert.setNull(12, Types.BIGINT);
            }
            insert.setObject(13, now());
            insert.executeUpdate();
        }
        try (PreparedStatement text = connection.prepareStatement("INSERT INTO document_texts "
                + "(document_id, text_inline, text, pages_inline, page_starts) VALUES (?, ?, ?, ?, ?)")) {
            text.setString(1, document.id());
            boolean inline = document.text().length() <= MAX_INLINE;
            text.setString(2, inline ? document.text() : null);
            text.setString(3, inline ? null : document.text());
            String pages = encodePageStarts(document.pageStarts());
            boolean pagesInline = pages.length() <= MAX_INLINE;
            text.setString(4, pagesInline ? pages : null);
            text.setString(5, pagesInline ? null : pages);
            text.executeUpdate();
        }
        insertSource(connection, document.id(), document.source());
        if (document.registerFile()) {
            register(connection, document.source(), document.id());
        }
        writeStage(connection, document.id(), IMPORTED, IMPORTED_VERSION);
    }

    /**
     * Records one more source of an existing document (and remembers the file when {@code registerFile}), in one
     * transaction.
     *
     * @return whether the path was new for this document (a duplicate); {@code false} when it was already listed
     */
    public static boolean addSource(Connection connection, String documentId, SourceRow source, boolean registerFile)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            boolean known;
            try (PreparedStatement select = connection
                    .prepareStatement("SELECT 1 FROM document_sources WHERE document_id = ? AND path = ?")) {
                select.setString(1, documentId);
                select.setString(2, source.path());
                try (ResultSet rows = select.executeQuery()) {
                    known = rows.next();
                }
            }
            if (!known) {
                insertSource(connection, documentId, source);
            }
            if (registerFile) {
                register(connection, source, documentId);
            }
            connection.commit();
            return !known;
        } catch (SQLException | RuntimeException e) {
            rollback(connection, e);
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Records (or updates) that a document went through {@code stage} at {@code version}; auto-commit. */
    public static void markStage(Connection connection, String documentId, String stage, String version)
            throws SQLException {
        writeStage(connection, documentId, stage, version);
    }

    /**
     * One stage a document went through.
     *
     * @param documentId the document
     * @param stage the stage name
     * @param version the stage version
     */
    public record StageMark(String documentId, String stage, String version) {
    }

    /** Records several stage marks in one transaction, committed before this method returns. */
    public static void markStages(Connection connection, List<StageMark> marks) throws SQLException {
        if (marks.isEmpty()) {
            return;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement merge = connection.prepareStatement("MERGE INTO document_stages "
                + "(document_id, stage, version, done_at) KEY (document_id, stage) VALUES (?, ?, ?, ?)")) {
            OffsetDateTime now = now();
            for (StageMark mark : marks) {
                merge.setString(1, mark.documentId());
                merge.setString(2, mark.stage());
                merge.setString(3, mark.version() == null ? "" : mark.version());
                merge.setObject(4, now);
                merge.addBatch();
            }
            merge.executeBatch();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollback(connection, e);
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void insertSource(Connection connection, String documentId, SourceRow source)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO document_sources "
                + "(document_id, path, size_bytes, mtime_micros, added_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, documentId);
            insert.setString(2, source.path());
            insert.setLong(3, source.sizeBytes());
            if (source.mtimeMicros() == null) {
                insert.setNull(4, Types.BIGINT);
            } else {
                insert.setLong(4, source.mtimeMicros());
            }
            insert.setObject(5, now());
            insert.executeUpdate();
        }
    }

    private static void register(Connection connection, SourceRow source, String documentId) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement("MERGE INTO imported_files "
                + "(path, size_bytes, mtime_micros, document_id, imported_at) KEY (path) VALUES (?, ?, ?, ?, ?)")) {
            merge.setString(1, source.path());
            merge.setLong(2, source.sizeBytes());
            merge.setLong(3, source.mtimeMicros() == null ? -1 : source.mtimeMicros());
            merge.setString(4, documentId);
            merge.setObject(5, now());
            merge.executeUpdate();
        }
    }

    private static void writeStage(Connection connection, String documentId, String stage, String version)
            throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement("MERGE INTO document_stages "
                + "(document_id, stage, version, done_at) KEY (document_id, stage) VALUES (?, ?, ?, ?)")) {
            merge.setString(1, documentId);
            merge.setString(2, stage);
            merge.setString(3, version == null ? "" : version);
            merge.setObject(4, now());
            merge.executeUpdate();
        }
    }

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // reading

    /** Whether a document with this id is stored. */
    public static boolean exists(Connection connection, String documentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
            select.setString(1, documentId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * What the registry remembers of the files at or under {@code root} (a file, or a folder whose paths start with
     * it and a separator) whose document is still stored, by path: one query for a whole import root instead of one
     * per file.
     */
    public static Map<String, Registered> registeredUnder(Connection connection, String root, char separator)
            throws SQLException {
        Map<String, Registered> registered = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT f.path, f.size_bytes, f.mtime_micros, "
                + "f.document_id FROM imported_files f JOIN documents d ON d.id = f.document_id "
                + "WHERE f.path = ? OR f.path >= ? AND f.path < ?")) {
            select.setString(1, root);
            select.setString(2, root + separator);
            select.setString(3, root + (char) (separator + 1));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    registered.put(rows.getString(1), new Registered(rows.getLong(2), rows.getLong(3),
                            rows.getString(4)));
                }
            }
        }
        return registered;
    }

    /** The number of documents. */
    public static int count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM documents")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Documents {@code [offset, offset + limit)} in import order. */
    public static List<Document> list(Connection connection, int offset, int limit) throws SQLException {
        if (limit <= 0) {
            return List.of();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + DOCUMENT_COLUMNS + " FROM documents ORDER BY seq LIMIT ? OFFSET ?")) {
            select.setInt(1, limit);
            select.setInt(2, Math.max(0, offset));
            return documents(connection, select);
        }
    }

    /** One document. */
    public static Optional<Document> get(Connection connection, String documentId) throws SQLException {
        try (PreparedStatement select = connection
                .prepareStatement("SELECT " + DOCUMENT_COLUMNS + " FROM documents WHERE id = ?")) {
            select.setString(1, documentId);
            return documents(connection, select).stream().findFirst();
        }
    }

    /** The documents whose parent is {@code documentId}, in import order. */
    public static List<Document> children(Connection connection, String documentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + DOCUMENT_COLUMNS + " FROM documents WHERE parent_id = ? ORDER BY seq")) {
            select.setString(1, documentId);
            return documents(connection, select);
        }
    }

    /** The stored text and page starts of a document. */
    public static Optional<DocumentText> text(Connection connection, String documentId) throws SQLException {
        try (PreparedStatement select = connection
                .prepareStatement("SELECT COALESCE(text_inline, text), COALESCE(pages_inline, page_starts) "
                        + "FROM document_texts WHERE document_id = ?")) {
            select.setString(1, documentId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new DocumentText(documentId, rows.getString(1),
                        decodePageStarts(rows.getString(2))));
            }
        }
    }

    /** The stages a document went through, name to version. */
    public static Map<String, String> stages(Connection connection, String documentId) throws SQLException {
        Map<String, String> stages = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT stage, version FROM document_stages WHERE document_id = ? ORDER BY done_at, stage")) {
            select.setString(1, documentId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stages.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return stages;
    }

    /**
     * The ids of documents, in import order, that lack one of {@code stages} (name to version) at its version.
     *
     * @param stages the stages in force; when empty, nothing is pending
     */
    public static List<String> pending(Connection connection, Map<String, String> stages) throws SQLException {
        if (stages.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT d.id FROM documents d WHERE ");
        for (int i = 0; i < stages.size(); i++) {
            if (i > 0) {
                sql.append(" OR ");
            }
            sql.append("NOT EXISTS (SELECT 1 FROM document_stages s WHERE s.document_id = d.id AND s.stage = ? "
                    + "AND s.version = ?)");
        }
        sql.append(" ORDER BY d.seq");
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int parameter = 1;
            for (Map.Entry<String, String> stage : stages.entrySet()) {
                select.setString(parameter++, stage.getKey());
                select.setString(parameter++, stage.getValue());
            }
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    private static List<Document> documents(Connection connection, PreparedStatement select) throws SQLException {
        record Row(String id, String parentId, DocumentMetadata metadata) {
        }
        List<Row> rows = new ArrayList<>();
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                DocumentMetadata metadata = new DocumentMetadata(result.getString(3),
                        decodeAuthors(result.getString(4)), instant(result.getObject(5, OffsetDateTime.class)),
                        instant(result.getObject(6, OffsetDateTime.class)), result.getString(7), result.getString(8),
                        result.getInt(9), result.getLong(10));
                rows.add(new Row(result.getString(1), result.getString(2), metadata));
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(Row::id).toList();
        Map<String, List<String>> sources = grouped(connection,
                "SELECT document_id, path FROM document_sources WHERE document_id IN (%s) ORDER BY seq", ids);
        Map<String, List<String>> stages = grouped(connection,
                "SELECT document_id, stage FROM document_stages WHERE document_id IN (%s)", ids);
        List<Document> documents = new ArrayList<>(rows.size());
        for (Row row : rows) {
            documents.add(new Document(row.id(), row.metadata(), sources.getOrDefault(row.id(), List.of()),
                    Optional.ofNullable(row.parentId()),
                    new LinkedHashSet<>(stages.getOrDefault(row.id(), List.of()))));
        }
        return documents;
    }

    /**
     * The second column of {@code sql}'s rows grouped by its first, for {@code ids} put in the place of its {@code %s}
     * ({@value #IDS_PER_STATEMENT} parameters per statement: a list of parameters uses the key, where {@code = ANY}
     * of an array compared with the {@code CHAR} ids scanned the whole table).
     */
    private static Map<String, List<String>> grouped(Connection connection, String sql, Collection<String> ids)
            throws SQLException {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_STATEMENT) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_STATEMENT));
            try (PreparedStatement select = connection.prepareStatement(String.format(sql, parameters(chunk.size())))) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        grouped.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(rows.getString(2));
                    }
                }
            }
        }
        return grouped;
    }

    /** {@code ?, ?, ?} with {@code count} marks. */
    private static String parameters(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    // ------------------------------------------------------------------------------------------------------------
    // encodings

    static String clip(String value, int max) {
        if (value == null) {
            return "";
        }
        if (value.length() <= max) {
            return value;
        }
        int end = max;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end);
    }

    /** Authors one per line; line breaks inside a name become spaces. */
    static String encodeAuthors(List<String> authors) {
        StringBuilder encoded = new StringBuilder();
        for (String author : authors) {
            String clean = author == null ? "" : author.replaceAll("[\\r\\n]+", " ").strip();
            if (clean.isEmpty()) {
                continue;
            }
            if (encoded.length() + clean.length() + 1 > MAX_AUTHORS) {
                break;
            }
            if (encoded.length() > 0) {
                encoded.append('\n');
            }
            encoded.append(clean);
        }
        return encoded.toString();
    }

    static List<String> decodeAuthors(String encoded) {
        return encoded == null || encoded.isEmpty() ? List.of() : List.of(encoded.split("\n"));
    }

    /** Page starts as a comma-separated list. */
    static String encodePageStarts(List<Integer> pageStarts) {
        StringBuilder encoded = new StringBuilder(pageStarts.size() * 6);
        for (Integer start : pageStarts) {
            if (encoded.length() > 0) {
                encoded.append(',');
            }
            encoded.append(start);
        }
        return encoded.toString();
    }

    static List<Integer> decodePageStarts(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(encoded.split(",")).map(Integer::valueOf).toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Optional<Instant> instant(OffsetDateTime time) {
        return Optional.ofNullable(time).map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    // ------------------------------------------------------------------------------------------------------------
    // bulk reads

    /** The most ids one statement of {@link #texts} binds. */
    private static final int IDS_PER_STATEMENT = 100;

    /**
     * The stored texts and page starts of several documents, in as few statements as the ids need (one for a page
     * of search hits). The inline and large-object columns are read apart, so an inline text is not turned into a
     * large object and back as {@code COALESCE} over both would.
     *
     * @return the texts by document id, in the order of {@code documentIds}; unknown ids are absent
     */
    public static Map<String, DocumentText> texts(Connection connection, Collection<String> documentIds)
            throws SQLException {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(documentIds));
        Map<String, DocumentText> read = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT));
            try (PreparedStatement select = connection.prepareStatement("SELECT document_id, text_inline, text, "
                    + "pages_inline, page_starts FROM document_texts WHERE document_id IN (" + parameters(chunk.size())
                    + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String id = rows.getString(1);
                        String text = rows.getString(2);
                        if (text == null) {
                            text = rows.getString(3);
                        }
                        String pages = rows.getString(4);
                        if (pages == null) {
                            pages = rows.getString(5);
                        }
                        read.put(id, new DocumentText(id, text == null ? "" : text, decodePageStarts(pages)));
                    }
                }
            }
        }
        Map<String, DocumentText> texts = new LinkedHashMap<>();
        for (String id : ids) {
            DocumentText text = read.get(id);
            if (text != null) {
                texts.put(id, text);
            }
        }
        return texts;
    }
}
