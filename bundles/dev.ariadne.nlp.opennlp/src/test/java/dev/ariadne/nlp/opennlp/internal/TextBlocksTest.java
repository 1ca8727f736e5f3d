package dev.ariadne.nlp.opennlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextBlocksTest {

    static List<String> blocks(String text) {
        List<String> out = new ArrayList<>();
        TextBlocks.split(text, (s, e, row) -> out.add((row ? "|" : "") + text.substring(s, e)));
        return out;
    }

    @Test
    void blankLinesSeparateParagraphs() {
        assertThat(blocks("  One paragraph.  \r\n \t\r\nAnother one.\n\n\n")).containsExactly("One paragraph.",
                "Another one.");
        assertThat(blocks("")).isEmpty();
        assertThat(blocks("\n \n")).isEmpty();
    }

    @Test
    void wrappedLinesStayTogetherAndEarlyBreaksSeparate() {
        String wrapped = "Officials from both countries met on Tuesday to discuss the border and\n"
                + "agreed to meet again in the spring, when the snow has melted in the\n"
                + "mountain passes that the two armies have watched for thirty years.";
        assertThat(blocks(wrapped)).hasSize(1);
        String lines = "Short headline\nSecond short line that is not wrapped\nA third, much longer line that "
                + "sets the width of this paragraph well beyond the others.";
        assertThat(blocks(lines)).hasSize(3);
    }

    @Test
    void listItemsHeaderFieldsAndTableRowsStartBlocks() {
        String text = "The plan has three parts, which the minister listed for the committee in detail:\n"
                + "- a fund\n* a pipeline\n1. a treaty\n(b) a summit\nFrom: the ministry of defence press office\n"
                + "2023\t12\t13\n";
        assertThat(blocks(text)).containsExactly(
                "The plan has three parts, which the minister listed for the committee in detail:", "- a fund",
                "* a pipeline", "1. a treaty", "(b) a summit", "From: the ministry of defence press office",
                "|2023\t12\t13");
    }
}
