package dev.ariadne.example.notes.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class NoteCodecTest {

    private final NoteCodec codec = new NoteCodec();

    private static Note note(RichText content) {
        Instant created = Instant.parse("2025-03-01T09:30:00Z");
        Instant modified = Instant.parse("2025-03-01T09:41:12.250123Z");
        return new Note("8c1c0c1e-0000-4000-8000-000000000001", Note.titleOf(content.text()), created, modified,
                content);
    }

    @Test
    void roundTripKeepsTextStylesAndLineKinds() throws Exception {
        RichText content = new RichText("Meeting with the envoy\nAgreed:\nwithdraw\nreport",
                List.of(Span.of(0, 7, InlineStyle.BOLD), Span.of(13, 19, InlineStyle.BOLD, InlineStyle.UNDERLINE),
                        Span.of(23, 29, InlineStyle.ITALIC)),
                List.of(new Block(0, BlockKind.HEADING), new Block(2, BlockKind.BULLET),
                        new Block(3, BlockKind.BULLET)));
        Note note = note(content);

        Note back = codec.read(codec.write(note));

        assertThat(back).isEqualTo(note);
        assertThat(back.title()).isEqualTo("Meeting with the envoy");
    }

    @Test
    void roundTripKeepsUnicodeAndUtf16Offsets() throws Exception {
        // Emoji are two UTF-16 chars; the span covers exactly the emoji and the Cyrillic word after it.
        String text = "Встреча \uD83D\uDE80 Кремль \"quoted\" back\\slash \u2028 tab\t<html> & 'apos'";
        int start = text.indexOf('\uD83D');
        int end = text.indexOf("Кремль") + "Кремль".length();
        RichText content = new RichText(text, List.of(Span.of(start, end, InlineStyle.ITALIC)), List.of());
        Note note = note(content);

        String json = codec.write(note);
        Note back = codec.read(json);

        assertThat(back).isEqualTo(note);
        assertThat(back.text().substring(start, end)).isEqualTo("\uD83D\uDE80 Кремль");
        assertThat(json).contains("Встреча").contains("<html> & 'apos'");
    }

    @Test
    void roundTripOfAnEmptyNote() throws Exception {
        Note empty = Note.create("n1", Instant.parse("2025-01-01T00:00:00Z"));

        Note back = codec.read(codec.write(empty));

        assertThat(back).isEqualTo(empty);
        assertThat(back.title()).isEqualTo(Note.UNTITLED);
        assertThat(back.content()).isEqualTo(RichText.EMPTY);
    }

    @Test
    void writesTheDocumentedFields() {
        String json = codec.write(note(RichText.plain("x")));

        assertThat(json).contains("\"format\":\"ariadne.note\"", "\"version\":1", "\"text\":\"x\"",
                "\"spans\":[]", "\"blocks\":[]", "\"created\":\"2025-03-01T09:30:00Z\"");
    }

    @Test
    void refusesRecordsThatAreNotNotes() {
        assertThatThrownBy(() -> codec.read("{not json")).isInstanceOf(NoteFormatException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> codec.read("[1,2]")).isInstanceOf(NoteFormatException.class)
                .hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> codec.read("{\"format\":\"other\",\"version\":1}"))
                .isInstanceOf(NoteFormatException.class).hasMessageContaining("format");
        assertThatThrownBy(() -> codec.read("")).isInstanceOf(NoteFormatException.class);
    }

    @Test
    void refusesANewerFormatVersion() {
        String json = codec.write(note(RichText.plain("x"))).replace("\"version\":1", "\"version\":2");

        assertThatThrownBy(() -> codec.read(json)).isInstanceOf(NoteFormatException.class)
                .hasMessageContaining("version 2").hasMessageContaining("newer");
    }

    @Test
    void refusesMissingFieldsAndWrongTypes() {
        String good = codec.write(note(RichText.plain("hello")));

        assertThatThrownBy(() -> codec.read(good.replace("\"text\":\"hello\",", "")))
                .isInstanceOf(NoteFormatException.class).hasMessageContaining("'text' is missing");
        assertThatThrownBy(() -> codec.read(good.replace("\"text\":\"hello\"", "\"text\":5")))
                .isInstanceOf(NoteFormatException.class).hasMessageContaining("'text' is not a string");
        assertThatThrownBy(() -> codec.read(good.replace("\"created\":\"2025-03-01T09:30:00Z\"",
                "\"created\":\"yesterday\""))).isInstanceOf(NoteFormatException.class)
                .hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> codec.read(good.replace("\"version\":1", "\"version\":1.5")))
                .isInstanceOf(NoteFormatException.class).hasMessageContaining("not an int");
    }

    @Test
    void refusesStylesThatDoNotFitTheText() {
        String good = codec.write(note(RichText.plain("hello\nworld")));

        assertThatThrownBy(() -> codec.read(good.replace("\"spans\":[]",
                "\"spans\":[{\"start\":2,\"end\":40,\"styles\":[\"bold\"]}]")))
                .isInstanceOf(NoteFormatException.class).hasMessageContaining("ends after the text");
        assertThatThrownBy(() -> codec.read(good.replace("\"spans\":[]",
                "\"spans\":[{\"start\":0,\"end\":3,\"styles\":[\"bold\"]},{\"start\":2,\"end\":4,\"styles\":[\"italic\"]}]")))
                .isInstanceOf(NoteFormatException.class).hasMessageContaining("overlaps");
        assertThatThrownBy(() -> codec.read(good.replace("\"spans\":[]",
                "\"spans\":[{\"start\":3,\"end\":8,\"styles\":[\"bold\"]}]")))
                .isInstanceOf(NoteFormatException.class).hasMessageContaining("line break");
        assertThatThrownBy(() -> codec.read(good.replace("\"spans\":[]",
                "\"spans\":[{\"start\":0,\"end\":3,\"styles\":[\"blink\"]}]")))
                .isInstanceOf(NoteFormatException.class).hasMessageContaining("unknown style 'blink'");
        assertThatThrownBy(() -> codec.read(good.replace("\"spans\":[]",
                "\"spans\":[{\"start\":3,\"end\":3,\"styles\":[\"bold\"]}]")))
                .isInstanceOf(NoteFormatException.class).hasMessageContaining("invalid span");
        assertThatThrownBy(() -> codec.read(good.replace("\"blocks\":[]",
                "\"blocks\":[{\"line\":2,\"kind\":\"heading\"}]")))
                .isInstanceOf(NoteFormatException.class).hasMessageContaining("has 2 lines");
        assertThatThrownBy(() -> codec.read(good.replace("\"blocks\":[]",
                "\"blocks\":[{\"line\":0,\"kind\":\"paragraph\"}]")))
                .isInstanceOf(NoteFormatException.class).hasMessageContaining("unknown line kind");
        assertThatThrownBy(() -> codec.read(good.replace("hello\\nworld", "hello\\r\\nworld")))
                .isInstanceOf(NoteFormatException.class).hasMessageContaining("carriage return");
    }

    @Test
    void escapedIsTheSpellingInsideTheJson() {
        assertThat(codec.escaped("plain words")).isEqualTo("plain words");
        assertThat(codec.escaped("say \"hi\"")).isEqualTo("say \\\"hi\\\"");
        assertThat(codec.escaped("a\nb")).isEqualTo("a\\nb");
        assertThat(codec.escaped("<b> & Кремль")).isEqualTo("<b> & Кремль");
    }
}
