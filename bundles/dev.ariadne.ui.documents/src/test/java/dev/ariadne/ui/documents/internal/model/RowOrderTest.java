package dev.ariadne.ui.documents.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;

import dev.ariadne.api.documents.Document;
import dev.ariadne.ui.documents.internal.model.RowOrder.Column;
import dev.ariadne.ui.documents.internal.model.RowOrder.Spec;
import org.junit.jupiter.api.Test;

class RowOrderTest {

    private static RowCache cacheOf(List<Document> documents) {
        RowCache cache = new RowCache(4);
        cache.growTo(documents.size());
        for (int page = 0; page * 4 < documents.size(); page++) {
            cache.fill(page, documents.subList(page * 4, Math.min(documents.size(), page * 4 + 4)));
        }
        return cache;
    }

    private static List<Document> sample() {
        return List.of(
                Docs.doc(0, "banana", "application/pdf", Instant.parse("2024-01-05T00:00:00Z"), 300, "/x/b.pdf"),
                Docs.doc(1, "Apple", "text/html", null, 100, "/y/a.html"),
                Docs.doc(2, "cherry", "application/pdf", Instant.parse("2023-01-05T00:00:00Z"), 200, "/x/c.pdf",
                        "/z/copy.pdf"),
                Docs.doc(3, "apple", "text/plain", Instant.parse("2025-01-05T00:00:00Z"), 100, "/y/APPLE-notes.txt"),
                Docs.doc(4, "Date palm", "message/rfc822", Instant.parse("2022-01-05T00:00:00Z"), 50, "/m/1.eml"));
    }

    private static int[] order(RowCache cache, Column column, boolean ascending, String filter) {
        return RowOrder.compute(cache, new Spec(column, ascending, filter), () -> false);
    }

    @Test
    void titlesSortIgnoringCaseAndTiesKeepImportOrder() {
        RowCache cache = cacheOf(sample());
        assertThat(order(cache, Column.TITLE, true, "")).containsExactly(1, 3, 0, 2, 4);
        assertThat(order(cache, Column.TITLE, false, "")).containsExactly(4, 2, 0, 1, 3);
    }

    @Test
    void numbersAndDatesSortAndUndatedCountsAsOldest() {
        RowCache cache = cacheOf(sample());
        assertThat(order(cache, Column.SIZE, true, "")).containsExactly(4, 1, 3, 2, 0);
        assertThat(order(cache, Column.DATE, false, "")).containsExactly(3, 0, 2, 4, 1);
        assertThat(order(cache, Column.SOURCES, false, "")).startsWith(2);
        assertThat(order(cache, Column.TYPE, true, "")).containsExactly(4, 1, 0, 2, 3);
        assertThat(order(cache, Column.IMPORT_ORDER, false, "")).containsExactly(4, 3, 2, 1, 0);
    }

    @Test
    void theFilterLooksAtTitlesAndEverySourceIgnoringCase() {
        RowCache cache = cacheOf(sample());
        assertThat(order(cache, Column.IMPORT_ORDER, true, "APPLE")).containsExactly(1, 3);
        assertThat(order(cache, Column.IMPORT_ORDER, true, "copy")).containsExactly(2);
        assertThat(order(cache, Column.TITLE, true, "/x/")).containsExactly(0, 2);
        assertThat(order(cache, Column.TITLE, true, "nothing like it")).isEmpty();
        assertThat(new Spec(Column.IMPORT_ORDER, true, "  ").isNatural()).isTrue();
        assertThat(new Spec(Column.IMPORT_ORDER, true, "a").isNatural()).isFalse();
    }

    @Test
    void rowsNotReadYetAreLeftOut() {
        RowCache cache = new RowCache(4);
        cache.growTo(8);
        cache.fill(1, Docs.range(4, 8));
        assertThat(order(cache, Column.TITLE, true, "")).containsExactly(4, 5, 6, 7);
    }

    @Test
    void aCancelledSortStops() {
        RowCache cache = cacheOf(Docs.range(0, 10));
        assertThatThrownBy(() -> RowOrder.compute(cache, new Spec(Column.SIZE, true, ""), () -> true))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void theMergeSortIsStableAndAgreesWithTheLibrary() {
        Random random = new Random(42);
        for (int n : new int[] {0, 1, 2, 15, 16, 17, 33, 1000, 4099}) {
            int[] keys = new int[n];
            for (int i = 0; i < n; i++) {
                keys[i] = random.nextInt(20);
            }
            int[] rows = new int[n];
            for (int i = 0; i < n; i++) {
                rows[i] = i;
            }
            RowOrder.sort(rows, (a, b) -> Integer.compare(keys[a], keys[b]));
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                expected.add(i);
            }
            expected.sort((a, b) -> Integer.compare(keys[a], keys[b]));
            assertThat(Arrays.stream(rows).boxed().toList()).isEqualTo(expected);
        }
    }

    @Test
    void containsIgnoreCaseFindsAnywhere() {
        assertThat(RowOrder.containsIgnoreCase("The Minister's VISIT", "visit")).isTrue();
        assertThat(RowOrder.containsIgnoreCase("Müller", "mü")).isTrue();
        assertThat(RowOrder.containsIgnoreCase("short", "longer text")).isFalse();
        assertThat(RowOrder.containsIgnoreCase("anything", "")).isTrue();
    }

    @Test
    void sortingAHundredThousandRowsIsQuick() {
        RowCache cache = new RowCache(RowCache.DEFAULT_PAGE_SIZE);
        int n = 100_000;
        cache.growTo(n);
        Random random = new Random(7);
        for (int page = 0; page < cache.pageCount(); page++) {
            List<Document> docs = new ArrayList<>();
            for (int i = page * cache.pageSize(); i < Math.min(n, (page + 1) * cache.pageSize()); i++) {
                docs.add(Docs.doc(i, "Title " + random.nextInt(1_000_000), "application/pdf",
                        Instant.ofEpochSecond(random.nextInt(1_000_000_000)), random.nextInt(10_000_000),
                        "/corpus/folder" + (i % 50) + "/file" + i + ".pdf"));
            }
            cache.fill(page, docs);
        }
        for (int warm = 0; warm < 3; warm++) {
            order(cache, Column.TITLE, true, "");
        }
        long start = System.nanoTime();
        int[] byTitle = order(cache, Column.TITLE, true, "");
        int[] bySize = order(cache, Column.SIZE, false, "");
        int[] filtered = order(cache, Column.DATE, true, "folder7/");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(byTitle).hasSize(n);
        for (int i = 1; i < n; i++) {
            assertThat(cache.size(bySize[i - 1])).isGreaterThanOrEqualTo(cache.size(bySize[i]));
        }
        assertThat(filtered).hasSize(n / 50);
        assertThat(millis).as("three orders of 100,000 rows").isLessThan(3000);
    }
}
