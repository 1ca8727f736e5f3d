package dev.ariadne.ui.entities.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityType;
import org.junit.jupiter.api.Test;

class EntityRowsTest {

    /** Entity {@code i} of a service listing, most mentioned first. */
    static Entity entity(int i, int count) {
        return new Entity("e" + i, "Name " + i, EntityType.values()[i % 5], List.of(), count - i, 1,
                Optional.empty(), Optional.empty());
    }

    static List<Entity> page(int offset, int limit, int count) {
        List<Entity> result = new ArrayList<>();
        for (int i = offset; i < Math.min(count, offset + limit); i++) {
            result.add(entity(i, count));
        }
        return result;
    }

    @Test
    void rowsArePagedFromTheServiceOnDemand() {
        EntityRows rows = EntityRows.paged(1000, false, 10);
        assertThat(rows.count()).isEqualTo(1000);
        assertThat(rows.get(600)).isNull();
        int page = rows.pageOf(600);
        assertThat(page).isEqualTo(600 / EntityRows.PAGE);
        assertThat(rows.request(page)).isTrue();
        assertThat(rows.request(page)).as("asked for once").isFalse();
        rows.put(page, page(rows.offset(page), rows.limit(page), 1000));
        assertThat(rows.get(600).id()).isEqualTo("e600");
        assertThat(rows.request(page)).as("kept pages are not read again").isFalse();
        assertThat(rows.rowsOf(page)).containsExactly(500, 750);
        assertThat(rows.rowOf("e600")).isEqualTo(600);
    }

    @Test
    void theLastPageIsShort() {
        EntityRows rows = EntityRows.paged(260, false, 10);
        assertThat(rows.limit(1)).isEqualTo(10);
        rows.put(1, page(250, 10, 260));
        assertThat(rows.get(259).id()).isEqualTo("e259");
        assertThat(rows.get(260)).isNull();
    }

    @Test
    void aReversedListingReadsTheServiceFromTheEnd() {
        EntityRows rows = EntityRows.paged(1000, true, 10);
        int page = rows.pageOf(0);
        assertThat(page).isEqualTo(999 / EntityRows.PAGE);
        rows.put(page, page(rows.offset(page), rows.limit(page), 1000));
        assertThat(rows.get(0).id()).isEqualTo("e999");
        assertThat(rows.get(0).mentions()).isEqualTo(1);
        assertThat(rows.rowsOf(page)).containsExactly(0, 250);
        assertThat(rows.rowOf("e999")).isEqualTo(0);
    }

    @Test
    void onlyTheMostRecentlyUsedPagesAreKept() {
        int count = 100_000;
        EntityRows rows = EntityRows.paged(count, false, 4);
        for (int page = 0; page < 10; page++) {
            rows.request(page);
            rows.put(page, page(rows.offset(page), rows.limit(page), count));
        }
        assertThat(rows.pagesKept()).isEqualTo(4);
        assertThat(rows.get(0)).as("the first page was dropped").isNull();
        assertThat(rows.get(9 * EntityRows.PAGE).id()).isEqualTo("e" + 9 * EntityRows.PAGE);
        assertThat(rows.request(0)).as("a dropped page can be read again").isTrue();
    }

    @Test
    void aFailedReadCanBeAskedForAgain() {
        EntityRows rows = EntityRows.paged(1000, false, 10);
        assertThat(rows.request(2)).isTrue();
        rows.failed(2);
        assertThat(rows.request(2)).isTrue();
    }

    @Test
    void aPageShorterThanExpectedLeavesTheRestUnread() {
        EntityRows rows = EntityRows.paged(1000, false, 10);
        rows.put(0, page(0, 100, 1000));
        assertThat(rows.get(99)).isNotNull();
        assertThat(rows.get(100)).isNull();
    }

    @Test
    void sortedRowsAreAllThere() {
        List<Entity> all = page(0, 30, 30);
        all.sort(new EntityOrder(EntityOrder.Column.NAME, false).comparator());
        EntityRows rows = EntityRows.sorted(all);
        assertThat(rows.isPaged()).isFalse();
        assertThat(rows.request(0)).isFalse();
        assertThat(rows.get(0).name()).isEqualTo("Name 0");
        assertThat(rows.get(1).name()).isEqualTo("Name 1");
        assertThat(rows.get(2).name()).isEqualTo("Name 10");
        assertThat(rows.rowOf("e10")).isEqualTo(2);
    }

    @Test
    void ordersToggleAndSort() {
        EntityOrder order = EntityOrder.DEFAULT;
        assertThat(order.paged()).isTrue();
        assertThat(order.reversed()).isFalse();
        EntityOrder fewest = order.toggle(EntityOrder.Column.MENTIONS);
        assertThat(fewest.reversed()).isTrue();
        EntityOrder byName = fewest.toggle(EntityOrder.Column.NAME);
        assertThat(byName).isEqualTo(new EntityOrder(EntityOrder.Column.NAME, false));
        assertThat(byName.paged()).isFalse();
        assertThat(byName.toggle(EntityOrder.Column.NAME).descending()).isTrue();
        assertThat(order.toggle(EntityOrder.Column.LAST).descending()).as("latest first").isTrue();

        Entity early = new Entity("a", "alpha", EntityType.PERSON, List.of(), 5, 1,
                Optional.of(LocalDate.of(2020, 1, 1)), Optional.of(LocalDate.of(2020, 1, 1)));
        Entity late = new Entity("b", "Beta", EntityType.LOCATION, List.of(), 1, 1,
                Optional.of(LocalDate.of(2024, 1, 1)), Optional.of(LocalDate.of(2024, 1, 1)));
        Entity undated = new Entity("c", "gamma", EntityType.DATE, List.of(), 3, 1, Optional.empty(),
                Optional.empty());
        List<Entity> list = new ArrayList<>(List.of(late, undated, early));
        list.sort(new EntityOrder(EntityOrder.Column.NAME, false).comparator());
        assertThat(list).extracting(Entity::id).containsExactly("a", "b", "c");
        list.sort(new EntityOrder(EntityOrder.Column.FIRST, true).comparator());
        assertThat(list).extracting(Entity::id).containsExactly("b", "a", "c");
        list.sort(new EntityOrder(EntityOrder.Column.TYPE, false).comparator());
        assertThat(list).extracting(Entity::id).containsExactly("a", "b", "c");
    }
}
