package dev.ariadne.search.lucene.internal;

import java.sql.Statement;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.ariadne.api.cases.CaseSchema;

/**
 * The search bundle's tables in the case database, area {@value #AREA}: {@code search_history} (each distinct query
 * run, with a sequence number that orders them, newest highest) and {@code search_saved} (named queries).
 *
 * <p>A DS component registered as a {@link CaseSchema} whiteboard service; the core applies its migrations on the
 * thread that opens a case, or at once on open cases when this service appears. Read and written by
 * {@link SearchHistory}.
 */
@Component(service = CaseSchema.class)
public class SearchSchema implements CaseSchema {

    /** The area name. */
    static final String AREA = "search";
    /** The longest query kept in the history or saved. */
    static final int MAX_QUERY_CHARS = 4000;
    /** The longest name of a saved search. */
    static final int MAX_NAME_CHARS = 500;

    private static final List<Migration> MIGRATIONS = List.of(connection -> {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS search_history ("
                    + "query VARCHAR(" + MAX_QUERY_CHARS + ") NOT NULL PRIMARY KEY, "
                    + "seq BIGINT NOT NULL, "
                    + "last_run TIMESTAMP WITH TIME ZONE NOT NULL)");
            statement.execute("CREATE INDEX IF NOT EXISTS search_history_seq ON search_history (seq)");
            statement.execute("CREATE TABLE IF NOT EXISTS search_saved ("
                    + "name VARCHAR(" + MAX_NAME_CHARS + ") NOT NULL PRIMARY KEY, "
                    + "query VARCHAR(" + MAX_QUERY_CHARS + ") NOT NULL, "
                    + "saved TIMESTAMP WITH TIME ZONE NOT NULL)");
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
