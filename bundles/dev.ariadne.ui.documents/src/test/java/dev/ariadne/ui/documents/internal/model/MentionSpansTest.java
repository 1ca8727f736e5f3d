package dev.ariadne.ui.documents.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ariadne.api.entities.EntityType;
import dev.ariadne.ui.api.EntityTypeColors;
import org.junit.jupiter.api.Test;

class MentionSpansTest {

    @Test
    void spansAreSortedAndOverlapsKeepTheEarlierLongerOne() {
        MentionSpans spans = MentionSpans.of(new int[] {20, 0, 0, 5, 40}, new int[] {25, 4, 10, 8, 99},
                new int[] {1, 2, 3, 4, 0}, 50);
        assertThat(spans.size()).isEqualTo(3);
        assertThat(new int[] {spans.start(0), spans.end(0), spans.kind(0), spans.source(0)})
                .containsExactly(0, 10, 3, 2);
        assertThat(new int[] {spans.start(1), spans.end(1)}).containsExactly(20, 25);
        assertThat(new int[] {spans.start(2), spans.end(2)}).as("cut at the text's end").containsExactly(40, 50);
        assertThat(spans.at(0)).isEqualTo(0);
        assertThat(spans.at(9)).isEqualTo(0);
        assertThat(spans.at(10)).isEqualTo(-1);
        assertThat(spans.at(24)).isEqualTo(1);
        assertThat(spans.at(49)).isEqualTo(2);
        assertThat(spans.at(-1)).isEqualTo(-1);
        assertThat(MentionSpans.of(new int[] {60}, new int[] {70}, new int[] {0}, 50).size())
                .as("past the text").isZero();
    }

    @Test
    void mentionsAndHighlightsCombineIntoSegments() {
        // mention [10, 20) of kind 0, mention [30, 35) of kind 2; highlights [15, 32) and [40, 45), the second current
        MentionSpans spans = MentionSpans.of(new int[] {10, 30}, new int[] {20, 35}, new int[] {0, 2}, 100);
        int[] segments = spans.segments(new int[] {15, 32, 40, 45}, 1, 0, 100);
        assertThat(segments).containsExactly(
                10, 15, 0, MentionSpans.NO_HIGHLIGHT,
                15, 20, 0, MentionSpans.HIGHLIGHT,
                20, 30, -1, MentionSpans.HIGHLIGHT,
                30, 32, 2, MentionSpans.HIGHLIGHT,
                32, 35, 2, MentionSpans.NO_HIGHLIGHT,
                40, 45, -1, MentionSpans.CURRENT);
    }

    @Test
    void segmentsOfARangeStayInsideIt() {
        MentionSpans spans = MentionSpans.of(new int[] {10, 30}, new int[] {20, 35}, new int[] {0, 2}, 100);
        int[] segments = spans.segments(new int[] {15, 32}, 0, 18, 31);
        assertThat(segments).containsExactly(
                18, 20, 0, MentionSpans.CURRENT,
                20, 30, -1, MentionSpans.CURRENT,
                30, 31, 2, MentionSpans.CURRENT);
        assertThat(spans.segments(new int[0], -1, 50, 60)).isEmpty();
    }

    @Test
    void adjacentMentionsStaySeparate() {
        MentionSpans spans = MentionSpans.of(new int[] {0, 5}, new int[] {5, 9}, new int[] {1, 1}, 20);
        assertThat(spans.segments(new int[0], -1, 0, 20)).containsExactly(0, 5, 1, 0, 5, 9, 1, 0);
    }

    @Test
    void manySpansAreFast() {
        int n = 50_000;
        int[] starts = new int[n];
        int[] ends = new int[n];
        int[] kinds = new int[n];
        int[] highlights = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = i * 20;
            ends[i] = i * 20 + 8;
            kinds[i] = i % EntityType.values().length;
        }
        for (int i = 0; i < n / 2; i++) {
            highlights[i * 2] = i * 40 + 4;
            highlights[i * 2 + 1] = i * 40 + 12;
        }
        long begin = System.nanoTime();
        MentionSpans spans = MentionSpans.of(starts, ends, kinds, n * 20);
        int[] segments = spans.segments(highlights, 3, 0, n * 20);
        long millis = (System.nanoTime() - begin) / 1_000_000;
        assertThat(spans.size()).isEqualTo(n);
        assertThat(segments.length / 4).isGreaterThan(n);
        assertThat(millis).as("milliseconds for 50,000 mentions and 25,000 highlights").isLessThan(3000);
    }

    @Test
    void paletteIsReadableOnWhite() {
        for (EntityType type : EntityType.values()) {
            assertThat(EntityTypeColors.contrast(EntityTypeColors.color(type), 0xffffff)).isGreaterThanOrEqualTo(4.5);
            assertThat(EntityTypeColors.contrast(EntityTypeColors.color(type), EntityTypeColors.tint(type, 0.10)))
                    .isGreaterThanOrEqualTo(4.0);
        }
    }
}
