package dev.ariadne.example.notes.internal.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.ariadne.api.cases.CaseRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes notes in a case's {@link CaseRecords}: one record per note under the key {@code "note/<id>"}.
 *
 * <p>Every method touches the case database, so the view calls them from jobs on the worker pool, never on the UI
 * thread. Thread-safe: it keeps no state besides the stateless codec.
 */
public final class NoteStore {

    /** The records namespace of the notes: this bundle's symbolic name. */
    public static final String NAMESPACE = "dev.ariadne.example.notes";

    /** The key prefix of note records; the rest of the key is the note id. */
    public static final String KEY_PREFIX = "note/";

    private static final Logger LOG = LoggerFactory.getLogger(NoteStore.class);

    /** Chars that the JSON of a record spells differently from the text (escaped), so a search cannot use them. */
    private static final String ESCAPED_IN_JSON = "\"\\\u2028\u2029";

    private final NoteCodec codec;

    public NoteStore(NoteCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /**
     * What {@link #loadAll} read.
     *
     * @param notes the notes that could be read, most recently modified first
     * @param problems one line per record that could not be read ("note/… : why"); those records are left untouched
     */
    public record LoadResult(List<Note> notes, List<String> problems) {
        public LoadResult {
            notes = List.copyOf(notes);
            problems = List.copyOf(problems);
        }
    }

    /** Every note of the case; records that cannot be read are logged, reported and skipped. */
    public LoadResult loadAll(CaseRecords records) {
        List<Note> notes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String key : records.keys()) {
            if (!key.startsWith(KEY_PREFIX)) {
                continue;
            }
            Optional<String> value = records.get(key);
            if (value.isEmpty()) {
                continue; // removed since keys() was read
            }
            try {
                notes.add(readRecord(key, value.get()));
            } catch (NoteFormatException e) {
                LOG.warn("Skipping note record {} of namespace {}: {}", key, records.namespace(), e.getMessage());
                problems.add(key + ": " + e.getMessage());
            }
        }
        notes.sort(newestFirst());
        return new LoadResult(notes, problems);
    }

    /** Stores {@code note}, replacing its earlier version. */
    public void save(CaseRecords records, Note note) {
        records.put(KEY_PREFIX + note.id(), codec.write(note));
    }

    /** Removes the note with id {@code id}; does nothing when there is none. */
    public void delete(CaseRecords records, String id) {
        records.remove(KEY_PREFIX + id);
    }

    /**
     * The ids of the stored notes whose text contains {@code query}, ignoring case. The case database narrows the
     * candidates ({@link CaseRecords#find}, which matches the whole JSON of a record), then each candidate is read
     * and its plain text checked, so matches inside field names or style names do not count.
     *
     * @param query the text to look for; blank matches every note
     * @return matching note ids, most recently modified first
     */
    public List<String> search(CaseRecords records, String query) {
        String part = query.isBlank() ? "" : searchablePart(query);
        List<String> keys = part.isEmpty() ? records.keys() : records.find(part);
        List<Note> matches = new ArrayList<>();
        for (String key : keys) {
            if (!key.startsWith(KEY_PREFIX)) {
                continue;
            }
            Optional<String> value = records.get(key);
            if (value.isEmpty()) {
                continue;
            }
            try {
                Note note = readRecord(key, value.get());
                if (matches(note, query)) {
                    matches.add(note);
                }
            } catch (NoteFormatException e) {
                LOG.debug("Search skips unreadable note record {}: {}", key, e.getMessage());
            }
        }
        matches.sort(newestFirst());
        return matches.stream().map(Note::id).toList();
    }

    /** Whether the note's text contains {@code query}, ignoring case; a blank query matches every note. */
    public static boolean matches(Note note, String query) {
        if (query.isBlank()) {
            return true;
        }
        return containsIgnoreCase(note.text(), query.strip());
    }

    /**
     * The longest piece of {@code query} that the JSON of a record spells exactly like the text (no quote, backslash or
     * control char), so the database can look for it; empty when there is none, which lists every record.
     */
    String searchablePart(String query) {
        String stripped = query.strip();
        Set<String> pieces = new LinkedHashSet<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c < 0x20 || ESCAPED_IN_JSON.indexOf(c) >= 0) {
                pieces.add(piece.toString());
                piece.setLength(0);
            } else {
                piece.append(c);
            }
        }
        pieces.add(piece.toString());
        String longest = pieces.stream().max(Comparator.comparingInt(String::length)).orElse("");
        return codec.escaped(longest).equals(longest) ? longest : "";
    }

    private Note readRecord(String key, String value) throws NoteFormatException {
        Note note = codec.read(value);
        if (!key.equals(KEY_PREFIX + note.id())) {
            throw new NoteFormatException("the record's key does not match its note id '" + note.id() + "'");
        }
        return note;
    }

    private static Comparator<Note> newestFirst() {
        return Comparator.comparing(Note::modified).reversed().thenComparing(Note::id);
    }

    static boolean containsIgnoreCase(String text, String query) {
        int n = query.length();
        if (n == 0) {
            return true;
        }
        for (int i = 0; i + n <= text.length(); i++) {
            if (text.regionMatches(true, i, query, 0, n)) {
                return true;
            }
        }
        return false;
    }
}
