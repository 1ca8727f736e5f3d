package dev.ariadne.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.ariadne.api.events.Topics;
import dev.ariadne.api.selection.Ref;
import dev.ariadne.api.selection.Selection;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The selection service: the selection of each view, the workbench selection (the active view's), the listeners
 * registered through {@code Workbench.onSelection}, and the bridge to EventAdmin. Used on the UI thread only; the
 * listeners are called there too, and each change is posted (asynchronously) as {@link Topics#SELECTION_CHANGED}.
 */
final class SelectionHub {
    private static final Logger LOG = LoggerFactory.getLogger(SelectionHub.class);

    private final Map<String, Selection> byView = new HashMap<>();
    private final List<Consumer<Selection>> listeners = new CopyOnWriteArrayList<>();
    private final Supplier<EventAdmin> eventAdmin;
    private final Runnable afterChange;
    private String activeView;

    /**
     * @param eventAdmin where the bridge posts, may supply {@code null} when EventAdmin is absent
     * @param afterChange run after every change of the workbench selection (command enablement)
     */
    SelectionHub(Supplier<EventAdmin> eventAdmin, Runnable afterChange) {
        this.eventAdmin = eventAdmin;
        this.afterChange = afterChange;
    }

    /** A view published a selection; it is stored, given to the listeners and posted. */
    void set(String viewId, Selection selection) {
        Selection normalized = new Selection(viewId, selection == null ? List.of() : selection.items());
        Selection before = byView.put(viewId, normalized);
        if (normalized.equals(before)) {
            return;
        }
        publish(normalized);
        if (viewId.equals(activeView)) {
            afterChange.run();
        }
    }

    /** Another view became active; when that changes the workbench selection, it is published. */
    void activate(String viewId) {
        if (viewId != null && viewId.equals(activeView)) {
            return;
        }
        Selection before = current();
        activeView = viewId;
        Selection after = current();
        if (!after.equals(before)) {
            publish(after);
        }
        afterChange.run();
    }

    /** A view closed: its selection is forgotten. */
    void remove(String viewId) {
        byView.remove(viewId);
        if (viewId.equals(activeView)) {
            activate(null);
        }
    }

    /** The workbench selection: the active view's, or empty. */
    Selection current() {
        return activeView == null ? Selection.EMPTY : byView.getOrDefault(activeView, new Selection(activeView, List.of()));
    }

    /** The id of the active view, or {@code null}. */
    String activeView() {
        return activeView;
    }

    /** Adds a listener; closing the result removes it. */
    AutoCloseable listen(Consumer<Selection> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void publish(Selection selection) {
        for (Consumer<Selection> listener : listeners) {
            try {
                listener.accept(selection);
            } catch (RuntimeException e) {
                LOG.error("A selection listener failed on the selection of {}", selection.source(), e);
            }
        }
        EventAdmin admin = eventAdmin.get();
        if (admin != null) {
            Map<String, Object> props = new HashMap<>();
            props.put(Topics.SELECTION_SOURCE, selection.source());
            props.put(Topics.SELECTION_KINDS, selection.items().stream().map(Ref::kind).toArray(String[]::new));
            props.put(Topics.SELECTION_IDS, selection.items().stream().map(Ref::id).toArray(String[]::new));
            try {
                admin.postEvent(new Event(Topics.SELECTION_CHANGED, props));
            } catch (RuntimeException e) {
                LOG.warn("Could not post the selection of {} to EventAdmin", selection.source(), e);
            }
        }
    }
}
