package dev.ariadne.ui.documents.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ariadne.api.search.SearchResult.Snippet;
import dev.ariadne.ui.documents.internal.model.SnippetRuns.Run;
import org.junit.jupiter.api.Test;

class SnippetRunsTest {

    @Test
    void highlightsSplitTheSnippetIntoRuns() {
        Snippet snippet = new Snippet(100, "The state visit\nbegan on Monday.", new int[] {4, 9, 10, 15});
        assertThat(SnippetRuns.runs(snippet, 200)).containsExactly(new Run("The ", false),
                new Run("state", true), new Run(" ", false), new Run("visit", true),
                new Run(" began on Monday.", false));
        Snippet phrase = new Snippet(100, "The state\nvisit began", new int[] {4, 15});
        assertThat(SnippetRuns.runs(phrase, 200)).containsExactly(new Run("The ", false),
                new Run("state visit", true), new Run(" began", false));
    }

    @Test
    void invalidRangesAreDroppedAndOverlapsMerged() {
        Snippet snippet = new Snippet(0, "abcdefghij", new int[] {8, 20, 2, 4, 3, 6, -5, 1, 7});
        assertThat(SnippetRuns.ranges(snippet)).containsExactly(0, 1, 2, 6, 8, 10);
        assertThat(SnippetRuns.highlightedTexts(snippet)).containsExactly("a", "cdef", "ij");
        assertThat(SnippetRuns.ranges(new Snippet(0, "abc", null))).isEmpty();
    }

    @Test
    void aLongSnippetIsCutAroundItsFirstHighlight() {
        String text = "lorem ipsum ".repeat(30) + "TREATY " + "dolor sit ".repeat(30);
        int at = text.indexOf("TREATY");
        Snippet snippet = new Snippet(0, text, new int[] {at, at + 6});
        var runs = SnippetRuns.runs(snippet, 80);
        assertThat(runs.get(0)).isEqualTo(new Run("\u2026", false));
        assertThat(runs.get(runs.size() - 1)).isEqualTo(new Run("\u2026", false));
        assertThat(runs).contains(new Run("TREATY", true));
        int length = runs.stream().mapToInt(r -> r.text().length()).sum();
        assertThat(length).isLessThanOrEqualTo(84);
        String before = runs.get(1).text();
        assertThat(before.length()).as("a quarter of the line before the match").isBetween(5, 80 / 4 + 1);
    }

    @Test
    void highlightsPastTheWindowAreLeftOut() {
        String text = "the Ministry of Transport. The minister, Agnes Holm, stated in parliament on 22 \n"
                + "February that no irregularity had been reported. The inquiry will ask the minister";
        Snippet snippet = new Snippet(822, text, new int[] {31, 39, 155, 163});
        for (int width = 10; width <= text.length() + 5; width++) {
            var runs = SnippetRuns.runs(snippet, width);
            assertThat(runs).as("width %d", width).isNotEmpty();
            assertThat(runs.stream().filter(Run::highlighted).map(Run::text)).allMatch(t -> t.equals("minister")
                    || "minister".startsWith(t));
        }
        assertThat(SnippetRuns.runs(snippet, 38)).containsExactly(new Run("\u2026", false), new Run("The ", false),
                new Run("minister", true), new Run(", Agnes Holm, stated in pa", false), new Run("\u2026", false));
    }

    @Test
    void whitespaceCollapses() {
        assertThat(SnippetRuns.flatten("a \n\t b\u00a0\u00a0c")).isEqualTo("a b c");
        Snippet snippet = new Snippet(0, "  hello   ", new int[0]);
        assertThat(SnippetRuns.runs(snippet, 50)).containsExactly(new Run("hello", false));
    }
}
