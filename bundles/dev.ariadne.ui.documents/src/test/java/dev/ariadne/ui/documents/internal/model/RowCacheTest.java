package dev.ariadne.ui.documents.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentMetadata;
import org.junit.jupiter.api.Test;

class RowCacheTest {

    @Test
    void pagesAreReadInOrderUnlessTheTableWantsOne() {
        RowCache cache = new RowCache(10);
        cache.growTo(35);
        assertThat(cache.pageCount()).isEqualTo(4);
        assertThat(cache.nextPageToLoad()).isZero();
        cache.want(27);
        cache.want(31);
        assertThat(cache.nextPageToLoad()).as("the most recently wanted page first").isEqualTo(3);
        cache.fill(3, Docs.range(30, 35));
        assertThat(cache.nextPageToLoad()).isEqualTo(2);
        cache.fill(2, Docs.range(20, 30));
        assertThat(cache.nextPageToLoad()).isZero();
        cache.fill(0, Docs.range(0, 10));
        cache.fill(1, Docs.range(10, 20));
        assertThat(cache.nextPageToLoad()).isEqualTo(-1);
        assertThat(cache.isComplete()).isTrue();
        assertThat(cache.loadedRows()).isEqualTo(35);
    }

    @Test
    void wantingARowAlreadyReadOrOutOfRangeDoesNothing() {
        RowCache cache = new RowCache(10);
        cache.growTo(20);
        cache.fill(0, Docs.range(0, 10));
        cache.want(3);
        cache.want(25);
        cache.want(-1);
        assertThat(cache.hasWanted()).isFalse();
        assertThat(cache.nextPageToLoad()).isEqualTo(1);
    }

    @Test
    void rowsCarryTheirColumns() {
        RowCache cache = new RowCache(10);
        cache.growTo(2);
        Instant created = Instant.parse("2024-05-01T10:00:00Z");
        Document mail = new Document(Docs.id(1), new DocumentMetadata("Invitation", List.of("A"),
                Optional.of(created), Optional.empty(), "message/rfc822", "de", 0, 2048),
                List.of("/in/a.eml", "/copy/a.eml"), Optional.empty(), Set.of());
        Document attachment = new Document(Docs.id(2), new DocumentMetadata("", List.of(), Optional.empty(),
                Optional.of(created), "application/pdf", "und", 4, 999), List.of("/in/a.eml/report.pdf"),
                Optional.of(Docs.id(1)), Set.of());
        cache.fill(0, List.of(mail, attachment));

        assertThat(cache.id(0)).isEqualTo(Docs.id(1));
        assertThat(cache.title(0)).isEqualTo("Invitation");
        assertThat(cache.type(0)).isEqualTo("E-mail");
        assertThat(cache.date(0)).isEqualTo(created.toEpochMilli());
        assertThat(cache.language(0)).isEqualTo("de");
        assertThat(cache.size(0)).isEqualTo(2048);
        assertThat(cache.sources(0)).isEqualTo(2);
        assertThat(cache.firstSource(0)).isEqualTo("/in/a.eml");
        assertThat(cache.sourceText(0)).isEqualTo("/in/a.eml\n/copy/a.eml");
        assertThat(cache.isChild(0)).isFalse();
        assertThat(cache.isChild(1)).isTrue();
        assertThat(cache.pages(1)).isEqualTo(4);
        assertThat(cache.date(1)).as("modified when not created").isEqualTo(created.toEpochMilli());
        assertThat(cache.type(1)).isSameAs(cache.type(1));
    }

    @Test
    void readingAnUnreadRowFails() {
        RowCache cache = new RowCache(10);
        cache.growTo(5);
        assertThat(cache.isLoaded(2)).isFalse();
        assertThatThrownBy(() -> cache.title(2)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void growingRereadsTheLastPartialPageAndKeepsItsRowsMeanwhile() {
        RowCache cache = new RowCache(10);
        cache.growTo(15);
        cache.fill(0, Docs.range(0, 10));
        cache.fill(1, Docs.range(10, 15));
        assertThat(cache.isComplete()).isTrue();

        assertThat(cache.growTo(12)).as("the count never shrinks by growing").isFalse();
        assertThat(cache.growTo(23)).isTrue();
        assertThat(cache.isComplete()).isFalse();
        assertThat(cache.isLoaded(14)).isTrue();
        assertThat(cache.isLoaded(15)).isFalse();
        assertThat(cache.nextPageToLoad()).isEqualTo(1);
        cache.fill(1, Docs.range(10, 20));
        assertThat(cache.nextPageToLoad()).isEqualTo(2);
        cache.fill(2, Docs.range(20, 23));
        assertThat(cache.isComplete()).isTrue();
        assertThat(cache.loadedRows()).isEqualTo(23);
    }

    @Test
    void aShortPageShrinksTheCountSoTheLoaderEnds() {
        RowCache cache = new RowCache(10);
        cache.growTo(30);
        cache.fill(2, Docs.range(20, 30));
        cache.fill(0, Docs.range(0, 10));
        cache.fill(1, Docs.range(10, 14));
        cache.shrinkTo(14);
        assertThat(cache.count()).isEqualTo(14);
        assertThat(cache.isComplete()).isTrue();
        assertThat(cache.nextPageToLoad()).isEqualTo(-1);
        assertThat(cache.isLoaded(20)).isFalse();
    }

    @Test
    void aReaderThreadSeesEveryPageTheLoaderFilled() throws Exception {
        RowCache cache = new RowCache(100);
        cache.growTo(10_000);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Thread loader = new Thread(() -> {
            try {
                int page;
                while ((page = cache.nextPageToLoad()) >= 0) {
                    cache.fill(page, Docs.range(page * 100, page * 100 + 100));
                }
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                done.countDown();
            }
        });
        loader.start();
        List<Integer> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!cache.isComplete() && System.nanoTime() < deadline) {
            for (int row = 0; row < 10_000; row += 997) {
                if (cache.isLoaded(row)) {
                    assertThat(cache.title(row)).isEqualTo("Doc " + row);
                    seen.add(row);
                }
            }
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(failure.get()).isNull();
        assertThat(cache.isComplete()).isTrue();
        assertThat(cache.title(9_999)).isEqualTo("Doc 9999");
    }
}
