package dev.ariadne.ui.documents.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.ariadne.api.search.SearchResult.Hit;
import dev.ariadne.api.search.SearchResult.Snippet;
import dev.ariadne.ui.documents.internal.model.HitPages.HitRow;
import org.junit.jupiter.api.Test;

class HitPagesTest {

    private static List<HitRow> rows(int from, int to) {
        List<HitRow> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            rows.add(new HitRow(new Hit("d" + i, "Doc " + i, 1f, List.of()), Optional.empty()));
        }
        return rows;
    }

    @Test
    void rowsAreCappedAndPagedOnDemand() {
        HitPages pages = new HitPages(12_345, 50, 1000);
        assertThat(pages.rowCount()).isEqualTo(1000);
        assertThat(pages.pageCount()).isEqualTo(20);
        pages.fill(0, rows(0, 50));
        assertThat(pages.row(49)).map(r -> r.hit().documentId()).contains("d49");
        assertThat(pages.row(50)).isEmpty();
        assertThat(pages.request(10)).as("already fetched").isEqualTo(-1);
        assertThat(pages.request(120)).isEqualTo(2);
        assertThat(pages.request(130)).as("already being fetched").isEqualTo(-1);
        pages.failed(2);
        assertThat(pages.request(130)).as("asked again after a failure").isEqualTo(2);
        pages.fill(2, rows(100, 150));
        assertThat(pages.row(120)).map(r -> r.hit().title()).contains("Doc 120");
        assertThat(pages.request(5000)).isEqualTo(-1);
        assertThat(pages.row(-1)).isEmpty();
    }

    @Test
    void theLastPageIsShort() {
        HitPages pages = new HitPages(120, 50, 1000);
        assertThat(pages.rowCount()).isEqualTo(120);
        assertThat(pages.rowsOn(2)).isEqualTo(20);
        assertThat(pages.firstRow(2)).isEqualTo(100);
        HitPages none = new HitPages(0, 50, 1000);
        assertThat(none.pageCount()).isZero();
        none.fill(0, rows(0, 0));
        none.failed(0);
        assertThat(none.rowCount()).isZero();
    }

    @Test
    void theFirstHighlightOfAHitGivesTheOffsetToOpenAt() {
        Hit hit = new Hit("d", "t", 1f, List.of(new Snippet(500, "no match here", new int[0]),
                new Snippet(900, "the treaty was signed", new int[] {15, 21, 4, 10})));
        assertThat(HitPages.firstHighlight(hit)).isEqualTo(904);
        assertThat(HitPages.highlightedTexts(hit)).containsExactly("treaty", "signed");
        assertThat(HitPages.firstHighlight(new Hit("d", "t", 1f, List.of()))).isEqualTo(-1);
    }
}
