package dev.ariadne.example.notes.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class NoteTest {

    @Test
    void titleIsTheFirstNonBlankLine() {
        assertThat(Note.titleOf("")).isEqualTo(Note.UNTITLED);
        assertThat(Note.titleOf("  \n\t\n")).isEqualTo(Note.UNTITLED);
        assertThat(Note.titleOf("\n  Envoy meeting  \nsecond")).isEqualTo("Envoy meeting");
    }

    @Test
    void longTitlesAreCutWithAnEllipsisNeverInsideASurrogatePair() {
        String longLine = "a".repeat(100);
        assertThat(Note.titleOf(longLine)).hasSize(Note.MAX_TITLE).endsWith("\u2026");

        // Put an emoji (two chars) right where the cut falls.
        String emojiAtCut = "b".repeat(Note.MAX_TITLE - 2) + "\uD83D\uDE80" + "tail";
        String title = Note.titleOf(emojiAtCut);
        assertThat(title).endsWith("\u2026");
        assertThat(Character.isHighSurrogate(title.charAt(title.length() - 2))).isFalse();
    }

    @Test
    void editedRetitlesAndKeepsIdentity() {
        Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
        Instant t1 = Instant.parse("2025-01-02T00:00:00Z");
        Note note = Note.create("id", t0);

        Note edited = note.edited(RichText.plain("Findings\nmore"), t1);

        assertThat(edited.id()).isEqualTo("id");
        assertThat(edited.created()).isEqualTo(t0);
        assertThat(edited.modified()).isEqualTo(t1);
        assertThat(edited.title()).isEqualTo("Findings");
    }

    @Test
    void richTextValidatesItsParts() {
        assertThatThrownBy(() -> new RichText("abc", List.of(Span.of(1, 2, InlineStyle.BOLD),
                Span.of(0, 1, InlineStyle.BOLD)), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RichText("a\nb", List.of(), List.of(new Block(1, BlockKind.BULLET),
                new Block(1, BlockKind.HEADING)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Block(0, BlockKind.PARAGRAPH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(0, 1, java.util.Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RichText("a\nb\n", List.of(), List.of()).lineCount()).isEqualTo(3);
        assertThat(new RichText("a\nb", List.of(), List.of(new Block(1, BlockKind.BULLET))).kindOfLine(1))
                .isEqualTo(BlockKind.BULLET);
    }
}
