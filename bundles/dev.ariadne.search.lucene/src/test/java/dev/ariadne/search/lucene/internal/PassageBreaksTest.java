package dev.ariadne.search.lucene.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;

import org.junit.jupiter.api.Test;

class PassageBreaksTest {

    final PassageBreaks breaks = new PassageBreaks();

    @Test
    void breaksAfterSentencesAndLines() {
        String text = "First one. Second one!\nThird line without end";
        breaks.setText(text);
        assertThat(breaks.first()).isZero();
        assertThat(breaks.next()).isEqualTo(text.indexOf("Second"));
        assertThat(breaks.next()).isEqualTo(text.indexOf("Third"));
        assertThat(breaks.next()).isEqualTo(text.length());
        assertThat(breaks.next()).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.preceding(text.indexOf("line"))).isEqualTo(text.indexOf("Third"));
        assertThat(breaks.following(3)).isEqualTo(text.indexOf("Second"));
        assertThat(breaks.preceding(3)).isZero();
        assertThat(breaks.isBoundary(text.indexOf("Second"))).isTrue();
        assertThat(breaks.isBoundary(text.indexOf("Second") + 1)).isFalse();
        assertThat(breaks.last()).isEqualTo(text.length());
        assertThat(breaks.previous()).isEqualTo(text.indexOf("Third"));
    }

    @Test
    void aDecimalPointOrAnAbbreviationWithoutSpaceIsNoBoundary() {
        breaks.setText("It cost 3.50 euros.Then more");
        assertThat(breaks.following(0)).isEqualTo("It cost 3.50 euros.Then more".length());
    }

    @Test
    void textWithoutPunctuationBreaksAtWhiteSpaceWithinReach() {
        String text = "word ".repeat(1000);
        breaks.setText(text);
        int next = breaks.following(2000);
        assertThat(next - 2000).isLessThanOrEqualTo(PassageBreaks.MAX_REACH);
        assertThat(text.charAt(next - 1)).isEqualTo(' ');
        int previous = breaks.preceding(2000);
        assertThat(2000 - previous).isLessThanOrEqualTo(PassageBreaks.MAX_REACH);
        assertThat(text.charAt(previous - 1)).isEqualTo(' ');
    }

    @Test
    void aLongRunWithoutSpacesIsCutWithoutSplittingASurrogatePair() {
        String text = "\uD83D\uDE00".repeat(1000);
        breaks.setText(text);
        int next = breaks.following(10);
        assertThat(Character.isLowSurrogate(text.charAt(next))).isFalse();
        int previous = breaks.preceding(1500);
        assertThat(Character.isLowSurrogate(text.charAt(previous))).isFalse();
    }
}
