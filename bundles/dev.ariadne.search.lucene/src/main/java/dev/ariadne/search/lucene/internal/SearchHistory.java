package dev.ariadne.search.lucene.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.search.SavedSearch;

/**
 * The search history and saved searches of each case, in the tables of {@link SearchSchema}.
 *
 * <p>Owned by {@link LuceneSearchService}; thread-safe, every method runs on the calling thread. Recording a query is
 * one small update of the case database (an insert the first time), done as part of the search so that a case closed
 * right after a search (the command line does that) still keeps it; a failure to record is logged and does not fail
 * the search. Each distinct query is kept once, with the sequence number of its last run, counted in memory per open
 * case; the oldest beyond {@link #size(int) the size} are pruned every few records and never listed. Running the
 * newest query again (another page of it, or the same search with snippets) writes nothing: with the case database
 * writing every commit through at once, a write is the costliest step of a search on a loaded machine.
 */
final class SearchHistory {

    private static final Logger LOG = LoggerFactory.getLogger(SearchHistory.class);
    /** Prune after this many records. */
    private static final int PRUNE_EVERY = 32;

    private final Clock clock;
    private final AtomicInteger records = new AtomicInteger();
    /** The history state of each open case (by identity: a reopened case reads it again). */
    private final Map<Case, CaseHistory> histories = new IdentityHashMap<>();
    private volatile int size;

    /** A history keeping {@code size} queries per case. */
    SearchHistory(int size, Clock clock) {
        this.size = Math.max(1, size);
        this.clock = clock;
    }

    /** Changes how many queries each case keeps. */
    void size(int newSize) {
        size = Math.max(1, newSize);
    }

    /**
     * Records {@code query} as the newest of the case's history; blank and over-long queries are not kept. A query
     * that is already the newest of the case (recorded last through this history, say by the search before, for
     * another page of the same query) is not written again: the order it would write is the one the table has.
     * Otherwise one transaction: the merge of the query (update or insert), and every {@value #PRUNE_EVERY} records the pruning.
     */
    void record(Case aCase, String query) {
        if (query == null || query.isBlank()) {
            return;
        }
        String kept = query.strip();
        if (kept.length() > SearchSchema.MAX_QUERY_CHARS) {
            LOG.debug("A query of {} chars is too long for the history of {}", kept.length(), aCase.name());
            return;
        }
        try (Connection connection = aCase.connect()) {
            CaseHistory history = history(aCase, connection);
            if (history.isNewest(kept)) {
                return;
            }
            long seq = history.sequence.incrementAndGet();
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement merge = connection.prepareStatement(
                        "MERGE INTO search_history (query, seq, last_run) KEY (query) VALUES (?, ?, ?)")) {
                    merge.setString(1, kept);
                    merge.setLong(2, seq);
                    merge.setObject(3, now);
                    merge.executeUpdate();
                }
                if (records.incrementAndGet() % PRUNE_EVERY == 0) {
                    try (PreparedStatement prune = connection.prepareStatement(
                            "DELETE FROM search_history WHERE seq <= ?")) {
                        prune.setLong(1, seq - size);
                        prune.executeUpdate();
                    }
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            history.recorded(kept, seq);
        } catch (SQLException e) {
            LOG.warn("Could not record a query in the search history of case '{}'", aCase.name(), e);
        }
    }

    /** The last sequence number used in one open case, and the query recorded with the highest. Thread-safe. */
    private static final class CaseHistory {

        final AtomicLong sequence;
        private String newest;
        private long newestSeq;

        CaseHistory(long sequence) {
            this.sequence = new AtomicLong(sequence);
        }

        synchronized boolean isNewest(String query) {
            return query.equals(newest);
        }

        synchronized void recorded(String query, long seq) {
            if (seq > newestSeq) {
                newest = query;
                newestSeq = seq;
            }
        }
    }

    /** The history of the case, its sequence read from its table the first time; forgets closed cases. */
    private CaseHistory history(Case aCase, Connection connection) throws SQLException {
        synchronized (histories) {
            CaseHistory history = histories.get(aCase);
            if (history != null) {
                return history;
            }
            histories.keySet().removeIf(known -> !known.isOpen());
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COALESCE(MAX(seq), 0) FROM search_history");
                    ResultSet max = select.executeQuery()) {
                max.next();
                history = new CaseHistory(max.getLong(1));
            }
            histories.put(aCase, history);
            return history;
        }
    }

    /** The case's queries, newest first, at most {@code limit} and at most the history size. */
    List<String> history(Case aCase, int limit) {
        int rows = Math.min(limit, size);
        if (rows <= 0) {
            return List.of();
        }
        List<String> queries = new ArrayList<>();
        try (Connection connection = aCase.connect();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT query FROM search_history ORDER BY seq DESC FETCH FIRST ? ROWS ONLY")) {
            select.setInt(1, rows);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    queries.add(result.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failure("read the search history", aCase, e);
        }
        return List.copyOf(queries);
    }

    /** Saves a query under a name, replacing one of the same name. */
    void save(Case aCase, SavedSearch search) {
        String name = search.name() == null ? "" : search.name().strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A saved search needs a name.");
        }
        if (name.length() > SearchSchema.MAX_NAME_CHARS) {
            throw new IllegalArgumentException("The name of a saved search has at most " + SearchSchema.MAX_NAME_CHARS
                    + " characters.");
        }
        String query = search.query() == null ? "" : search.query().strip();
        if (query.length() > SearchSchema.MAX_QUERY_CHARS) {
            throw new IllegalArgumentException("A saved query has at most " + SearchSchema.MAX_QUERY_CHARS
                    + " characters.");
        }
        try (Connection connection = aCase.connect();
                PreparedStatement merge = connection.prepareStatement(
                        "MERGE INTO search_saved (name, query, saved) KEY (name) VALUES (?, ?, ?)")) {
            merge.setString(1, name);
            merge.setString(2, query);
            merge.setObject(3, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
            merge.executeUpdate();
        } catch (SQLException e) {
            throw failure("save the search '" + name + "'", aCase, e);
        }
    }

    /** The saved searches of the case, by name ignoring case. */
    List<SavedSearch> saved(Case aCase) {
        List<SavedSearch> searches = new ArrayList<>();
        try (Connection connection = aCase.connect();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT name, query FROM search_saved ORDER BY LOWER(name), name");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                searches.add(new SavedSearch(rows.getString(1), rows.getString(2)));
            }
        } catch (SQLException e) {
            throw failure("read the saved searches", aCase, e);
        }
        return List.copyOf(searches);
    }

    /** Deletes a saved search; does nothing when there is none of that name. */
    void delete(Case aCase, String name) {
        try (Connection connection = aCase.connect();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM search_saved WHERE name = ?")) {
            delete.setString(1, name == null ? "" : name.strip());
            delete.executeUpdate();
        } catch (SQLException e) {
            throw failure("delete the saved search '" + name + "'", aCase, e);
        }
    }

    private static IllegalStateException failure(String what, Case aCase, SQLException e) {
        return new IllegalStateException("Cannot " + what + " of case '" + aCase.name() + "': " + e.getMessage(), e);
    }
}
