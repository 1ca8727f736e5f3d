package dev.ariadne.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

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
}
