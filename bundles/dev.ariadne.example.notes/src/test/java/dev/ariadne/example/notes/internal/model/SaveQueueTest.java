package dev.ariadne.example.notes.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.ariadne.api.cases.Case;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SaveQueueTest {

    private final NoteCodec codec = new NoteCodec();
    private final NoteStore store = new NoteStore(codec);
    private final FakeCase aCase = new FakeCase("c1");
    private final InMemoryRecords records = aCase.records(NoteStore.NAMESPACE);
    private final List<Runnable> launched = new ArrayList<>();
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final SaveQueue.Listener listener = new SaveQueue.Listener() {
        @Override
        public void written(Case c, String noteId, Optional<Note> note) {
            heard.add((note.isPresent() ? "saved " : "deleted ") + noteId);
        }

        @Override
        public void failed(Case c, String noteId, Exception error) {
            heard.add("failed " + noteId + ": " + error.getMessage());
        }
    };
    private ExecutorService pool;

    @AfterEach
    void stopPool() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static Note note(String id, String text) {
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        return Note.create(id, at).edited(RichText.plain(text), at);
    }

    private String stored(String id) throws NoteFormatException {
        return codec.read(records.get("note/" + id).orElseThrow()).text();
    }

    @Test
    void oneJobWritesEverythingQueuedAndOnlyTheNewestVersionOfANote() throws Exception {
        SaveQueue queue = new SaveQueue(store, (name, body) -> launched.add(body), listener);

        queue.save(aCase, note("a", "v1"));
        queue.save(aCase, note("b", "b1"));
        queue.save(aCase, note("a", "v2"));

        assertThat(launched).hasSize(1);
        assertThat(queue.isBusy()).isTrue();
        launched.get(0).run();

        assertThat(stored("a")).isEqualTo("v2");
        assertThat(stored("b")).isEqualTo("b1");
        assertThat(heard).containsExactly("saved a", "saved b");
        assertThat(queue.isBusy()).isFalse();
    }

    @Test
    void aWriteQueuedWhileTheJobRunsIsWrittenByTheSameJob() throws Exception {
        SaveQueue[] queue = new SaveQueue[1];
        SaveQueue.Listener chaining = new SaveQueue.Listener() {
            @Override
            public void written(Case c, String noteId, Optional<Note> note) {
                heard.add("saved " + noteId);
                if (noteId.equals("a")) {
                    queue[0].save(aCase, note("b", "late"));
                }
            }

            @Override
            public void failed(Case c, String noteId, Exception error) {
                heard.add("failed " + noteId);
            }
        };
        queue[0] = new SaveQueue(store, (name, body) -> launched.add(body), chaining);

        queue[0].save(aCase, note("a", "first"));
        launched.get(0).run();

        assertThat(launched).hasSize(1);
        assertThat(stored("b")).isEqualTo("late");
        assertThat(heard).containsExactly("saved a", "saved b");
    }

    @Test
    void aDeleteAfterASaveWinsAndASaveAfterADeleteRecreates() throws Exception {
        SaveQueue queue = new SaveQueue(store, (name, body) -> launched.add(body), listener);
        store.save(records, note("a", "old"));

        queue.save(aCase, note("a", "edited"));
        queue.delete(aCase, "a");
        launched.remove(0).run();
        assertThat(records.get("note/a")).isEmpty();

        queue.delete(aCase, "b");
        queue.save(aCase, note("b", "back"));
        launched.remove(0).run();
        assertThat(stored("b")).isEqualTo("back");
        assertThat(heard).containsExactly("deleted a", "saved b");
    }

    @Test
    void aFailedWriteIsReportedAndTheRestGoOn() throws Exception {
        FakeCase closed = new FakeCase("closed");
        closed.records(NoteStore.NAMESPACE).failure = new IllegalStateException("the case is closed");
        SaveQueue queue = new SaveQueue(store, (name, body) -> launched.add(body), listener);

        queue.save(closed, note("x", "lost"));
        queue.save(aCase, note("y", "kept"));
        launched.get(0).run();

        assertThat(heard).containsExactly("failed x: the case is closed", "saved y");
        assertThat(stored("y")).isEqualTo("kept");
        assertThat(queue.isBusy()).isFalse();
    }

    @Test
    void whenNoJobCanStartTheWritesWaitForTheNextOne() throws Exception {
        boolean[] broken = {true};
        SaveQueue queue = new SaveQueue(store, (name, body) -> {
            if (broken[0]) {
                throw new IllegalStateException("no job service");
            }
            launched.add(body);
        }, listener);

        queue.save(aCase, note("a", "one"));
        assertThat(launched).isEmpty();
        assertThat(queue.isBusy()).isTrue();

        broken[0] = false;
        queue.save(aCase, note("b", "two"));
        launched.get(0).run();

        assertThat(stored("a")).isEqualTo("one");
        assertThat(stored("b")).isEqualTo("two");
    }

    @Test
    void writesKeepTheirOrderOnAPoolOfThreads() throws Exception {
        pool = Executors.newFixedThreadPool(4);
        CountDownLatch done = new CountDownLatch(1);
        SaveQueue queue = new SaveQueue(store, (name, body) -> pool.execute(body), new SaveQueue.Listener() {
            @Override
            public void written(Case c, String noteId, Optional<Note> note) {
                if (note.isPresent() && note.get().text().equals("v500")) {
                    done.countDown();
                }
            }

            @Override
            public void failed(Case c, String noteId, Exception error) {
                heard.add("failed " + noteId);
            }
        });

        for (int i = 1; i <= 500; i++) {
            queue.save(aCase, note("a", "v" + i));
        }

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (queue.isBusy() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(queue.isBusy()).isFalse();
        assertThat(stored("a")).isEqualTo("v500");
        assertThat(heard).isEmpty();
    }
}
