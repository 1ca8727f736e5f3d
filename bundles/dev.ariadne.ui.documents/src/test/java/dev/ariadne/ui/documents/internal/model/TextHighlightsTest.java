package dev.ariadne.ui.documents.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextHighlightsTest {

    private static List<String> found(String text, String query) {
        int[] ranges = TextHighlights.find(text, QueryTerms.parse(query), 1000);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ranges.length; i += 2) {
            out.add(ranges[i] + ":" + text.substring(ranges[i], ranges[i + 1]));
        }
        return out;
    }

    @Test
    void wordsAreFoundWholeIgnoringCaseAndAccents() {
        String text = "Minister Müller met the minister; administrators waited.";
        assertThat(found(text, "minister mueller muller")).containsExactly("0:Minister", "9:Müller", "24:minister");
    }

    @Test
    void phrasesAreFoundAcrossLineBreaksAsOneRange() {
        String text = "The state\nvisit began. A state of visit.";
        assertThat(found(text, "\"state visit\"")).containsExactly("4:state\nvisit");
    }

    @Test
    void prefixesWildcardsAndFuzzyWords() {
        String text = "negotiation negotiators visit vist vest embasy embassy";
        assertThat(found(text, "negotiat*")).containsExactly("0:negotiation", "12:negotiators");
        assertThat(found(text, "vis?t")).containsExactly("24:visit");
        assertThat(found(text, "embassy~1")).containsExactly("40:embasy", "47:embassy");
    }

    @Test
    void overlappingRangesMergeAndTheLimitHolds() {
        String text = "alpha beta alpha beta";
        assertThat(found(text, "\"alpha beta\" beta")).containsExactly("0:alpha beta", "11:alpha beta");
        int[] limited = TextHighlights.find("a a a a a a", QueryTerms.parse("a"), 2);
        assertThat(limited).containsExactly(0, 1, 2, 3);
    }

    @Test
    void offsetsAreUtf16EvenAfterSurrogatePairs() {
        String text = "\ud83d\ude00 treaty \ud835\udc00 treaty";
        int[] ranges = TextHighlights.find(text, QueryTerms.parse("treaty"), 10);
        assertThat(ranges).containsExactly(3, 9, 13, 19);
        assertThat(text.substring(13, 19)).isEqualTo("treaty");
    }

    @Test
    void nothingToFind() {
        assertThat(TextHighlights.find("", QueryTerms.parse("a"), 10)).isEmpty();
        assertThat(TextHighlights.find("text", List.of(), 10)).isEmpty();
        assertThat(TextHighlights.find("some text", QueryTerms.parse("type:pdf"), 10)).isEmpty();
    }

    @Test
    void editDistance() {
        assertThat(TextHighlights.withinEdits("embassy", "embasy", 1)).isTrue();
        assertThat(TextHighlights.withinEdits("embassy", "embargo", 2)).isFalse();
        assertThat(TextHighlights.withinEdits("a", "abc", 1)).isFalse();
        assertThat(TextHighlights.withinEdits("kitten", "sitting", 3)).isTrue();
    }

    @Test
    void aLongTextIsSearchedQuickly() {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            big.append("word").append(i % 1000).append(" the minister said ");
        }
        String text = big.toString();
        long start = System.nanoTime();
        int[] ranges = TextHighlights.find(text, QueryTerms.parse("\"minister said\" word99*"), 20_000);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(ranges.length / 2).isEqualTo(20_000);
        assertThat(millis).as("a %d-character text", text.length()).isLessThan(5000);
    }
}
