package dev.ariadne.core.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** An EventAdmin for unit tests that keeps every event posted or sent. */
public final class RecordingEventAdmin implements EventAdmin {

    private final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void postEvent(Event event) {
        events.add(event);
    }

    @Override
    public void sendEvent(Event event) {
        events.add(event);
    }

    /** The events so far, in order. */
    public List<Event> events() {
        return List.copyOf(events);
    }

    /** The events of one topic so far, in order. */
    public List<Event> events(String topic) {
        return events.stream().filter(event -> event.getTopic().equals(topic)).toList();
    }
}
