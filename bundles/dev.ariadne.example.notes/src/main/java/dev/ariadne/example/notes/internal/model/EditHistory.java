package dev.ariadne.example.notes.internal.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The undo and redo history of the note being edited (SWT's {@code StyledText} keeps none). It stores whole states
 * of the note, taken before each change; consecutive typing, or consecutive deleting, with pauses shorter than
 * {@link #COALESCE_MILLIS} becomes one step, so one undo takes back a word or a burst of typing rather than one
 * char. The editor marks where a step must end anyway (a new word, a new line).
 *
 * <p>Not thread-safe: owned by the UI thread. The caller passes the time, so tests need no clock.
 */
public final class EditHistory {

    /** Longest pause, in milliseconds, between two edits of the same kind that still makes them one undo step. */
    public static final long COALESCE_MILLIS = 1500;

    /** Undo steps kept; older ones are dropped. */
    public static final int LIMIT = 100;

    /** What an edit did, for coalescing. */
    public enum EditKind {
        /** Chars typed or pasted without removing anything. */
        TYPING,
        /** Chars removed without inserting anything. */
        DELETING,
        /** Anything else: a replacement, a style or a line kind change. Never coalesced. */
        OTHER
    }

    /**
     * A state of the note in the editor.
     *
     * @param content the note's content
     * @param selectionStart the selection's start (the caret when it is empty)
     * @param selectionEnd the selection's end
     */
    public record State(RichText content, int selectionStart, int selectionEnd) {
        public State {
            Objects.requireNonNull(content, "content");
        }
    }

    private final Deque<State> undo = new ArrayDeque<>();
    private final Deque<State> redo = new ArrayDeque<>();
    private EditKind lastKind;
    private long lastMillis;

    /**
     * Records that a change of {@code kind} is about to happen at {@code nowMillis}. Pushes the state before it,
     * asking {@code current} for it only when the change starts a new undo step.
     */
    public void beforeChange(EditKind kind, long nowMillis, Supplier<State> current) {
        beforeChange(kind, nowMillis, false, current);
    }

    /**
     * Like {@link #beforeChange(EditKind, long, Supplier)}; when {@code boundary} is true the change starts a new
     * step even if it would otherwise join the previous one (typing that starts a word or a line).
     */
    public void beforeChange(EditKind kind, long nowMillis, boolean boundary, Supplier<State> current) {
        Objects.requireNonNull(kind, "kind");
        boolean coalesce = !boundary && kind != EditKind.OTHER && kind == lastKind
                && nowMillis - lastMillis <= COALESCE_MILLIS && !undo.isEmpty();
        if (!coalesce) {
            undo.push(Objects.requireNonNull(current.get(), "state"));
            while (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        redo.clear();
        lastKind = kind;
        lastMillis = nowMillis;
    }

    /** Takes back the newest step: returns the state to restore, and keeps {@code current} for redo. */
    public Optional<State> undo(State current) {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        redo.push(Objects.requireNonNull(current, "current"));
        lastKind = null;
        return Optional.of(undo.pop());
    }

    /** Does again the newest undone step: returns the state to restore, and keeps {@code current} for undo. */
    public Optional<State> redo(State current) {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        undo.push(Objects.requireNonNull(current, "current"));
        lastKind = null;
        return Optional.of(redo.pop());
    }

    /** Whether there is a step to undo. */
    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /** Whether there is a step to redo. */
    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Forgets everything, e.g. when another note is opened. */
    public void clear() {
        undo.clear();
        redo.clear();
        lastKind = null;
    }
}
