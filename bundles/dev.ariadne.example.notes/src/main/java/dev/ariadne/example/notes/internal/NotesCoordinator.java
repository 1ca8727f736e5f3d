package dev.ariadne.example.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.osgi.service.component.annotations.Component;

/**
 * Hands the New Note command's requests to the open notes view. The command cannot reach the view directly: views
 * are prototype-scope services held by the workbench shell, and the view the command opens may be created after the
 * command returns. So a view {@linkplain #attach attaches} a handler while it is open, and a request that finds no
 * view waits (for {@link #PENDING_MILLIS}) for the next one to attach.
 *
 * <p>A DS component private to this bundle (its service type is not exported). Called on the UI thread; synchronized
 * anyway because DS may activate it on another.
 */
@Component(service = NotesCoordinator.class)
public class NotesCoordinator {

    /** How long a request waits for a view to open. */
    static final long PENDING_MILLIS = 10_000;

    private final List<Runnable> handlers = new ArrayList<>();
    private long pendingSince = -1;
    /** Milliseconds of a monotonic clock; package-private so tests can drive it. */
    LongSupplier clockMillis = () -> System.nanoTime() / 1_000_000;

    /**
     * Registers the New Note handler of an open view; a request waiting for a view is handed to it at once.
     *
     * @return closing it unregisters the handler
     */
    public AutoCloseable attach(Runnable newNoteHandler) {
        boolean deliver;
        synchronized (this) {
            handlers.add(newNoteHandler);
            deliver = pendingSince >= 0 && clockMillis.getAsLong() - pendingSince <= PENDING_MILLIS;
            pendingSince = -1;
        }
        if (deliver) {
            newNoteHandler.run();
        }
        return () -> {
            synchronized (this) {
                handlers.remove(newNoteHandler);
            }
        };
    }

    /** Asks the most recently opened view to start a new note, or the next view that opens if none is open. */
    public void requestNewNote() {
        Runnable handler;
        synchronized (this) {
            handler = handlers.isEmpty() ? null : handlers.get(handlers.size() - 1);
            if (handler == null) {
                pendingSince = clockMillis.getAsLong();
            }
        }
        if (handler != null) {
            handler.run();
        }
    }
}
