package dev.ariadne.ui.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import dev.ariadne.api.events.Topics;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/** The shared state and events of the documents views, without a framework. */
class DocumentServicesTest {

    private final DocumentServices services = new DocumentServices();
    private final List<String> heard = new ArrayList<>();

    private AutoCloseable listen() {
        return services.listen(new DocumentServices.Listener() {
            @Override
            public void servicesChanged() {
                heard.add("services");
            }

            @Override
            public void documentAdded(String caseId) {
                heard.add("added " + caseId);
            }

            @Override
            public void importFinished() {
                heard.add("import finished");
            }

            @Override
            public void focusRequested(DocumentServices.Focus focus) {
                heard.add("focus " + focus.documentId() + " #" + focus.serial());
            }
        });
    }

    private static Event event(String topic, String key, Object value) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(key, value);
        return new Event(topic, props);
    }

    @Test
    void eventsReachTheListenersUntilTheyStopListening() throws Exception {
        AutoCloseable listening = listen();
        services.handleEvent(event(Topics.DOCUMENT_ADDED, Topics.CASE_ID, "c1"));
        services.handleEvent(event(Topics.JOB_FINISHED, Topics.JOB_NAME, "Import 3 files"));
        services.handleEvent(event(Topics.JOB_FINISHED, Topics.JOB_NAME, "Sort documents"));
        services.handleEvent(event(Topics.DOCUMENT_ADDED, "other", "x"));
        services.bindStore(new FakeStore());
        assertThat(heard).containsExactly("added c1", "import finished", "services");
        assertThat(services.listenerCount()).isEqualTo(1);
        listening.close();
        assertThat(services.listenerCount()).isZero();
        services.handleEvent(event(Topics.DOCUMENT_ADDED, Topics.CASE_ID, "c1"));
        assertThat(heard).hasSize(3);
    }

    @Test
    void aServiceGoneIsForgottenOnlyWhenItIsTheOneBound() {
        FakeStore first = new FakeStore();
        FakeStore second = new FakeStore();
        services.bindStore(first);
        services.bindStore(second);
        services.unbindStore(first);
        assertThat(services.store()).containsSame(second);
        services.unbindStore(second);
        assertThat(services.store()).isEmpty();
    }

    @Test
    void theLastQueryAndFocusAreKeptPerCase() throws Exception {
        listen();
        services.setLastQuery("c1", "treaty");
        services.setLastQuery("c2", " ");
        assertThat(services.lastQuery("c1")).isEqualTo("treaty");
        assertThat(services.lastQuery("c2")).isEmpty();
        DocumentServices.Focus first = services.focus("c1", "d1", "Doc", "treaty", List.of("treaty"), 12);
        DocumentServices.Focus second = services.focus("c1", "d1", "Doc", "treaty", List.of(), -1);
        assertThat(second.serial()).isGreaterThan(first.serial());
        assertThat(services.lastFocus()).contains(second);
        assertThat(heard).containsExactly("focus d1 #" + first.serial(), "focus d1 #" + second.serial());
    }

    @Test
    void theConfigurationIsClampedToSensibleValues() {
        services.configure(new DocumentsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DocumentsConfig.class;
            }

            @Override
            public int refresh_interval() {
                return 5;
            }

            @Override
            public int reader_max_chars() {
                return 1;
            }

            @Override
            public int search_page_size() {
                return 10_000;
            }

            @Override
            public int search_max_hits() {
                return 2000;
            }
        });
        assertThat(services.refreshIntervalMillis()).isEqualTo(100);
        assertThat(services.readerMaxChars()).isEqualTo(10_000);
        assertThat(services.searchPageSize()).isEqualTo(500);
        assertThat(services.searchMaxHits()).isEqualTo(2000);
    }

    @Test
    void importJobsAreToldByName() {
        assertThat(DocumentServices.isImportJob("Import 12 files into Harbour")).isTrue();
        assertThat(DocumentServices.isImportJob("  import folder")).isTrue();
        assertThat(DocumentServices.isImportJob("Read documents of Harbour")).isFalse();
        assertThat(DocumentServices.isImportJob(null)).isFalse();
    }
}
