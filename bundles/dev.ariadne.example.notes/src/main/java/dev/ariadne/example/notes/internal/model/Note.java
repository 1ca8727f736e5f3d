package dev.ariadne.example.notes.internal.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One note of a case, as stored in one record. Immutable, so the view (UI thread) hands it to the save jobs (worker
 * threads) as it is; the view replaces its note with {@link #edited} after each change.
 *
 * @param id a random identifier, unique in the case; the record key is {@code "note/" + id}
 * @param title the first non-blank line of the text, shortened, or {@value #UNTITLED}; see {@link #titleOf}
 * @param created when the note was made
 * @param modified when its content last changed
 * @param content its text, styles and line kinds
 */
public record Note(String id, String title, Instant created, Instant modified, RichText content) {

    /** The title of a note without text. */
    public static final String UNTITLED = "Untitled note";

    /** The longest title, in chars, before it is cut with an ellipsis. */
    public static final int MAX_TITLE = 60;

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(content, "content");
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank note id");
        }
    }

    /** A new empty note. */
    public static Note create(String id, Instant now) {
        return new Note(id, UNTITLED, now, now, RichText.EMPTY);
    }

    /** This note with new content, modified at {@code now}, titled after the new text. */
    public Note edited(RichText newContent, Instant now) {
        return new Note(id, titleOf(newContent.text()), created, now, newContent);
    }

    /** The plain text of the note. */
    public String text() {
        return content.text();
    }

    /**
     * The title for a text: its first line that is not blank, trimmed, cut to {@value #MAX_TITLE} chars with an
     * ellipsis (never between the two chars of a surrogate pair), or {@value #UNTITLED}.
     */
    public static String titleOf(String text) {
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                if (trimmed.length() <= MAX_TITLE) {
                    return trimmed;
                }
                int cut = MAX_TITLE - 1;
                if (Character.isHighSurrogate(trimmed.charAt(cut - 1))) {
                    cut--;
                }
                return trimmed.substring(0, cut).stripTrailing() + "\u2026";
            }
        }
        return UNTITLED;
    }
}
