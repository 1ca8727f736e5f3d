package dev.ariadne.ui.platform.internal.progress;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.ariadne.api.events.Topics;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the JobService's start and end events on EventAdmin and tells every open Progress view, so that a view whose
 * refresh timer stopped because nothing ran wakes up when a job starts.
 *
 * <p>A DS component of this bundle, registered both as an {@link EventHandler} for {@link Topics#JOB_STARTED} and
 * {@link Topics#JOB_FINISHED} and as this class for the {@link ProgressView} instances, which add a listener while
 * their widgets exist. {@link #handleEvent} is called on an EventAdmin delivery thread; listeners are called on that
 * thread and must only schedule work on the UI thread.
 */
@Component(service = {EventHandler.class, JobEvents.class},
        property = {EventConstants.EVENT_TOPIC + "=" + Topics.JOB_STARTED,
                EventConstants.EVENT_TOPIC + "=" + Topics.JOB_FINISHED})
public class JobEvents implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(JobEvents.class);

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Adds a listener called, on an EventAdmin thread, after each job start or end. Any thread. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Removes a listener added with {@link #addListener}. Any thread. */
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** The number of listeners now; for tests. */
    int listenerCount() {
        return listeners.size();
    }

    @Override
    public void handleEvent(Event event) {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A Progress view failed to take the job event {}", event.getTopic(), e);
            }
        }
    }
}
