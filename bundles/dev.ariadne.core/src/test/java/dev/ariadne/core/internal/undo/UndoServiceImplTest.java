package dev.ariadne.core.internal.undo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseRecords;
import dev.ariadne.api.events.Topics;
import dev.ariadne.api.undo.UndoableChange;
import dev.ariadne.core.internal.RecordingEventAdmin;

class UndoServiceImplTest {

    final RecordingEventAdmin events = new RecordingEventAdmin();
    final List<String> document = new ArrayList<>();

    private UndoServiceImpl service(int limit) {
        UndoServiceImpl service = new UndoServiceImpl(limit);
        service.eventAdmin = events;
        return service;
    }

    @Test
    void changesAreAppliedUndoneAndRedoneInOrder() throws Exception {
        UndoServiceImpl service = service(200);
        FakeCase aCase = new FakeCase("c1");

        service.execute(aCase, append("a"));
        service.execute(aCase, append("b"));

        assertThat(document).containsExactly("a", "b");
        assertThat(service.undoLabels(aCase)).containsExactly("Add b", "Add a");
        assertThat(service.undo(aCase)).contains("Add b");
        assertThat(document).containsExactly("a");
        assertThat(service.redoLabels(aCase)).containsExactly("Add b");
        assertThat(service.redo(aCase)).contains("Add b");
        assertThat(document).containsExactly("a", "b");
        assertThat(service.undo(aCase)).contains("Add b");
        assertThat(service.undo(aCase)).contains("Add a");
        assertThat(service.undo(aCase)).isEmpty();
        assertThat(document).isEmpty();
        assertThat(service.redoLabels(aCase)).containsExactly("Add a", "Add b");
    }

    @Test
    void aNewChangeClearsTheRedoStack() throws Exception {
        UndoServiceImpl service = service(200);
        FakeCase aCase = new FakeCase("c1");
        service.execute(aCase, append("a"));
        service.undo(aCase);

        service.execute(aCase, append("b"));

        assertThat(service.redoLabels(aCase)).isEmpty();
        assertThat(service.redo(aCase)).isEmpty();
    }

    @Test
    void theHistoryIsBounded() throws Exception {
        UndoServiceImpl service = service(3);
        FakeCase aCase = new FakeCase("c1");
        for (String item : List.of("a", "b", "c", "d", "e")) {
            service.execute(aCase, append(item));
        }

        assertThat(service.undoLabels(aCase)).containsExactly("Add e", "Add d", "Add c");
    }

    @Test
    void casesHaveSeparateHistories() throws Exception {
        UndoServiceImpl service = service(200);
        FakeCase first = new FakeCase("c1");
        FakeCase second = new FakeCase("c2");

        service.execute(first, append("a"));

        assertThat(service.undoLabels(second)).isEmpty();
        assertThat(service.undo(second)).isEmpty();
        assertThat(service.undoLabels(first)).containsExactly("Add a");
    }

    @Test
    void aFailingChangeStaysWhereItWas() throws Exception {
        UndoServiceImpl service = service(200);
        FakeCase aCase = new FakeCase("c1");
        UndoableChange stubborn = new UndoableChange() {
            @Override
            public String label() {
                return "Stubborn";
            }

            @Override
            public void apply() {
                document.add("stubborn");
            }

            @Override
            public void revert() throws Exception {
                throw new java.io.IOException("cannot revert");
            }
        };
        service.execute(aCase, stubborn);

        assertThatThrownBy(() -> service.undo(aCase)).hasMessage("cannot revert");
        assertThat(service.undoLabels(aCase)).containsExactly("Stubborn");

        UndoableChange broken = change("Broken", () -> {
            throw new IllegalStateException("cannot apply");
        }, () -> { });
        assertThatThrownBy(() -> service.execute(aCase, broken)).hasMessage("cannot apply");
        assertThat(service.undoLabels(aCase)).containsExactly("Stubborn");
    }

    @Test
    void everyChangeOfTheHistoryIsPosted() throws Exception {
        UndoServiceImpl service = service(200);
        FakeCase aCase = new FakeCase("c1");

        service.execute(aCase, append("a"));
        service.undo(aCase);
        service.redo(aCase);

        List<Event> posted = events.events(Topics.UNDO_CHANGED);
        assertThat(posted).hasSize(3);
        assertThat(posted).allSatisfy(event -> {
            assertThat(event.getProperty(Topics.CASE_ID)).isEqualTo("c1");
            assertThat(event.getProperty(Topics.UNDO_LABEL)).isEqualTo("Add a");
        });
    }

    @Test
    void theHistoryIsForgottenWhenTheCaseCloses() throws Exception {
        UndoServiceImpl service = service(200);
        FakeCase aCase = new FakeCase("c1");
        service.execute(aCase, append("a"));

        aCase.open = false;
        service.handleEvent(new Event(Topics.CASE_CLOSED, Map.of(Topics.CASE_ID, "c1")));

        assertThat(service.undoLabels(aCase)).isEmpty();
        assertThat(events.events(Topics.UNDO_CHANGED)).last()
                .satisfies(event -> assertThat(event.getProperty(Topics.UNDO_LABEL)).isNull());
        assertThatThrownBy(() -> service.execute(aCase, append("b"))).isInstanceOf(IllegalStateException.class);
        FakeCase reopened = new FakeCase("c1");
        assertThat(service.undoLabels(reopened)).isEmpty();
    }

    private UndoableChange append(String item) {
        return change("Add " + item, () -> document.add(item), () -> document.remove(document.size() - 1));
    }

    private static UndoableChange change(String label, Runnable apply, Runnable revert) {
        return new UndoableChange() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public void apply() {
                apply.run();
            }

            @Override
            public void revert() {
                revert.run();
            }
        };
    }

    /** Just enough of a case for the undo history. */
    static final class FakeCase implements Case {
        final String id;
        volatile boolean open = true;

        FakeCase(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String name() {
            return "Case " + id;
        }

        @Override
        public Path folder() {
            return Path.of("/cases", id);
        }

        @Override
        public Path area(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int schemaVersion() {
            return 1;
        }

        @Override
        public CaseRecords records(String namespace) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Connection connect() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isOpen() {
            return open;
        }
    }
}
