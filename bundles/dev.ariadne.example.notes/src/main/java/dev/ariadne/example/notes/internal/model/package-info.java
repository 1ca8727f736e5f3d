/**
 * The note model of the Case Notes plugin, free of SWT and OSGi so it is unit-tested on its own: the immutable
 * {@link dev.ariadne.example.notes.internal.model.Note}, the editable
 * {@link dev.ariadne.example.notes.internal.model.RichTextDocument}, the editor's undo history, the autosave
 * {@link dev.ariadne.example.notes.internal.model.Debouncer}, and the storage in the case
 * ({@link dev.ariadne.example.notes.internal.model.NoteStore}, {@link dev.ariadne.example.notes.internal.model.SaveQueue}).
 *
 * <h2>Storage</h2>
 * Notes live in the case database through {@code Case.records("dev.ariadne.example.notes")}, one record per note
 * under the key {@code note/<id>} (the id is a random UUID). Other keys of the namespace are left alone, so later
 * versions can keep settings beside the notes.
 *
 * <h2>Record format, version 1</h2>
 * A record is one JSON object (UTF-8 text, written by {@link dev.ariadne.example.notes.internal.model.NoteCodec}):
 * <pre>{@code
 * {
 *   "format": "ariadne.note",            // always this value
 *   "version": 1,                        // the format version; a reader refuses versions newer than its own
 *   "id": "8c1c0c1e-…",                  // the note id, equal to the key without "note/"
 *   "title": "Meeting with the envoy",   // the first non-blank line, at most 60 chars (for lists and search hits)
 *   "created": "2025-03-01T09:30:00Z",   // ISO-8601 instants, UTC
 *   "modified": "2025-03-01T09:41:12.250Z",
 *   "text": "Meeting with the envoy\nAgreed:\nwithdraw\nreport",
 *   "spans": [                           // character styles over the text
 *     {"start": 13, "end": 19, "styles": ["bold", "underline"]}
 *   ],
 *   "blocks": [                          // lines that are not plain paragraphs
 *     {"line": 0, "kind": "heading"},
 *     {"line": 2, "kind": "bullet"},
 *     {"line": 3, "kind": "bullet"}
 *   ]
 * }
 * }</pre>
 * <ul>
 * <li>{@code text} is the plain text, with lines separated by {@code \n} (never {@code \r}); it is stored whole so
 * that {@code CaseRecords.find} and later full-text search see the words of the note.</li>
 * <li>{@code spans} use UTF-16 offsets {@code [start, end)} into {@code text}, like every offset in Ariadne. They are
 * sorted, do not overlap, do not cover a line break, and each has at least one style of {@code bold},
 * {@code italic}, {@code underline}. Text outside every span is plain.</li>
 * <li>{@code blocks} give the kind of a line by its index (from 0): {@code heading} or {@code bullet}, sorted, at most
 * one per line; lines not listed are plain paragraphs.</li>
 * </ul>
 * A record that breaks any of these rules, or that is not JSON, is reported (the view shows how many notes could not
 * be read; the log says why) and skipped; it is never overwritten. A later version that adds styles or fields
 * increments {@code version}; readers of version 1 then refuse such notes instead of losing what they do not
 * understand.
 */
package dev.ariadne.example.notes.internal.model;
