package dev.ariadne.example.notes.internal.model;

import static dev.ariadne.example.notes.internal.model.BlockKind.BULLET;
import static dev.ariadne.example.notes.internal.model.BlockKind.HEADING;
import static dev.ariadne.example.notes.internal.model.BlockKind.PARAGRAPH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RichTextDocumentTest {

    private static final int BOLD = InlineStyle.BOLD.bit();
    private static final int ITALIC = InlineStyle.ITALIC.bit();

    private final RichTextDocument doc = new RichTextDocument();

    private void type(int offset, String text, int mask) {
        doc.replace(offset, 0, text, mask);
    }

    @Test
    void startsEmptyWithOneParagraph() {
        assertThat(doc.snapshot()).isEqualTo(RichText.EMPTY);
        assertThat(doc.lineCount()).isEqualTo(1);
    }

    @Test
    void typedTextTakesTheGivenStylesButLineBreaksNever() {
        type(0, "ab\ncd", BOLD);

        RichText text = doc.snapshot();
        assertThat(text.text()).isEqualTo("ab\ncd");
        assertThat(text.spans()).containsExactly(Span.of(0, 2, InlineStyle.BOLD), Span.of(3, 5, InlineStyle.BOLD));
    }

    @Test
    void loadAndSnapshotRoundTrip() {
        RichText content = new RichText("Title\nitem one\nitem two\nplain",
                List.of(Span.of(0, 5, InlineStyle.ITALIC), Span.of(11, 14, InlineStyle.BOLD, InlineStyle.UNDERLINE)),
                List.of(new Block(0, HEADING), new Block(1, BULLET), new Block(2, BULLET)));

        doc.load(content);

        assertThat(doc.snapshot()).isEqualTo(content);
        assertThat(doc.lineStart(2)).isEqualTo(15);
        assertThat(doc.lineEnd(2)).isEqualTo(23);
        assertThat(doc.lineAt(15)).isEqualTo(2);
        assertThat(doc.lineAt(14)).isEqualTo(1);
    }

    @Test
    void adjacentRunsWithEqualStylesMerge() {
        type(0, "abc", BOLD);
        type(3, "def", BOLD);
        type(6, "g", 0);

        assertThat(doc.snapshot().spans()).containsExactly(Span.of(0, 6, InlineStyle.BOLD));
    }

    @Test
    void deletingShiftsStylesAfterTheDeletion() {
        doc.load(new RichText("hello world", List.of(Span.of(6, 11, InlineStyle.BOLD)), List.of()));

        doc.replace(0, 6, "", 0);

        assertThat(doc.snapshot()).isEqualTo(new RichText("world", List.of(Span.of(0, 5, InlineStyle.BOLD)),
                List.of()));
    }

    @Test
    void toggleAddsAcrossAMixedRangeAndRemovesWhenEverythingHasIt() {
        doc.load(new RichText("abcdef", List.of(Span.of(0, 2, InlineStyle.BOLD)), List.of()));

        assertThat(doc.toggle(InlineStyle.BOLD, 0, 4)).isTrue();
        assertThat(doc.snapshot().spans()).containsExactly(Span.of(0, 4, InlineStyle.BOLD));

        assertThat(doc.toggle(InlineStyle.BOLD, 1, 3)).isFalse();
        assertThat(doc.snapshot().spans()).containsExactly(Span.of(0, 1, InlineStyle.BOLD),
                Span.of(3, 4, InlineStyle.BOLD));
    }

    @Test
    void toggleKeepsOtherStylesAndSkipsLineBreaks() {
        doc.load(new RichText("ab\ncd", List.of(Span.of(0, 2, InlineStyle.ITALIC)), List.of()));

        doc.toggle(InlineStyle.BOLD, 0, 5);

        assertThat(doc.snapshot().spans()).containsExactly(Span.of(0, 2, InlineStyle.BOLD, InlineStyle.ITALIC),
                Span.of(3, 5, InlineStyle.BOLD));
        assertThat(doc.hasEverywhere(InlineStyle.BOLD, 0, 5)).isTrue();
        assertThat(doc.hasEverywhere(InlineStyle.ITALIC, 0, 5)).isFalse();
    }

    @Test
    void typingMaskContinuesThePreviousCharOnTheLine() {
        doc.load(new RichText("ab\ncd\n", List.of(Span.of(0, 2, InlineStyle.BOLD), Span.of(3, 5,
                InlineStyle.ITALIC)), List.of()));

        assertThat(doc.typingMask(2)).isEqualTo(BOLD);   // end of line 0
        assertThat(doc.typingMask(3)).isEqualTo(ITALIC); // start of line 1 takes its first char
        assertThat(doc.typingMask(6)).isZero();          // the empty last line
        assertThat(doc.typingMask(0)).isEqualTo(BOLD);
        assertThat(doc.hasEverywhere(InlineStyle.BOLD, 1, 1)).isTrue();
    }

    @Test
    void enterInABulletContinuesTheList() {
        doc.load(new RichText("item", List.of(), List.of(new Block(0, BULLET))));

        type(4, "\n", 0);

        assertThat(doc.kindOfLine(0)).isEqualTo(BULLET);
        assertThat(doc.kindOfLine(1)).isEqualTo(BULLET);
    }

    @Test
    void enterAfterAHeadingStartsAParagraph() {
        doc.load(new RichText("Title", List.of(), List.of(new Block(0, HEADING))));

        type(5, "\nbody", 0);

        assertThat(doc.snapshot().blocks()).containsExactly(new Block(0, HEADING));
    }

    @Test
    void enterAtTheStartOfAHeadingMovesTheHeadingDown() {
        doc.load(new RichText("Title", List.of(), List.of(new Block(0, HEADING))));

        type(0, "\n", 0);

        assertThat(doc.text()).isEqualTo("\nTitle");
        assertThat(doc.kindOfLine(0)).isEqualTo(PARAGRAPH);
        assertThat(doc.kindOfLine(1)).isEqualTo(HEADING);
    }

    @Test
    void joiningLinesKeepsTheKindOfTheFirstLine() {
        doc.load(new RichText("Title\nbody", List.of(), List.of(new Block(0, HEADING))));

        doc.replace(5, 1, "", 0); // Backspace at the start of "body"

        assertThat(doc.snapshot()).isEqualTo(new RichText("Titlebody", List.of(), List.of(new Block(0, HEADING))));
    }

    @Test
    void deletingWholeLinesFromALineStartKeepsTheKindOfTheRemainingText() {
        doc.load(new RichText("a\nb\nc", List.of(), List.of(new Block(0, HEADING), new Block(2, BULLET))));

        doc.replace(0, 4, "", 0); // removes "a\nb\n"

        assertThat(doc.snapshot()).isEqualTo(new RichText("c", List.of(), List.of(new Block(0, BULLET))));
    }

    @Test
    void pastingSeveralLinesInsideABulletMakesMoreBullets() {
        doc.load(new RichText("xy", List.of(), List.of(new Block(0, BULLET))));

        type(1, "1\n2\n3", 0);

        assertThat(doc.text()).isEqualTo("x1\n2\n3y");
        assertThat(doc.snapshot().blocks()).containsExactly(new Block(0, BULLET), new Block(1, BULLET),
                new Block(2, BULLET));
    }

    @Test
    void toggleBlockSetsOrClearsEveryLine() {
        doc.load(RichText.plain("a\nb\nc"));

        assertThat(doc.toggleBlock(BULLET, 0, 1)).isEqualTo(BULLET);
        assertThat(doc.snapshot().blocks()).containsExactly(new Block(0, BULLET), new Block(1, BULLET));
        assertThat(doc.toggleBlock(BULLET, 1, 2)).isEqualTo(BULLET); // line 2 was not a bullet yet
        assertThat(doc.toggleBlock(BULLET, 0, 2)).isEqualTo(PARAGRAPH);
        assertThat(doc.snapshot().blocks()).isEmpty();
        assertThat(doc.toggleBlock(HEADING, 1, 1)).isEqualTo(HEADING);
        assertThat(doc.snapshot().blocks()).containsExactly(new Block(1, HEADING));
    }

    @Test
    void unicodeOffsetsAreUtf16Chars() {
        type(0, "\uD83D\uDE80x", 0);
        doc.toggle(InlineStyle.UNDERLINE, 0, 2);

        assertThat(doc.snapshot().spans()).containsExactly(Span.of(0, 2, InlineStyle.UNDERLINE));
    }

    @Test
    void refusesBadEdits() {
        type(0, "abc", 0);

        assertThatThrownBy(() -> doc.replace(4, 0, "x", 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> doc.replace(1, 5, "x", 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> doc.replace(0, 0, "\r\n", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(doc.text()).isEqualTo("abc");
    }
}
