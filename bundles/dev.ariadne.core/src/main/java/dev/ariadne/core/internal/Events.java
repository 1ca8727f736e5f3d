package dev.ariadne.core.internal;

import java.util.Map;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts Ariadne's events (topics of {@link dev.ariadne.api.events.Topics}) on an EventAdmin that may be absent.
 *
 * <p>Used by the core's components only; called on whatever thread changes the state being announced. Posting is
 * asynchronous and never throws: an EventAdmin that fails is logged, because a missing event must never undo the
 * change it announces.
 */
public final class Events {

    private static final Logger LOG = LoggerFactory.getLogger(Events.class);

    private Events() {
    }

    /**
     * Posts {@code topic} with {@code properties} when {@code eventAdmin} is present.
     *
     * @param eventAdmin the current EventAdmin, or {@code null} while there is none
     * @return whether the event was handed to an EventAdmin
     */
    public static boolean post(EventAdmin eventAdmin, String topic, Map<String, ?> properties) {
        if (eventAdmin == null) {
            LOG.debug("No EventAdmin; event {} {} not posted", topic, properties);
            return false;
        }
        try {
            eventAdmin.postEvent(new Event(topic, properties));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Could not post event {} {}", topic, properties, e);
            return false;
        }
    }
}
