package dev.ariadne.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityType;

/**
 * The reads the Entities view pages with stay fast on a large case (20,000 entities here, to keep the suite short;
 * the same reads on 100,000 took from a few milliseconds for a page to under a second for the last page).
 */
class LargeCaseTest {

    static final int ENTITIES = 20_000;

    @TempDir
    Path work;
    TestCase aCase;
    EntityStore store;

    @BeforeEach
    void fill() throws Exception {
        aCase = new TestCase(work);
        store = new EntityStore();
        try (Connection c = aCase.connect(); Statement s = c.createStatement()) {
            // set-based, so filling takes a moment: names "Name <i in base 36> <i mod 977>", four types in turn
            s.execute("INSERT INTO entities (id, name, name_lower, type, mentions, documents) "
                    + "SELECT 'x-' || X, 'Name ' || CAST(X AS VARCHAR) || ' ' || MOD(X, 977), "
                    + "'name ' || CAST(X AS VARCHAR) || ' ' || MOD(X, 977), "
                    + "CASEWHEN(MOD(X, 4) = 0, 'PERSON', CASEWHEN(MOD(X, 4) = 1, 'ORGANIZATION', "
                    + "CASEWHEN(MOD(X, 4) = 2, 'LOCATION', 'DATE'))), 1 + MOD(X * 7919, 5000), 1 + MOD(X, 50) "
                    + "FROM SYSTEM_RANGE(0, " + (ENTITIES - 1) + ")");
            s.execute("INSERT INTO entity_aliases (entity_id, alias, alias_lower) "
                    + "SELECT 'x-' || X, 'Alias ' || X, 'alias ' || X FROM SYSTEM_RANGE(0, " + (ENTITIES - 1)
                    + ") WHERE MOD(X, 3) = 0");
        }
    }

    @AfterEach
    void close() throws Exception {
        aCase.close();
    }

    private static long millis(Runnable r) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            r.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
        }
        return best;
    }

    @Test
    void pagesCountsAndFiltersQuickly() {
        assertThat(store.count(aCase, null, "")).isEqualTo(ENTITIES);
        assertThat(store.entities(aCase, null, "", 0, 50)).hasSize(50).isSortedAccordingTo(
                (x, y) -> Integer.compare(y.mentions(), x.mentions()));
        assertThat(store.entities(aCase, EntityType.PERSON, "", 19_000 / 4, 50)).hasSize(50)
                .allMatch(e -> e.type() == EntityType.PERSON);
        assertThat(store.entities(aCase, null, "alias 2997", 0, 50)).extracting(Entity::name)
                .contains("Name 2997 " + (2997 % 977));
        long first = millis(() -> store.entities(aCase, null, "", 0, 100));
        long deep = millis(() -> store.entities(aCase, null, "", 19_900, 100));
        long typed = millis(() -> store.entities(aCase, EntityType.LOCATION, "", 5_000, 100));
        long count = millis(() -> store.count(aCase, null, ""));
        long filtered = millis(() -> store.entities(aCase, null, "ame 1a", 0, 100));
        long filteredCount = millis(() -> store.count(aCase, EntityType.PERSON, "alias 1"));
        System.out.printf("%d entities: first page %d ms, last page %d ms, typed page %d ms, count %d ms, "
                + "filtered page %d ms, filtered count %d ms%n", ENTITIES, first, deep, typed, count, filtered,
                filteredCount);
        assertThat(first).isLessThan(200);
        assertThat(deep).isLessThan(1500);
        assertThat(count).isLessThan(500);
        assertThat(filtered).isLessThan(1500);
        assertThat(filteredCount).isLessThan(2000);
    }

    /**
     * A surname or given name met alone is looked up among the case's people (a quarter of the entities here) for
     * every document; the plan must use the word indexes. Prints the time per look-up of a name that is not in the case
     * yet (as every new name is, and the scan then reads every person) beside that of the LIKE scan that the indexes
     * replaced, both run the same way in this process on one connection.
     */
    @Test
    void aNameAloneIsLookedUpThroughTheWordIndexes() throws Exception {
        String scan = "SELECT name FROM entities WHERE type = 'PERSON' AND (name_lower LIKE ? OR name_lower LIKE ?) "
                + "FETCH FIRST 2 ROWS ONLY";
        try (Connection c = aCase.connect(); Statement s = c.createStatement();
                ResultSet plan = s.executeQuery("EXPLAIN " + EntityStore.PERSON_BY_WORD.replace("?", "'12'"));
                PreparedStatement byWord = c.prepareStatement(EntityStore.PERSON_BY_WORD);
                PreparedStatement like = c.prepareStatement(scan)) {
            assertThat(plan.next()).isTrue();
            assertThat(plan.getString(1)).contains("ENTITIES_LAST_WORD", "ENTITIES_FIRST_WORD");
            double indexed = microsPerLookup(byWord, word -> word);
            double scanned = microsPerLookup(like, word -> "% " + word, word -> word + " %");
            System.out.printf("%d people: a name alone looked up in %.0f µs through the word indexes, %.0f µs by "
                    + "a LIKE scan (%.1f times as long)%n", ENTITIES / 4, indexed, scanned, scanned / indexed);
        }
    }

    /**
     * The median over five rounds of the mean time of 200 look-ups of words no name of the case has, each parameter
     * of {@code query} made from the word by one of {@code parameters}.
     */
    @SafeVarargs
    private static double microsPerLookup(PreparedStatement query, Function<String, String>... parameters)
            throws SQLException {
        int count = query.getParameterMetaData().getParameterCount();
        List<Double> rounds = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                String word = "w" + i;
                for (int p = 0; p < count; p++) {
                    query.setString(p + 1, parameters[Math.min(p, parameters.length - 1)].apply(word));
                }
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        r.getString(1);
                    }
                }
            }
            rounds.add((System.nanoTime() - t0) / 200e3);
        }
        Collections.sort(rounds);
        return rounds.get(2);
    }
}
