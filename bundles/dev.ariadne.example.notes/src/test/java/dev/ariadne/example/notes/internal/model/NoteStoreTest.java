package dev.ariadne.example.notes.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class NoteStoreTest {

    private final NoteCodec codec = new NoteCodec();
    private final NoteStore store = new NoteStore(codec);
    private final InMemoryRecords records = new InMemoryRecords(NoteStore.NAMESPACE);

    private static Note note(String id, String text, String modified) {
        Instant at = Instant.parse(modified);
        return Note.create(id, at).edited(RichText.plain(text), at);
    }

    @Test
    void savesOneRecordPerNoteAndLoadsThemNewestFirst() {
        Note older = note("a", "Older note", "2025-01-01T10:00:00Z");
        Note newer = note("b", "Newer note", "2025-02-01T10:00:00Z");
        store.save(records, older);
        store.save(records, newer);

        assertThat(records.keys()).containsExactly("note/a", "note/b");
        NoteStore.LoadResult result = store.loadAll(records);

        assertThat(result.notes()).containsExactly(newer, older);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aCorruptRecordIsReportedAndSkippedAndLeftAlone() {
        Note good = note("good", "Fine", "2025-01-01T10:00:00Z");
        store.save(records, good);
        records.put("note/broken", "{\"format\":\"ariadne.note\",\"version\":1,\"text\":");
        records.put("note/future", codec.write(note("future", "x", "2025-01-01T10:00:00Z"))
                .replace("\"version\":1", "\"version\":9"));
        records.put("note/elsewhere", codec.write(note("other-id", "x", "2025-01-01T10:00:00Z")));
        records.put("settings", "not a note and not read as one");

        NoteStore.LoadResult result = store.loadAll(records);

        assertThat(result.notes()).containsExactly(good);
        assertThat(result.problems()).hasSize(3);
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).startsWith("note/broken: ")
                .contains("not valid JSON"));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).startsWith("note/future: ")
                .contains("version 9"));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).startsWith("note/elsewhere: ")
                .contains("does not match"));
        assertThat(records.get("note/broken")).contains("{\"format\":\"ariadne.note\",\"version\":1,\"text\":");
    }

    @Test
    void deleteRemovesTheRecord() {
        store.save(records, note("a", "x", "2025-01-01T10:00:00Z"));

        store.delete(records, "a");
        store.delete(records, "missing");

        assertThat(records.keys()).isEmpty();
    }

    @Test
    void searchFindsTextIgnoringCaseThroughTheDatabase() {
        store.save(records, note("a", "Meeting with the ENVOY in Vienna", "2025-01-01T10:00:00Z"));
        store.save(records, note("b", "Shipping manifest", "2025-01-02T10:00:00Z"));
        store.save(records, note("c", "the envoy left", "2025-01-03T10:00:00Z"));

        assertThat(store.search(records, "envoy")).containsExactly("c", "a");
        assertThat(records.finds).hasValue(1);
        assertThat(store.search(records, "  vienna ")).containsExactly("a");
        assertThat(store.search(records, "nowhere")).isEmpty();
        assertThat(store.search(records, "")).containsExactly("c", "b", "a");
    }

    @Test
    void searchDoesNotMatchTheJsonAroundTheText() {
        store.save(records, note("a", "plain words", "2025-01-01T10:00:00Z"));

        assertThat(store.search(records, "format")).isEmpty();
        assertThat(store.search(records, "ariadne.note")).isEmpty();
        assertThat(store.search(records, "\"text\"")).isEmpty();
    }

    @Test
    void searchHandlesCharsThatJsonEscapes() {
        store.save(records, note("q", "He said \"withdraw\" twice", "2025-01-01T10:00:00Z"));
        store.save(records, note("n", "first line\nsecond line", "2025-01-02T10:00:00Z"));
        store.save(records, note("p", "C:\\cases\\vienna", "2025-01-03T10:00:00Z"));

        assertThat(store.search(records, "\"withdraw\"")).containsExactly("q");
        assertThat(store.search(records, "line\nsecond")).containsExactly("n");
        assertThat(store.search(records, "\\cases\\")).containsExactly("p");
        assertThat(store.search(records, "\"")).containsExactly("q");
    }

    @Test
    void searchablePartIsTheLongestPieceSpelledAlikeInJson() {
        assertThat(store.searchablePart("envoy")).isEqualTo("envoy");
        assertThat(store.searchablePart("a \"long piece\" b")).isEqualTo("long piece");
        assertThat(store.searchablePart("\"\\")).isEmpty();
        assertThat(store.searchablePart("Кремль")).isEqualTo("Кремль");
    }

    @Test
    void matchesIgnoresCaseAndBlankQueries() {
        Note n = note("a", "Straße in KÖLN", "2025-01-01T10:00:00Z");

        assertThat(NoteStore.matches(n, "köln")).isTrue();
        assertThat(NoteStore.matches(n, "  ")).isTrue();
        assertThat(NoteStore.matches(n, "berlin")).isFalse();
        assertThat(NoteStore.containsIgnoreCase("abc", "")).isTrue();
        assertThat(List.of(NoteStore.KEY_PREFIX, NoteStore.NAMESPACE))
                .containsExactly("note/", "dev.ariadne.example.notes");
    }
}
