package dev.ariadne.example.notes.internal.model;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.ariadne.api.cases.Case;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes note saves and deletions to the case database in the order they were asked for, off the calling thread.
 *
 * <p>At most one job of a queue runs at a time and it drains every pending write, so an older version of a note can
 * never overwrite a newer one, however many worker threads the pool has. A note saved several times while the job is
 * busy is written once, in its newest version. {@link #save} and {@link #delete} are called on the UI thread and
 * return at once; the writes run inside a job started through the {@link Launcher} (the view's one submits to the
 * {@link dev.ariadne.api.jobs.JobService}). The {@link Listener} hears of each write on the job's thread.
 */
public final class SaveQueue {

    private static final Logger LOG = LoggerFactory.getLogger(SaveQueue.class);

    /** Starts a job running {@code body}. Implemented by the view over the JobService; tests run it by hand. */
    @FunctionalInterface
    public interface Launcher {
        /** Runs {@code body} later on another thread; may throw when no worker pool is available. */
        void launch(String name, Runnable body);
    }

    /** Hears of the writes; called on the job's thread. */
    public interface Listener {
        /** The note (or its deletion, {@code note} empty) is in the case database now. */
        void written(Case aCase, String noteId, Optional<Note> note);

        /** Writing failed; the write is dropped (a later edit of the note saves it again). */
        void failed(Case aCase, String noteId, Exception error);
    }

    private record Write(Case aCase, String noteId, Optional<Note> note) {
    }

    private final NoteStore store;
    private final Launcher launcher;
    private final Listener listener;
    private final Map<String, Write> pending = new LinkedHashMap<>();
    private boolean running;

    public SaveQueue(NoteStore store, Launcher launcher, Listener listener) {
        this.store = Objects.requireNonNull(store, "store");
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Queues a save of {@code note} in {@code aCase}. */
    public void save(Case aCase, Note note) {
        enqueue(new Write(aCase, note.id(), Optional.of(note)));
    }

    /** Queues the removal of the note {@code noteId} from {@code aCase}, after any save queued for it before. */
    public void delete(Case aCase, String noteId) {
        enqueue(new Write(aCase, noteId, Optional.empty()));
    }

    /** Whether writes are queued or being written. */
    public synchronized boolean isBusy() {
        return running || !pending.isEmpty();
    }

    private void enqueue(Write write) {
        synchronized (this) {
            pending.put(write.aCase().id() + "/" + write.noteId(), write);
            if (running) {
                return;
            }
            running = true;
        }
        try {
            launcher.launch("Save case notes", this::drain);
        } catch (RuntimeException e) {
            synchronized (this) {
                running = false;
            }
            LOG.error("Could not start the job that saves case notes; {} write(s) wait for the next edit",
                    pendingCount(), e);
        }
    }

    private synchronized int pendingCount() {
        return pending.size();
    }

    /** The job body: writes until nothing is pending. */
    void drain() {
        boolean drained = false;
        try {
            drainPending();
            drained = true;
        } finally {
            if (!drained) {
                synchronized (this) {
                    running = false;
                }
            }
        }
    }

    private void drainPending() {
        while (true) {
            Write write;
            synchronized (this) {
                Iterator<Write> it = pending.values().iterator();
                if (!it.hasNext()) {
                    running = false;
                    return;
                }
                write = it.next();
                it.remove();
            }
            try {
                var records = write.aCase().records(NoteStore.NAMESPACE);
                if (write.note().isPresent()) {
                    store.save(records, write.note().get());
                } else {
                    store.delete(records, write.noteId());
                }
                listener.written(write.aCase(), write.noteId(), write.note());
            } catch (RuntimeException e) {
                LOG.error("Could not {} note {} in case {}", write.note().isPresent() ? "save" : "delete",
                        write.noteId(), write.aCase().folder(), e);
                listener.failed(write.aCase(), write.noteId(), e);
            }
        }
    }
}
