package dev.ariadne.extract.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.entities.Cooccurrence;
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.Mention;
import dev.ariadne.api.entities.ResolvedMention;
import dev.ariadne.api.events.Topics;

/**
 * The entities area of the case database: writes a document's resolved mentions, keeps the entity counts, applies,
 * undoes and redoes corrections through the ledger, and answers the reads of the entity service.
 *
 * <p>A DS component registered as this class for the other components of this bundle. Thread-safe: reads run on the
 * caller's thread with their own connection; writes to one case are serialised by a per-case lock (extraction runs
 * in parallel, only its short write is serialised) and each runs in one transaction. After each write it posts
 * {@link Topics#ENTITY_CHANGED} with the case id when EventAdmin is present.
 */
@Component(service = EntityStore.class)
public class EntityStore {

    private static final Logger LOG = LoggerFactory.getLogger(EntityStore.class);
    /** The source of mentions added by hand. */
    static final String MANUAL_SOURCE = "manual/1";
    /** The most aliases listed per entity. */
    static final int MAX_ALIASES = 100;

    static final String IN_FORCE = "FORCE";
    static final String UNDONE = "UNDONE";
    static final String DROPPED = "DROPPED";

    /**
     * A mention of a document after merging and resolution, before corrections.
     *
     * @param mention the span with its raw type
     * @param name its raw canonical name
     * @param metonymyOf the country a capital stands for, or {@code null}
     */
    record Resolved(Mention mention, String name, String metonymyOf) {
    }

    /**
     * What the extraction of one document recorded.
     *
     * @param documentId the document
     * @param date its date, or {@code null}
     * @param extractors the extractors that ran, {@code name/version} joined by commas
     * @param partial whether the time budget ran out before the whole text was covered
     * @param covered how many chars of the text were covered
     * @param textChars the length of the text
     * @param millis how long the extraction took
     */
    record Status(String documentId, LocalDate date, String extractors, boolean partial, int covered, int textChars,
            long millis) {
    }

    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    /**
     * The corrections in force per open case instance (a case opened again is another instance, so a ledger changed
     * by another process in between is read again), read once and dropped whenever this store changes the ledger;
     * read and changed under the case's write lock.
     */
    private final Map<Case, List<LedgerFold.Entry>> ledgers = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    private static Case caseKey(Case aCase) {
        return aCase;
    }

    private List<LedgerFold.Entry> inForce(Case caseKey, Connection c) throws SQLException {
        List<LedgerFold.Entry> cached = ledgers.get(caseKey);
        if (cached == null) {
            cached = List.copyOf(ledger(c, IN_FORCE));
            ledgers.put(caseKey, cached);
        }
        return cached;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EventAdmin eventAdmin;

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in one transaction under the case's write lock, then posts ENTITY_CHANGED. */
    <T> T write(Case aCase, SqlWork<T> work) throws SQLException {
        ReentrantLock lock = locks.computeIfAbsent(aCase.id(), id -> new ReentrantLock());
        T result;
        lock.lock();
        try (Connection connection = aCase.connect()) {
            connection.setAutoCommit(false);
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } finally {
            lock.unlock();
        }
        changed(aCase);
        return result;
    }

    <T> T read(Case aCase, SqlWork<T> work) {
        try (Connection connection = aCase.connect()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the entities of " + aCase.name() + ": " + e.getMessage(), e);
        }
    }

    private void changed(Case aCase) {
        EventAdmin admin = eventAdmin;
        if (admin == null) {
            return;
        }
        try {
            admin.postEvent(new Event(Topics.ENTITY_CHANGED, Map.of(Topics.CASE_ID, aCase.id(),
                    Topics.CASE_FOLDER, aCase.folder().toString())));
        } catch (RuntimeException e) {
            LOG.warn("Could not post {}", Topics.ENTITY_CHANGED, e);
        }
    }

    // ---------------------------------------------------------------- extraction

    /** The unique person of the case with a word as first or last name, as the connection sees the case. */
    @FunctionalInterface
    interface People {
        Optional<String> uniquePerson(String word);
    }

    /**
     * A document's extraction to store: its status, and its mentions resolved against the people the case holds when
     * the document is stored (those of the documents stored before it in the same transaction included).
     */
    record Extracted(Status status, Function<People, List<Resolved>> resolve) {
    }

    /**
     * Replaces the extracted mentions of documents (hand-made ones stay), applying the corrections in force, and
     * records their extraction status: one document after another in one transaction, so one commit writes them all,
     * or none of them when one fails.
     *
     * @return the number of mentions stored for each document, in order
     */
    List<Integer> storeDocuments(Case aCase, List<Extracted> documents) throws SQLException {
        return write(aCase, c -> {
            People people = word -> {
                try {
                    return uniquePerson(c, word);
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot look up the people of " + aCase.name(), e);
                }
            };
            List<Integer> counts = new ArrayList<>();
            for (Extracted document : documents) {
                List<Resolved> mentions = document.resolve().apply(people);
                storeDocument(caseKey(aCase), c, document.status(), mentions);
                counts.add(mentions.size());
            }
            return counts;
        });
    }

    private void storeDocument(Case caseKey, Connection c, Status status, List<Resolved> mentions)
            throws SQLException {
        List<LedgerFold.Entry> ledger = inForce(caseKey, c);
        Optional<LocalDate> oldDate = documentDate(c, status.documentId());
        boolean reextracted = oldDate != null;
        // this document's mentions now: counts by entity (all), hand-made counts, and the forms extraction gave
        Map<String, Integer> before = new HashMap<>();
        Map<String, Integer> after = new HashMap<>();
        Map<String, Set<String>> oldForms = new HashMap<>();
        if (reextracted || hasManualMentions(c, status.documentId())) {
            mentionsInDocument(c, status.documentId(), before, after, oldForms);
        }
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM entity_mentions WHERE document_id = ? AND added_by IS NULL")) {
            delete.setString(1, status.documentId());
            delete.executeUpdate();
        }
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO entity_documents (document_id, doc_date, "
                + "extractors, partial, covered_chars, text_chars, millis, extracted) KEY (document_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            merge.setString(1, status.documentId());
            merge.setObject(2, status.date() == null ? null : Date.valueOf(status.date()), Types.DATE);
            merge.setString(3, cut(status.extractors(), 4000));
            merge.setBoolean(4, status.partial());
            merge.setInt(5, status.covered());
            merge.setInt(6, status.textChars());
            merge.setLong(7, status.millis());
            merge.setTimestamp(8, Timestamp.from(Instant.now()));
            merge.executeUpdate();
        }
        Map<String, LedgerFold.Outcome> names = new HashMap<>();
        Map<String, Set<String>> aliases = new HashMap<>();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO entity_mentions (document_id, start_pos, "
                + "end_pos, text, type, confidence, normalized, source, raw_type, raw_name, raw_key, entity_id, "
                + "added_by, metonymy_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)")) {
            for (Resolved r : mentions) {
                Mention m = r.mention();
                LedgerFold.Outcome outcome = LedgerFold.fold(ledger, new LedgerFold.Row(m.documentId(), m.start(),
                        m.end(), m.text(), m.type(), r.name(), null));
                String id = outcome == null ? null : EntityIds.of(outcome.type(), outcome.name());
                insert.setString(1, status.documentId());
                insert.setInt(2, m.start());
                insert.setInt(3, m.end());
                insert.setString(4, cut(m.text(), EntitiesSchema.MAX_TEXT));
                insert.setString(5, (outcome == null ? m.type() : outcome.type()).name());
                insert.setDouble(6, m.confidence());
                insert.setString(7, m.normalized() == null ? null : cut(m.normalized(), EntitiesSchema.MAX_TEXT));
                insert.setString(8, cut(m.source() == null ? "" : m.source(), 200));
                insert.setString(9, m.type().name());
                insert.setString(10, cut(r.name(), EntitiesSchema.MAX_TEXT));
                insert.setString(11, cut(LedgerFold.key(m.type(), r.name()), EntitiesSchema.MAX_TEXT + 20));
                insert.setString(12, id);
                insert.setString(13, r.metonymyOf() == null ? null : cut(r.metonymyOf(), EntitiesSchema.MAX_TEXT));
                insert.addBatch();
                if (id != null) {
                    after.merge(id, 1, Integer::sum);
                    names.putIfAbsent(id, outcome);
                    Set<String> forms = aliases.computeIfAbsent(id, k -> new LinkedHashSet<>());
                    forms.add(cut(m.text(), EntitiesSchema.MAX_TEXT));
                    forms.add(cut(r.name(), EntitiesSchema.MAX_TEXT));
                }
            }
            insert.executeBatch();
        }
        Set<String> affected = new HashSet<>(before.keySet());
        affected.addAll(after.keySet());
        if (reextracted) {
            Set<String> exact = new HashSet<>(affected);
            if (Objects.equals(oldDate.orElse(null), status.date())) {
                exact = deltaUpdate(c, affected, before, after, names, oldForms, aliases);
            }
            refresh(c, exact, names);
            return;
        }
        // a new document: counts move by this document's share only
        List<String> ids = new ArrayList<>();
        try (PreparedStatement update = c.prepareStatement("UPDATE entities SET mentions = mentions + ?, "
                + "documents = documents + ?, first_date = LEAST(COALESCE(first_date, ?), COALESCE(?, first_date)), "
                + "last_date = GREATEST(COALESCE(last_date, ?), COALESCE(?, last_date)) WHERE id = ?")) {
            Date date = status.date() == null ? null : Date.valueOf(status.date());
            for (String id : affected) {
                int dm = after.getOrDefault(id, 0) - before.getOrDefault(id, 0);
                int dd = (after.containsKey(id) ? 1 : 0) - (before.containsKey(id) ? 1 : 0);
                if (names.get(id) == null || dm == 0 && dd == 0) {
                    continue;
                }
                update.setInt(1, dm);
                update.setInt(2, dd);
                for (int i = 3; i <= 6; i++) {
                    update.setObject(i, date, Types.DATE);
                }
                update.setString(7, id);
                update.addBatch();
                ids.add(id);
            }
            int[] updated = update.executeBatch();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO entities (id, name, name_lower, type, "
                    + "mentions, documents, first_date, last_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                boolean any = false;
                for (int k = 0; k < ids.size(); k++) {
                    if (updated[k] != 0) {
                        continue;
                    }
                    String id = ids.get(k);
                    LedgerFold.Outcome outcome = names.get(id);
                    String name = cut(outcome.name(), EntitiesSchema.MAX_TEXT);
                    insert.setString(1, id);
                    insert.setString(2, name);
                    insert.setString(3, name.toLowerCase(Locale.ROOT));
                    insert.setString(4, outcome.type().name());
                    insert.setInt(5, after.getOrDefault(id, 0) - before.getOrDefault(id, 0));
                    insert.setInt(6, (after.containsKey(id) ? 1 : 0) - (before.containsKey(id) ? 1 : 0));
                    insert.setDate(7, date);
                    insert.setDate(8, date);
                    insert.addBatch();
                    any = true;
                }
                if (any) {
                    insert.executeBatch();
                }
            }
        }
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO entity_aliases (entity_id, alias, alias_lower) "
                + "KEY (entity_id, alias) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, Set<String>> e : aliases.entrySet()) {
                String lowerName = names.get(e.getKey()).name().toLowerCase(Locale.ROOT);
                for (String alias : e.getValue()) {
                    String lower = alias.toLowerCase(Locale.ROOT);
                    if (!lower.equals(lowerName)) {
                        merge.setString(1, e.getKey());
                        merge.setString(2, alias);
                        merge.setString(3, lower);
                        merge.addBatch();
                    }
                }
            }
            merge.executeBatch();
        }
    }

    /**
     * Moves the counts of the entities of a document extracted again by this document's share only, and adds their new
     * aliases, where that gives what a full recount ({@link #refresh}) would: the entity keeps this document, its
     * stored name is the one resolved now, and every alias this document gave it before is still given (the
     * document's date is unchanged, which the caller checks). Re-extraction with the same extractors is the common
     * case, and a recount reads every mention of an entity in the whole case, per document.
     *
     * @return the entities that need the full recount
     */
    private static Set<String> deltaUpdate(Connection c, Set<String> affected, Map<String, Integer> before,
            Map<String, Integer> after, Map<String, LedgerFold.Outcome> names, Map<String, Set<String>> oldForms,
            Map<String, Set<String>> newForms) throws SQLException {
        Set<String> slow = new HashSet<>();
        if (affected.isEmpty()) {
            return slow;
        }
        Map<String, String> stored = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, name FROM entities WHERE id = ANY(?)")) {
            s.setArray(1, c.createArrayOf("VARCHAR", affected.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        List<String> fast = new ArrayList<>();
        for (String id : affected) {
            LedgerFold.Outcome outcome = names.get(id);
            String name = stored.get(id);
            boolean kept = before.containsKey(id) && after.containsKey(id);
            if (!kept || outcome == null || name == null
                    || !name.equals(cut(outcome.name(), EntitiesSchema.MAX_TEXT))
                    || !newForms.getOrDefault(id, Set.of()).containsAll(oldForms.getOrDefault(id, Set.of()))) {
                slow.add(id);
            } else {
                fast.add(id);
            }
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE entities SET mentions = mentions + ? WHERE id = ?");
                PreparedStatement merge = c.prepareStatement("MERGE INTO entity_aliases (entity_id, alias, "
                        + "alias_lower) KEY (entity_id, alias) VALUES (?, ?, ?)")) {
            boolean updates = false;
            boolean merges = false;
            for (String id : fast) {
                int dm = after.get(id) - before.get(id);
                if (dm != 0) {
                    update.setInt(1, dm);
                    update.setString(2, id);
                    update.addBatch();
                    updates = true;
                }
                String lowerName = stored.get(id).toLowerCase(Locale.ROOT);
                Set<String> old = oldForms.getOrDefault(id, Set.of());
                for (String alias : newForms.getOrDefault(id, Set.of())) {
                    String lower = alias.toLowerCase(Locale.ROOT);
                    if (!old.contains(alias) && !lower.equals(lowerName)) {
                        merge.setString(1, id);
                        merge.setString(2, alias);
                        merge.setString(3, lower);
                        merge.addBatch();
                        merges = true;
                    }
                }
            }
            if (updates) {
                update.executeBatch();
            }
            if (merges) {
                merge.executeBatch();
            }
        }
        return slow;
    }

    /** The date recorded for an extracted document: {@code null} when it was never extracted, else maybe empty. */
    private static Optional<LocalDate> documentDate(Connection c, String documentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT doc_date FROM entity_documents WHERE document_id = ?")) {
            s.setString(1, documentId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Date date = rs.getDate(1);
                return Optional.ofNullable(date == null ? null : date.toLocalDate());
            }
        }
    }

    /**
     * Reads a document's mentions that name an entity, before its extracted ones are replaced: into {@code counts}
     * the mentions per entity, into {@code manual} the hand-made ones per entity (they stay), into {@code forms} the
     * alias forms (text and raw name) of the extracted ones.
     */
    private static void mentionsInDocument(Connection c, String documentId, Map<String, Integer> counts,
            Map<String, Integer> manual, Map<String, Set<String>> forms) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT entity_id, text, raw_name, added_by FROM "
                + "entity_mentions WHERE document_id = ? AND entity_id IS NOT NULL")) {
            s.setString(1, documentId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    counts.merge(id, 1, Integer::sum);
                    if (rs.getString(4) != null) {
                        manual.merge(id, 1, Integer::sum);
                    } else {
                        Set<String> set = forms.computeIfAbsent(id, k -> new HashSet<>());
                        set.add(rs.getString(2));
                        if (rs.getString(3) != null) {
                            set.add(rs.getString(3));
                        }
                    }
                }
            }
        }
    }

    private static boolean hasManualMentions(Connection c, String documentId) throws SQLException {
        return exists(c, "SELECT 1 FROM entity_mentions WHERE document_id = ? AND added_by IS NOT NULL",
                documentId);
    }

    /** Recounts entities from their mentions: counts, dates, aliases; removes those left without mentions. */
    private static void refresh(Connection c, Collection<String> ids, Map<String, LedgerFold.Outcome> names)
            throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Array array = c.createArrayOf("VARCHAR", ids.toArray());
        Map<String, String[]> existing = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, name, type FROM entities WHERE id = ANY(?)")) {
            s.setArray(1, array);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    existing.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM entities WHERE id = ANY(?)")) {
            s.setArray(1, array);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM entity_aliases WHERE entity_id = ANY(?)")) {
            s.setArray(1, array);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT m.entity_id, COUNT(*), COUNT(DISTINCT m.document_id), "
                + "MIN(d.doc_date), MAX(d.doc_date), MIN(m.type), MIN(m.raw_name) FROM entity_mentions m "
                + "LEFT JOIN entity_documents d ON d.document_id = m.document_id "
                + "WHERE m.entity_id = ANY(?) GROUP BY m.entity_id");
                PreparedStatement insert = c.prepareStatement("INSERT INTO entities (id, name, name_lower, type, "
                        + "mentions, documents, first_date, last_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setArray(1, array);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    LedgerFold.Outcome outcome = names.get(id);
                    String[] old = existing.get(id);
                    String name = outcome != null ? outcome.name() : old != null ? old[0] : rs.getString(7);
                    String type = outcome != null ? outcome.type().name() : old != null ? old[1] : rs.getString(6);
                    name = cut(name, EntitiesSchema.MAX_TEXT);
                    insert.setString(1, id);
                    insert.setString(2, name);
                    insert.setString(3, name.toLowerCase(Locale.ROOT));
                    insert.setString(4, type);
                    insert.setInt(5, rs.getInt(2));
                    insert.setInt(6, rs.getInt(3));
                    insert.setDate(7, rs.getDate(4));
                    insert.setDate(8, rs.getDate(5));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO entity_aliases (entity_id, alias, alias_lower) "
                + "SELECT x.entity_id, x.alias, LOWER(x.alias) FROM (SELECT entity_id, text AS alias "
                + "FROM entity_mentions WHERE entity_id = ANY(?) UNION SELECT entity_id, raw_name AS alias "
                + "FROM entity_mentions WHERE entity_id = ANY(?)) x JOIN entities e ON e.id = x.entity_id "
                + "WHERE LOWER(x.alias) <> e.name_lower")) {
            s.setArray(1, array);
            s.setArray(2, array);
            s.executeUpdate();
        }
    }

    // ---------------------------------------------------------------- corrections

    /**
     * Applies a new correction case-wide and records it in force; the undone entries leave the redo stack.
     *
     * @return its ledger sequence number
     * @throws IllegalArgumentException when the correction names no entity of the case or is malformed
     */
    long apply(Case aCase, Correction correction) throws SQLException {
        return write(aCase, c -> {
            ledgers.remove(caseKey(aCase));
            Correction canonical = canonical(c, correction);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE entity_ledger SET state = '" + DROPPED + "' WHERE state = '" + UNDONE + "'");
            }
            long seq;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO entity_ledger (kind, json, state, made) "
                    + "VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, LedgerJson.kind(canonical));
                s.setString(2, LedgerJson.write(canonical));
                s.setString(3, IN_FORCE);
                s.setTimestamp(4, Timestamp.from(Instant.now()));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    seq = keys.getLong(1);
                }
            }
            if (canonical instanceof Correction.AddMention add) {
                Mention m = add.mention();
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO entity_mentions (document_id, "
                        + "start_pos, end_pos, text, type, confidence, normalized, source, raw_type, raw_name, "
                        + "raw_key, entity_id, added_by, metonymy_of) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL)")) {
                    insert.setString(1, m.documentId());
                    insert.setInt(2, m.start());
                    insert.setInt(3, m.end());
                    insert.setString(4, cut(m.text(), EntitiesSchema.MAX_TEXT));
                    insert.setString(5, m.type().name());
                    insert.setDouble(6, m.confidence());
                    insert.setString(7, m.normalized());
                    insert.setString(8, m.source() == null ? MANUAL_SOURCE : m.source());
                    insert.setString(9, m.type().name());
                    insert.setString(10, cut(add.entityName(), EntitiesSchema.MAX_TEXT));
                    insert.setString(11, cut(LedgerFold.key(m.type(), add.entityName()),
                            EntitiesSchema.MAX_TEXT + 20));
                    insert.setLong(12, seq);
                    insert.executeUpdate();
                }
            }
            recompute(c, canonical, ledger(c, IN_FORCE));
            return seq;
        });
    }

    /** Puts a ledger entry out of force (undo) or back in force (redo) and recomputes what it touches. */
    Optional<Correction> setInForce(Case aCase, long seq, boolean inForce) throws SQLException {
        return write(aCase, c -> {
            ledgers.remove(caseKey(aCase));
            String state = null;
            String json = null;
            try (PreparedStatement s = c.prepareStatement("SELECT state, json FROM entity_ledger WHERE seq = ?")) {
                s.setLong(1, seq);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        state = rs.getString(1);
                        json = rs.getString(2);
                    }
                }
            }
            if (state == null || inForce == IN_FORCE.equals(state)) {
                return Optional.empty();
            }
            Correction correction = LedgerJson.read(json);
            List<LedgerFold.Entry> all = new ArrayList<>(ledger(c, IN_FORCE));
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE entity_ledger SET state = ?, undo_order = ? WHERE seq = ?")) {
                s.setString(1, inForce ? IN_FORCE : UNDONE);
                if (inForce) {
                    s.setNull(2, Types.BIGINT);
                } else {
                    s.setLong(2, nextUndoOrder(c));
                }
                s.setLong(3, seq);
                s.executeUpdate();
            }
            all.add(new LedgerFold.Entry(seq, correction));
            List<LedgerFold.Entry> closure = all;
            recompute(c, correction, ledger(c, IN_FORCE), closure);
            return Optional.of(correction);
        });
    }

    /** The sequence number of the newest entry in force, or of the most recently undone entry. */
    Optional<Long> newest(Case aCase, boolean inForce) {
        return read(aCase, c -> {
            String sql = inForce ? "SELECT MAX(seq) FROM entity_ledger WHERE state = '" + IN_FORCE + "'"
                    : "SELECT seq FROM entity_ledger WHERE state = '" + UNDONE + "' ORDER BY undo_order DESC "
                            + "FETCH FIRST 1 ROWS ONLY";
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                if (rs.next()) {
                    long seq = rs.getLong(1);
                    return rs.wasNull() ? Optional.empty() : Optional.of(seq);
                }
                return Optional.empty();
            }
        });
    }

    private static long nextUndoOrder(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(undo_order), 0) + 1 FROM entity_ledger")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The corrections in force (or in another state), oldest first. */
    static List<LedgerFold.Entry> ledger(Connection c, String state) throws SQLException {
        List<LedgerFold.Entry> entries = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT seq, json FROM entity_ledger WHERE state = ? ORDER BY seq")) {
            s.setString(1, state);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    try {
                        entries.add(new LedgerFold.Entry(rs.getLong(1), LedgerJson.read(rs.getString(2))));
                    } catch (IllegalArgumentException e) {
                        LOG.warn("Ignoring unreadable ledger entry {}: {}", rs.getLong(1), e.getMessage());
                    }
                }
            }
        }
        return entries;
    }

    List<Correction> ledger(Case aCase) {
        return read(aCase, c -> ledger(c, IN_FORCE).stream().map(LedgerFold.Entry::correction).toList());
    }

    private static void recompute(Connection c, Correction correction, List<LedgerFold.Entry> ledger)
            throws SQLException {
        recompute(c, correction, ledger, ledger);
    }

    /**
     * Recomputes the mentions a correction can touch from their raw state and the ledger in force.
     *
     * @param ledger the corrections in force
     * @param closure the corrections whose mappings widen the set of touched keys (in force plus the one undone)
     */
    private static void recompute(Connection c, Correction correction, List<LedgerFold.Entry> ledger,
            List<LedgerFold.Entry> closure) throws SQLException {
        Set<String> keys = LedgerFold.touchedKeys(correction, closure);
        StringBuilder sql = new StringBuilder("SELECT id, document_id, start_pos, end_pos, text, raw_type, raw_name, "
                + "added_by, entity_id, type FROM entity_mentions WHERE raw_key = ANY(?) OR added_by IS NOT NULL");
        Mention span = correction instanceof Correction.AddMention add ? add.mention() : null;
        if (span != null) {
            sql.append(" OR (document_id = ? AND start_pos < ? AND end_pos > ?)");
        }
        Map<String, LedgerFold.Outcome> names = new HashMap<>();
        Set<String> affected = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(sql.toString());
                PreparedStatement update = c.prepareStatement(
                        "UPDATE entity_mentions SET entity_id = ?, type = ? WHERE id = ?")) {
            s.setArray(1, c.createArrayOf("VARCHAR", keys.toArray()));
            if (span != null) {
                s.setString(2, span.documentId());
                s.setInt(3, span.end());
                s.setInt(4, span.start());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long addedBy = rs.getLong(8);
                    Long added = rs.wasNull() ? null : addedBy;
                    EntityType rawType = EntityType.valueOf(rs.getString(6));
                    LedgerFold.Row row = new LedgerFold.Row(rs.getString(2), rs.getInt(3), rs.getInt(4),
                            rs.getString(5), rawType, rs.getString(7), added);
                    LedgerFold.Outcome outcome = LedgerFold.fold(ledger, row);
                    String oldId = rs.getString(9);
                    String newId = outcome == null ? null : EntityIds.of(outcome.type(), outcome.name());
                    String newType = outcome == null ? rs.getString(10) : outcome.type().name();
                    if (newId != null) {
                        names.put(newId, outcome);
                        affected.add(newId);
                    }
                    if (oldId != null) {
                        affected.add(oldId);
                    }
                    if (!java.util.Objects.equals(oldId, newId) || !newType.equals(rs.getString(10))) {
                        update.setString(1, newId);
                        update.setString(2, newType);
                        update.setLong(3, rs.getLong(1));
                        update.addBatch();
                    }
                }
            }
            update.executeBatch();
        }
        refresh(c, affected, names);
    }

    /**
     * The correction with its names made canonical (an alias of exactly one entity of the type stands for it).
     *
     * @throws IllegalArgumentException when it names no entity of the case or a name is blank
     */
    private static Correction canonical(Connection c, Correction correction) throws SQLException {
        if (correction instanceof Correction.Rename r) {
            requireName(r.newName());
            return new Correction.Rename(existing(c, r.entityName(), r.type()), r.type(), r.newName().strip());
        } else if (correction instanceof Correction.Retype r) {
            return new Correction.Retype(existing(c, r.entityName(), r.type()), r.type(), r.newType());
        } else if (correction instanceof Correction.Merge m) {
            List<String> others = new ArrayList<>();
            String into = existing(c, m.into(), m.type());
            for (String o : m.others()) {
                if (o == null || o.isBlank() || findId(c, o, m.type()).isEmpty()) {
                    continue;
                }
                String name = existing(c, o, m.type());
                if (!Names.key(name).equals(Names.key(into)) && !others.contains(name)) {
                    others.add(name);
                }
            }
            if (others.isEmpty()) {
                throw new IllegalArgumentException("nothing to merge into '" + into + "'");
            }
            return new Correction.Merge(m.type(), into, others);
        } else if (correction instanceof Correction.Split s) {
            requireName(s.newName());
            if (s.aliases().isEmpty()) {
                throw new IllegalArgumentException("a split needs the aliases that move to '" + s.newName() + "'");
            }
            return new Correction.Split(existing(c, s.entityName(), s.type()), s.type(), s.newName().strip(),
                    s.aliases());
        } else if (correction instanceof Correction.Delete d) {
            return new Correction.Delete(existing(c, d.entityName(), d.type()), d.type());
        } else if (correction instanceof Correction.AddMention a) {
            requireName(a.entityName());
            Mention m = a.mention();
            if (m.end() <= m.start()) {
                throw new IllegalArgumentException("an added mention needs a non-empty span");
            }
            String source = m.source() == null || m.source().isBlank() ? MANUAL_SOURCE : m.source();
            return new Correction.AddMention(new Mention(m.documentId(), m.start(), m.end(), m.text(), m.type(),
                    m.confidence(), m.normalized(), source), a.entityName().strip());
        }
        throw new IllegalArgumentException("unknown correction " + correction);
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name must not be blank");
        }
    }

    /** The canonical name of the entity of a type with this name or alias. */
    private static String existing(Connection c, String name, EntityType type) throws SQLException {
        requireName(name);
        Optional<String> id = findId(c, name, type);
        if (id.isEmpty()) {
            throw new IllegalArgumentException("no " + type + " entity named '" + name + "' in this case");
        }
        try (PreparedStatement s = c.prepareStatement("SELECT name FROM entities WHERE id = ?")) {
            s.setString(1, id.get());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    // ---------------------------------------------------------------- reads

    static Optional<String> findId(Connection c, String name, EntityType type) throws SQLException {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM entities WHERE name_lower = ?"
                + (type == null ? "" : " AND type = ?") + " ORDER BY mentions DESC FETCH FIRST 1 ROWS ONLY")) {
            s.setString(1, lower);
            if (type != null) {
                s.setString(2, type.name());
            }
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return Optional.of(rs.getString(1));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT e.id FROM entity_aliases a JOIN entities e "
                + "ON e.id = a.entity_id WHERE a.alias_lower = ?" + (type == null ? "" : " AND e.type = ?")
                + " ORDER BY e.mentions DESC FETCH FIRST 1 ROWS ONLY")) {
            s.setString(1, lower);
            if (type != null) {
                s.setString(2, type.name());
            }
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return Optional.of(rs.getString(1));
                }
            }
        }
        return Optional.empty();
    }

    private static String like(String filter) {
        String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return "%" + f.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static final String ENTITY_COLUMNS = "e.id, e.name, e.type, e.mentions, e.documents, e.first_date, "
            + "e.last_date";

    private static String where(EntityType type, String filter) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        if (type != null) {
            w.append(" AND e.type = ?");
        }
        if (filter != null && !filter.isBlank()) {
            w.append(" AND (e.name_lower LIKE ? ESCAPE '\\' OR e.id IN (SELECT a.entity_id FROM entity_aliases a "
                    + "WHERE a.alias_lower LIKE ? ESCAPE '\\'))");
        }
        return w.toString();
    }

    private static int bind(PreparedStatement s, EntityType type, String filter) throws SQLException {
        int i = 1;
        if (type != null) {
            s.setString(i++, type.name());
        }
        if (filter != null && !filter.isBlank()) {
            s.setString(i++, like(filter));
            s.setString(i++, like(filter));
        }
        return i;
    }

    List<Entity> entities(Case aCase, EntityType type, String filter, int offset, int limit) {
        return read(aCase, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + ENTITY_COLUMNS + " FROM entities e"
                    + where(type, filter) + " ORDER BY e.mentions DESC, e.name_lower, e.id OFFSET ? ROWS "
                    + "FETCH NEXT ? ROWS ONLY")) {
                int i = bind(s, type, filter);
                s.setInt(i++, Math.max(0, offset));
                s.setInt(i, Math.max(0, limit));
                return withAliases(c, s);
            }
        });
    }

    int count(Case aCase, EntityType type, String filter) {
        return read(aCase, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM entities e" + where(type, filter))) {
                bind(s, type, filter);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    Optional<Entity> entity(Case aCase, String entityId) {
        return read(aCase, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + ENTITY_COLUMNS + " FROM entities e "
                    + "WHERE e.id = ?")) {
                s.setString(1, entityId);
                return withAliases(c, s).stream().findFirst();
            }
        });
    }

    Optional<Entity> find(Case aCase, String name, EntityType type) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Optional<String> id = read(aCase, c -> findId(c, name, type));
        return id.flatMap(i -> entity(aCase, i));
    }

    private static List<Entity> withAliases(Connection c, PreparedStatement s) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Date first = rs.getDate(6);
                Date last = rs.getDate(7);
                rows.add(new Object[] {rs.getString(1), rs.getString(2), EntityType.valueOf(rs.getString(3)),
                        rs.getInt(4), rs.getInt(5), first == null ? null : first.toLocalDate(),
                        last == null ? null : last.toLocalDate()});
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> aliases = new HashMap<>();
        try (PreparedStatement a = c.prepareStatement("SELECT entity_id, alias FROM entity_aliases "
                + "WHERE entity_id = ANY(?) ORDER BY entity_id, alias")) {
            a.setArray(1, c.createArrayOf("VARCHAR", rows.stream().map(r -> r[0]).toArray()));
            try (ResultSet rs = a.executeQuery()) {
                while (rs.next()) {
                    List<String> list = aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                    if (list.size() < MAX_ALIASES) {
                        list.add(rs.getString(2));
                    }
                }
            }
        }
        List<Entity> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new Entity((String) r[0], (String) r[1], (EntityType) r[2],
                    aliases.getOrDefault((String) r[0], List.of()), (Integer) r[3], (Integer) r[4],
                    Optional.ofNullable((LocalDate) r[5]), Optional.ofNullable((LocalDate) r[6])));
        }
        return out;
    }

    private static final String MENTION_COLUMNS = "m.document_id, m.start_pos, m.end_pos, m.text, m.type, "
            + "m.confidence, m.normalized, m.source, m.entity_id, e.name, m.metonymy_of";

    private static List<ResolvedMention> mentions(PreparedStatement s) throws SQLException {
        List<ResolvedMention> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Mention m = new Mention(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        EntityType.valueOf(rs.getString(5)), rs.getDouble(6), rs.getString(7), rs.getString(8));
                out.add(new ResolvedMention(m, rs.getString(9), rs.getString(10), rs.getString(11)));
            }
        }
        return out;
    }

    List<ResolvedMention> mentions(Case aCase, String documentId) {
        return read(aCase, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + MENTION_COLUMNS + " FROM entity_mentions m "
                    + "JOIN entities e ON e.id = m.entity_id" + (documentId == null ? "" : " WHERE m.document_id = ?")
                    + " ORDER BY m.document_id, m.start_pos, m.end_pos")) {
                if (documentId != null) {
                    s.setString(1, documentId);
                }
                return mentions(s);
            }
        });
    }

    List<ResolvedMention> mentionsOf(Case aCase, String entityId) {
        return read(aCase, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + MENTION_COLUMNS + " FROM entity_mentions m "
                    + "JOIN entities e ON e.id = m.entity_id WHERE m.entity_id = ? "
                    + "ORDER BY m.document_id, m.start_pos, m.end_pos")) {
                s.setString(1, entityId);
                return mentions(s);
            }
        });
    }

    Set<String> documentsMentioning(Case aCase, String name) {
        if (name == null || name.isBlank()) {
            return Set.of();
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return read(aCase, c -> {
            Set<String> docs = new LinkedHashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT m.document_id FROM entity_mentions m "
                    + "WHERE m.entity_id IN (SELECT id FROM entities WHERE name_lower = ? "
                    + "UNION SELECT entity_id FROM entity_aliases WHERE alias_lower = ?)")) {
                s.setString(1, lower);
                s.setString(2, lower);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        docs.add(rs.getString(1));
                    }
                }
            }
            return docs;
        });
    }

    Map<String, Integer> topEntities(Case aCase, Collection<String> documentIds, int limit) {
        if (documentIds == null || documentIds.isEmpty() || limit <= 0) {
            return Map.of();
        }
        return read(aCase, c -> {
            Map<String, Integer> top = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT e.name, COUNT(DISTINCT m.document_id) n "
                    + "FROM entity_mentions m JOIN entities e ON e.id = m.entity_id "
                    + "WHERE m.document_id = ANY(?) AND m.entity_id IS NOT NULL GROUP BY e.id, e.name "
                    + "ORDER BY n DESC, e.name FETCH FIRST ? ROWS ONLY")) {
                s.setArray(1, c.createArrayOf("VARCHAR", documentIds.toArray()));
                s.setInt(2, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        top.merge(rs.getString(1), rs.getInt(2), Math::max);
                    }
                }
            }
            return top;
        });
    }

    List<Cooccurrence> cooccurring(Case aCase, String entityId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<Object[]> ids = read(aCase, c -> {
            List<Object[]> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT o.entity_id, COUNT(DISTINCT o.document_id) n "
                    + "FROM entity_mentions o WHERE o.document_id IN (SELECT DISTINCT document_id "
                    + "FROM entity_mentions WHERE entity_id = ?) AND o.entity_id IS NOT NULL AND o.entity_id <> ? "
                    + "GROUP BY o.entity_id ORDER BY n DESC, o.entity_id FETCH FIRST ? ROWS ONLY")) {
                s.setString(1, entityId);
                s.setString(2, entityId);
                s.setInt(3, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Object[] {rs.getString(1), rs.getInt(2)});
                    }
                }
            }
            return out;
        });
        List<Cooccurrence> out = new ArrayList<>();
        for (Object[] row : ids) {
            entity(aCase, (String) row[0]).ifPresent(e -> out.add(new Cooccurrence(e, (Integer) row[1])));
        }
        return out;
    }

    /** At most two people whose name has a word as its last or first word (the word twice, lower case). */
    static final String PERSON_BY_WORD = "SELECT name FROM entities WHERE last_word = ? AND type = 'PERSON' UNION "
            + "SELECT name FROM entities WHERE first_word = ? AND type = 'PERSON' FETCH FIRST 2 ROWS ONLY";

    /** The unique full PERSON name of the case with {@code part} as its last (or first) word, if exactly one. */
    Optional<String> uniquePerson(Case aCase, String part) {
        return read(aCase, c -> uniquePerson(c, part));
    }

    private static Optional<String> uniquePerson(Connection c, String part) throws SQLException {
        String lower = part.toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(PERSON_BY_WORD)) {
            s.setString(1, lower);
            s.setString(2, lower);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
    }

    /** The extraction status of a document, if it was extracted. */
    Optional<Status> status(Case aCase, String documentId) {
        return read(aCase, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT doc_date, extractors, partial, covered_chars, "
                    + "text_chars, millis FROM entity_documents WHERE document_id = ?")) {
                s.setString(1, documentId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Date date = rs.getDate(1);
                    return Optional.of(new Status(documentId, date == null ? null : date.toLocalDate(),
                            rs.getString(2), rs.getBoolean(3), rs.getInt(4), rs.getInt(5), rs.getLong(6)));
                }
            }
        });
    }

    private static boolean exists(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
