package dev.ariadne.ui.entities.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KwicTest {

    private static final String TEXT = "Berlin, 3 March. Chancellor Olaf Scholz met the Polish prime minister\n"
            + "in Warsaw on Tuesday to talk about the border.";

    @Test
    void aMentionGetsItsWordsOnBothSides() {
        int start = TEXT.indexOf("Olaf Scholz");
        Kwic.Line line = Kwic.line(TEXT, start, start + "Olaf Scholz".length(), 20);
        assertThat(line.keyword()).isEqualTo("Olaf Scholz");
        assertThat(line.left()).isEqualTo("\u2026 3 March. Chancellor");
        assertThat(line.right()).isEqualTo("met the Polish \u2026");
    }

    @Test
    void contextIsCutAtWordBoundariesAndLineBreaksBecomeSpaces() {
        int start = TEXT.indexOf("Warsaw");
        Kwic.Line line = Kwic.line(TEXT, start, start + 6, 30);
        assertThat(line.left()).doesNotContain("\n").endsWith("prime minister in");
        assertThat(line.left()).startsWith(Kwic.CUT + " ");
        // no half word after the cut mark
        String firstWord = line.left().substring(2).split(" ")[0];
        assertThat(TEXT).containsPattern("(^|\\s)" + java.util.regex.Pattern.quote(firstWord));
        assertThat(line.right()).startsWith("on Tuesday");
    }

    @Test
    void atTheEdgesOfTheTextNothingIsMarkedCut() {
        Kwic.Line first = Kwic.line(TEXT, 0, 6, 40);
        assertThat(first.left()).isEmpty();
        assertThat(first.keyword()).isEqualTo("Berlin");
        int end = TEXT.length() - 1;
        Kwic.Line last = Kwic.line(TEXT, TEXT.indexOf("border"), end, 200);
        assertThat(last.right()).isEqualTo(".");
        assertThat(last.left()).doesNotContain(Kwic.CUT);
    }

    @Test
    void spansOutsideTheTextAreClamped() {
        Kwic.Line line = Kwic.line("short", 3, 99, 10);
        assertThat(line.keyword()).isEqualTo("rt");
        assertThat(line.left()).isEqualTo("sho");
        assertThat(line.right()).isEmpty();
    }

    @Test
    void aLongWordAtTheCutIsKeptRatherThanLeavingNothing() {
        String text = "Supercalifragilisticexpialidocious Warsaw";
        int start = text.indexOf("Warsaw");
        Kwic.Line line = Kwic.line(text, start, start + 6, 10);
        assertThat(line.left()).isNotEmpty();
        assertThat(line.keyword()).isEqualTo("Warsaw");
    }

    @Test
    void surrogatePairsAreNotSplit() {
        String text = "\ud83d\ude00\ud83d\ude00\ud83d\ude00 Warsaw \ud83d\ude00\ud83d\ude00\ud83d\ude00";
        int start = text.indexOf("Warsaw");
        Kwic.Line line = Kwic.line(text, start, start + 6, 4);
        for (String side : new String[] {line.left(), line.right()}) {
            for (int i = 0; i < side.length(); i++) {
                char c = side.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    assertThat(i + 1 < side.length() && Character.isLowSurrogate(side.charAt(i + 1))).isTrue();
                }
                if (Character.isLowSurrogate(c)) {
                    assertThat(i > 0 && Character.isHighSurrogate(side.charAt(i - 1))).isTrue();
                }
            }
        }
    }
}
