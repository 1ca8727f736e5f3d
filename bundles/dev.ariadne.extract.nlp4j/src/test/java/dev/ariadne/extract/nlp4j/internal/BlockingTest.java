package dev.ariadne.extract.nlp4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import edu.emory.mathcs.nlp.component.tokenizer.EnglishTokenizer;
import edu.emory.mathcs.nlp.component.tokenizer.token.Token;

/** How the engine cuts a text into blocks and puts tokens back on the text, without the models. */
class BlockingTest {

    @Test
    void headlinesAndDatelinesEndTheirBlockButWrappedLinesDoNot() {
        String wrapped = "This is a long line of running text that goes on past sixty characters and\n"
                + "continues on the next line without any break in the sentence at all.\n";
        String text = "Headline of the story\nDate: 2024-01-01\n\n" + wrapped;

        List<Integer> ends = new ArrayList<>();
        for (int from = 0; from < text.length(); from = ends.get(ends.size() - 1)) {
            ends.add(Nlp4jEngine.blockEnd(text, from));
        }

        assertThat(ends).containsExactly(22, 39, text.length()); // the blank line goes with the paragraph after it
    }

    @Test
    void aTextWithoutLineBreaksIsCutAtSpacesBelowTheLimit() {
        String text = "word ".repeat(10_000);

        int end = Nlp4jEngine.blockEnd(text, 0);

        assertThat(end).isLessThanOrEqualTo(Nlp4jEngine.MAX_BLOCK_CHARS).isGreaterThan(Nlp4jEngine.MAX_BLOCK_CHARS / 2);
        assertThat(text.charAt(end - 1)).isEqualTo(' ');
    }

    @Test
    void tokensAreAlignedOnTheirFormsInTheText() {
        String text = "He didn't pay $4.5 million (\u201cnever\u201d) to U.S. firms in Zürich\u2014honestly.";
        List<Token> tokens = new EnglishTokenizer().tokenize(text);

        Nlp4jEngine.align(text, tokens);

        int previous = 0;
        for (Token t : tokens) {
            assertThat(t.getStartOffset()).isGreaterThanOrEqualTo(previous);
            assertThat(text.substring(t.getStartOffset(), t.getEndOffset())).isEqualTo(t.getWordForm());
            previous = t.getEndOffset();
        }
    }
}
