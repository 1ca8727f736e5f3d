package dev.ariadne.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ariadne.api.events.Topics;
import dev.ariadne.api.selection.Ref;
import dev.ariadne.api.selection.Selection;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

class SelectionHubTest {
    private final List<Event> posted = new ArrayList<>();
    private final EventAdmin admin = new EventAdmin() {
        @Override
        public void postEvent(Event event) {
            posted.add(event);
        }

        @Override
        public void sendEvent(Event event) {
            posted.add(event);
        }
    };
    private final AtomicInteger changes = new AtomicInteger();
    private final SelectionHub hub = new SelectionHub(() -> admin, changes::incrementAndGet);

    @Test
    void viewSelectionsReachListenersAndEventAdminWithTheViewAsSource() throws Exception {
        List<Selection> heard = new ArrayList<>();
        AutoCloseable registration = hub.listen(heard::add);
        hub.set("a", Selection.of("somebody-else", new Ref(Ref.KIND_DOCUMENT, "d1", "Doc 1"),
                new Ref(Ref.KIND_ENTITY, "e1", null)));
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).source()).isEqualTo("a");
        Event event = posted.get(0);
        assertThat(event.getTopic()).isEqualTo(Topics.SELECTION_CHANGED);
        assertThat(event.getProperty(Topics.SELECTION_SOURCE)).isEqualTo("a");
        assertThat((String[]) event.getProperty(Topics.SELECTION_KINDS)).containsExactly("document", "entity");
        assertThat((String[]) event.getProperty(Topics.SELECTION_IDS)).containsExactly("d1", "e1");
        registration.close();
        hub.set("a", Selection.EMPTY);
        assertThat(heard).hasSize(1);
    }

    @Test
    void workbenchSelectionIsTheActiveViews() {
        hub.set("a", Selection.of("a", new Ref("k", "1", null)));
        assertThat(hub.current()).isEqualTo(Selection.EMPTY);
        hub.activate("a");
        assertThat(hub.current().items()).extracting(Ref::id).containsExactly("1");
        hub.activate("b");
        assertThat(hub.current().isEmpty()).isTrue();
        assertThat(hub.current().source()).isEqualTo("b");
        hub.activate("a");
        hub.remove("a");
        assertThat(hub.current()).isEqualTo(Selection.EMPTY);
        assertThat(changes.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void sameSelectionTwiceIsPublishedOnceAndAFailingListenerDoesNotStopOthers() {
        List<Selection> heard = new ArrayList<>();
        hub.listen(s -> {
            throw new IllegalStateException("boom");
        });
        hub.listen(heard::add);
        Selection s = Selection.of("a", new Ref("k", "1", null));
        hub.set("a", s);
        hub.set("a", s);
        assertThat(heard).hasSize(1);
        assertThat(posted).hasSize(1);
    }
}
