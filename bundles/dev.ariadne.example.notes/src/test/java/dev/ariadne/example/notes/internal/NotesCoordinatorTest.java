package dev.ariadne.example.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class NotesCoordinatorTest {

    private final AtomicLong clock = new AtomicLong();
    private final NotesCoordinator coordinator = new NotesCoordinator();
    private final List<String> calls = new ArrayList<>();

    NotesCoordinatorTest() {
        coordinator.clockMillis = clock::get;
    }

    @Test
    void aRequestGoesToTheMostRecentlyOpenedView() throws Exception {
        AutoCloseable first = coordinator.attach(() -> calls.add("first"));
        AutoCloseable second = coordinator.attach(() -> calls.add("second"));

        coordinator.requestNewNote();
        second.close();
        coordinator.requestNewNote();
        first.close();

        assertThat(calls).containsExactly("second", "first");
    }

    @Test
    void aRequestWithoutAViewWaitsForTheNextOne() {
        coordinator.requestNewNote();
        clock.addAndGet(NotesCoordinator.PENDING_MILLIS);

        coordinator.attach(() -> calls.add("view"));
        coordinator.attach(() -> calls.add("another"));

        assertThat(calls).containsExactly("view");
    }

    @Test
    void aWaitingRequestExpires() {
        coordinator.requestNewNote();
        clock.addAndGet(NotesCoordinator.PENDING_MILLIS + 1);

        coordinator.attach(() -> calls.add("view"));

        assertThat(calls).isEmpty();
    }
}
