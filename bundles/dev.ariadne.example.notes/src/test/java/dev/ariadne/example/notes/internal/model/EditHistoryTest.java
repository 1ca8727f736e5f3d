package dev.ariadne.example.notes.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import dev.ariadne.example.notes.internal.model.EditHistory.EditKind;
import dev.ariadne.example.notes.internal.model.EditHistory.State;
import org.junit.jupiter.api.Test;

class EditHistoryTest {

    private final EditHistory history = new EditHistory();

    private static State state(String text) {
        return new State(RichText.plain(text), text.length(), text.length());
    }

    @Test
    void aBurstOfTypingIsOneStep() {
        history.beforeChange(EditKind.TYPING, 0, () -> state(""));
        history.beforeChange(EditKind.TYPING, 300, () -> state("a"));
        history.beforeChange(EditKind.TYPING, 600, () -> state("ab"));

        assertThat(history.undo(state("abc"))).contains(state(""));
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void aPauseOrAnotherKindOfEditStartsANewStep() {
        history.beforeChange(EditKind.TYPING, 0, () -> state(""));
        history.beforeChange(EditKind.TYPING, EditHistory.COALESCE_MILLIS + 1, () -> state("a"));
        history.beforeChange(EditKind.DELETING, EditHistory.COALESCE_MILLIS + 2, () -> state("ab"));
        history.beforeChange(EditKind.OTHER, EditHistory.COALESCE_MILLIS + 3, () -> state("a"));
        history.beforeChange(EditKind.OTHER, EditHistory.COALESCE_MILLIS + 4, () -> state("A"));

        assertThat(history.undo(state("*A"))).contains(state("A"));
        assertThat(history.undo(state("A"))).contains(state("a"));
        assertThat(history.undo(state("a"))).contains(state("ab"));
        assertThat(history.undo(state("ab"))).contains(state("a"));
        assertThat(history.undo(state("a"))).contains(state(""));
        assertThat(history.undo(state(""))).isEmpty();
    }

    @Test
    void aBoundaryStartsANewStepWithinABurst() {
        history.beforeChange(EditKind.TYPING, 0, false, () -> state(""));
        history.beforeChange(EditKind.TYPING, 10, false, () -> state("a"));
        history.beforeChange(EditKind.TYPING, 20, true, () -> state("a "));
        history.beforeChange(EditKind.TYPING, 30, false, () -> state("a b"));

        assertThat(history.undo(state("a bc"))).contains(state("a "));
        assertThat(history.undo(state("a "))).contains(state(""));
    }

    @Test
    void coalescingDoesNotAskForTheState() {
        AtomicInteger asked = new AtomicInteger();
        history.beforeChange(EditKind.TYPING, 0, () -> {
            asked.incrementAndGet();
            return state("");
        });
        history.beforeChange(EditKind.TYPING, 10, () -> {
            asked.incrementAndGet();
            return state("a");
        });

        assertThat(asked).hasValue(1);
    }

    @Test
    void redoReappliesAndANewEditClearsIt() {
        history.beforeChange(EditKind.OTHER, 0, () -> state("one"));

        State undone = history.undo(state("two")).orElseThrow();
        assertThat(undone).isEqualTo(state("one"));
        assertThat(history.canRedo()).isTrue();
        assertThat(history.redo(undone)).contains(state("two"));
        assertThat(history.undo(state("two"))).contains(state("one"));

        history.beforeChange(EditKind.TYPING, 100, () -> state("one"));
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void typingRightAfterAnUndoIsANewStep() {
        history.beforeChange(EditKind.TYPING, 0, () -> state(""));
        history.undo(state("a"));
        history.beforeChange(EditKind.TYPING, 10, () -> state(""));
        history.beforeChange(EditKind.TYPING, 20, () -> state("x"));

        assertThat(history.undo(state("xy"))).contains(state(""));
    }

    @Test
    void keepsAtMostTheLimit() {
        for (int i = 0; i <= EditHistory.LIMIT + 10; i++) {
            history.beforeChange(EditKind.OTHER, i, () -> state("s"));
        }
        int steps = 0;
        while (history.undo(state("s")).isPresent()) {
            steps++;
        }
        assertThat(steps).isEqualTo(EditHistory.LIMIT);
    }

    @Test
    void clearForgetsEverything() {
        history.beforeChange(EditKind.OTHER, 0, () -> state("a"));
        history.clear();

        assertThat(history.canUndo()).isFalse();
        assertThat(history.canRedo()).isFalse();
    }
}
