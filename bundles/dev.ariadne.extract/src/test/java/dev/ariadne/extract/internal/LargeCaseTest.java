package dev.ariadne.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityType;

/** The reads the Entities view pages with stay fast on a case of 100,000 entities. */
class LargeCaseTest {

    static final int ENTITIES = 100_000;

    @TempDir
    Path work;
    TestCase aCase;
    EntityStore store;

    @BeforeEach
    void fill() throws Exception {
        aCase = new TestCase(work);
        store = new EntityStore();
        EntityType[] types = {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.DATE};
        try (Connection c = aCase.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement e = c.prepareStatement("INSERT INTO entities (id, name, name_lower, type, "
                    + "mentions, documents) VALUES (?, ?, ?, ?, ?, ?)");
                    PreparedStatement a = c.prepareStatement(
                            "INSERT INTO entity_aliases (entity_id, alias, alias_lower) VALUES (?, ?, ?)")) {
                for (int i = 0; i < ENTITIES; i++) {
                    String name = "Name " + Integer.toString(i, 36) + " " + (i % 977);
                    e.setString(1, "x-" + i);
                    e.setString(2, name);
                    e.setString(3, name.toLowerCase());
                    e.setString(4, types[i % types.length].name());
                    e.setInt(5, 1 + (i * 7919) % 5000);
                    e.setInt(6, 1 + i % 50);
                    e.addBatch();
                    if (i % 3 == 0) {
                        a.setString(1, "x-" + i);
                        a.setString(2, "Alias " + i);
                        a.setString(3, "alias " + i);
                        a.addBatch();
                    }
                    if (i % 5000 == 4999) {
                        e.executeBatch();
                        a.executeBatch();
                    }
                }
            }
            c.commit();
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
        assertThat(store.entities(aCase, EntityType.PERSON, "", 99_000 / 4, 50)).hasSize(50)
                .allMatch(e -> e.type() == EntityType.PERSON);
        assertThat(store.entities(aCase, null, "alias 2997", 0, 50)).extracting(Entity::name)
                .contains("Name " + Integer.toString(2997, 36) + " " + (2997 % 977));
        long first = millis(() -> store.entities(aCase, null, "", 0, 100));
        long deep = millis(() -> store.entities(aCase, null, "", 99_900, 100));
        long typed = millis(() -> store.entities(aCase, EntityType.LOCATION, "", 20_000, 100));
        long count = millis(() -> store.count(aCase, null, ""));
        long filtered = millis(() -> store.entities(aCase, null, "ame 1a", 0, 100));
        long filteredCount = millis(() -> store.count(aCase, EntityType.PERSON, "alias 1"));
        System.out.printf("100k entities: first page %d ms, last page %d ms, typed page %d ms, count %d ms, "
                + "filtered page %d ms, filtered count %d ms%n", first, deep, typed, count, filtered, filteredCount);
        assertThat(first).isLessThan(200);
        assertThat(deep).isLessThan(1500);
        assertThat(count).isLessThan(500);
        assertThat(filtered).isLessThan(1500);
        assertThat(filteredCount).isLessThan(2000);
    }
}
