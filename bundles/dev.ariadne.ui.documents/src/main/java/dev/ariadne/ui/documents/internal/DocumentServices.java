package dev.ariadne.ui.documents.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.events.Topics;
import dev.ariadne.api.importing.ImportService;
import dev.ariadne.api.search.SearchService;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the views of this bundle share: the optional document services (the importer's {@link DocumentStore} and
 * {@link ImportService}, the search bundle's {@link SearchService}, the extraction bundle's {@link EntityService} for
 * the Reader's mentions), the document, import and entity events, the last query of each case and the document the
 * analyst last asked the Reader to open ({@link Focus}).
 *
 * <p>A DS component of this bundle, registered as this class for the views and commands of the bundle and as an
 * {@link EventHandler} for {@link Topics#DOCUMENT_ADDED}, {@link Topics#JOB_FINISHED} and
 * {@link Topics#ENTITY_CHANGED} and {@link Topics#SELECTION_CHANGED} (the mention or document last selected in any
 * view, for a Reader that opens after the selection was made, e.g. by the Entity view in another bundle). The services come and go
 * at any time (dynamic, optional, greedy references); views read them per call and hear of changes through
 * {@link Listener#servicesChanged()}. Every method may be called from any thread; listeners are called on the
 * thread of the change (a DS or EventAdmin thread, or the caller's) and must only hand work over to the UI thread.
 * Configured by PID {@value DocumentsConfig#PID}.
 */
@Component(service = {DocumentServices.class, EventHandler.class}, configurationPid = DocumentsConfig.PID,
        property = {EventConstants.EVENT_TOPIC + "=" + Topics.DOCUMENT_ADDED,
                EventConstants.EVENT_TOPIC + "=" + Topics.JOB_FINISHED,
                EventConstants.EVENT_TOPIC + "=" + Topics.ENTITY_CHANGED,
                EventConstants.EVENT_TOPIC + "=" + Topics.SELECTION_CHANGED})
@Designate(ocd = DocumentsConfig.class)
public class DocumentServices implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentServices.class);

    /** The view id of the Documents view. */
    public static final String DOCUMENTS_VIEW = "dev.ariadne.ui.documents.documents";
    /** The view id of the Search view. */
    public static final String SEARCH_VIEW = "dev.ariadne.ui.documents.search";
    /** The view id of the Reader view. */
    public static final String READER_VIEW = "dev.ariadne.ui.documents.reader";
    /** The view id of the platform's Progress view, where import failures are listed. */
    public static final String PROGRESS_VIEW = "dev.ariadne.ui.platform.progress";

    /** Hears of changes; every method has an empty default. Called on arbitrary threads. */
    public interface Listener {
        /** A document service appeared or went away. */
        default void servicesChanged() {
        }

        /** A document was added to the case with this id. */
        default void documentAdded(String caseId) {
        }

        /** An import job ended (sources of existing documents may have changed too). */
        default void importFinished() {
        }

        /** The entities of the case with this id changed (extraction or a correction). */
        default void entitiesChanged(String caseId) {
        }

        /** A view selected a mention or a document ({@link DocumentServices#lastSelected()}). */
        default void selected(Selected selected) {
        }

        /** The analyst asked to read a document ({@link DocumentServices#focus(Focus)}). */
        default void focusRequested(Focus focus) {
        }
    }

    /**
     * A request to show a document in the Reader, from a search hit or a table row.
     *
     * @param caseId the case
     * @param documentId the document
     * @param title its title, for the tab until it is read
     * @param query the query whose terms to highlight ({@code ""} for none)
     * @param highlighted the passages the search highlighted in the hit's snippets
     * @param offset where to scroll to (the first highlight), or {@code -1} for the top
     * @param serial increases with every request, so a repeated request can be told from the last one
     */
    public record Focus(String caseId, String documentId, String title, String query, List<String> highlighted,
            int offset, long serial) {
        public Focus {
            highlighted = List.copyOf(highlighted);
        }
    }

    /**
     * The mention or document last selected in any view, as the workbench posted it.
     *
     * @param source the view that selected it
     * @param ref the mention ({@code documentId:start:end}) or, without one, the document
     * @param serial increases with every selection recorded
     */
    public record Selected(String source, dev.ariadne.api.selection.Ref ref, long serial) {
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile Selected lastSelected;
    private final Map<String, String> lastQueries = new ConcurrentHashMap<>();
    private final AtomicLong serials = new AtomicLong();
    private volatile Focus focus;

    volatile DocumentStore store;
    volatile OnDemand<ImportService> importer;
    volatile OnDemand<SearchService> search;
    volatile OnDemand<EntityService> entities;

    volatile int refreshIntervalMillis = 400;
    volatile int readerMaxChars = 4_000_000;
    volatile int searchPageSize = 50;
    volatile int searchMaxHits = 1000;

    /** Takes the configuration. Called by DS. */
    @Activate
    @Modified
    void configure(DocumentsConfig config) {
        refreshIntervalMillis = Math.max(100, config.refresh_interval());
        readerMaxChars = Math.max(10_000, config.reader_max_chars());
        searchPageSize = Math.max(10, Math.min(500, config.search_page_size()));
        searchMaxHits = Math.max(50, config.search_max_hits());
    }

    // ---- services

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindStore(DocumentStore service) {
        store = service;
        servicesChanged();
    }

    void unbindStore(DocumentStore service) {
        if (store == service) {
            store = null;
            servicesChanged();
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindImporter(ComponentServiceObjects<ImportService> service) {
        setImporter(new OnDemand<>(service));
    }

    void unbindImporter(ComponentServiceObjects<ImportService> service) {
        OnDemand<ImportService> current = importer;
        if (current != null && current.isFrom(service)) {
            setImporter(null);
            current.release();
        }
    }

    void setImporter(OnDemand<ImportService> service) {
        importer = service;
        servicesChanged();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindSearch(ComponentServiceObjects<SearchService> service) {
        setSearch(new OnDemand<>(service));
    }

    void unbindSearch(ComponentServiceObjects<SearchService> service) {
        OnDemand<SearchService> current = search;
        if (current != null && current.isFrom(service)) {
            setSearch(null);
            current.release();
        }
    }

    void setSearch(OnDemand<SearchService> service) {
        search = service;
        servicesChanged();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindEntities(ComponentServiceObjects<EntityService> service) {
        setEntities(new OnDemand<>(service));
    }

    void unbindEntities(ComponentServiceObjects<EntityService> service) {
        OnDemand<EntityService> current = entities;
        if (current != null && current.isFrom(service)) {
            setEntities(null);
            current.release();
        }
    }

    void setEntities(OnDemand<EntityService> service) {
        entities = service;
        servicesChanged();
    }

    /**
     * The entity service, while the extraction bundle provides one; activates it on first call (the Reader asks
     * when it reads a document).
     */
    public Optional<EntityService> entities() {
        OnDemand<EntityService> current = entities;
        return current == null ? Optional.empty() : Optional.ofNullable(current.get());
    }

    /** Whether an entity service is there, without activating it. */
    public boolean hasEntities() {
        return entities != null;
    }

    /** The document store, while the importer bundle provides one. */
    public Optional<DocumentStore> store() {
        return Optional.ofNullable(store);
    }

    /** The import service, while the importer bundle provides one; activates it on first call. */
    public Optional<ImportService> importer() {
        OnDemand<ImportService> current = importer;
        return current == null ? Optional.empty() : Optional.ofNullable(current.get());
    }

    /** Whether an import service is there, without activating it. */
    public boolean hasImporter() {
        return importer != null;
    }

    /** The search service, while the search bundle provides one; activates it on first call. */
    public Optional<SearchService> search() {
        OnDemand<SearchService> current = search;
        return current == null ? Optional.empty() : Optional.ofNullable(current.get());
    }

    /** Whether a search service is there, without activating it. */
    public boolean hasSearch() {
        return search != null;
    }

    // ---- settings

    /** The shortest time between two refreshes of a Documents table. */
    public int refreshIntervalMillis() {
        return refreshIntervalMillis;
    }

    /** The most characters the Reader shows. */
    public int readerMaxChars() {
        return readerMaxChars;
    }

    /** Hits fetched at a time. */
    public int searchPageSize() {
        return searchPageSize;
    }

    /** The most hits listed. */
    public int searchMaxHits() {
        return searchMaxHits;
    }

    // ---- shared state

    /** Remembers the last query run in a case, for the Reader's highlights. */
    public void setLastQuery(String caseId, String query) {
        if (query == null || query.isBlank()) {
            lastQueries.remove(caseId);
        } else {
            lastQueries.put(caseId, query);
        }
    }

    /** The last query run in a case, or {@code ""}. */
    public String lastQuery(String caseId) {
        return lastQueries.getOrDefault(caseId, "");
    }

    /**
     * Asks for a document to be shown in the Reader; open Readers hear of it, and a Reader opened afterwards
     * starts with it.
     *
     * @return the request as recorded, with its serial
     */
    public Focus focus(String caseId, String documentId, String title, String query, List<String> highlighted,
            int offset) {
        Focus made = new Focus(caseId, documentId, title, query == null ? "" : query, highlighted, offset,
                serials.incrementAndGet());
        focus = made;
        for (Listener listener : listeners) {
            try {
                listener.focusRequested(made);
            } catch (RuntimeException e) {
                LOG.warn("A documents view failed to take the request to read document {}", documentId, e);
            }
        }
        return made;
    }

    /** The last request to read a document, if any. */
    public Optional<Focus> lastFocus() {
        return Optional.ofNullable(focus);
    }

    // ---- listeners and events

    /**
     * Adds a listener.
     *
     * @return closing it removes the listener
     */
    public AutoCloseable listen(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The number of listeners now; for tests. */
    int listenerCount() {
        return listeners.size();
    }

    private void servicesChanged() {
        for (Listener listener : listeners) {
            try {
                listener.servicesChanged();
            } catch (RuntimeException e) {
                LOG.warn("A documents view failed to take a change of the document services", e);
            }
        }
    }

    /** Tells the listeners that the entities of a case changed; called on entity events and by tests. */
    public void entitiesChanged(String caseId) {
        for (Listener listener : listeners) {
            try {
                listener.entitiesChanged(caseId);
            } catch (RuntimeException e) {
                LOG.warn("A documents view failed to take an entity event", e);
            }
        }
    }

    /** Tells the listeners that an import ended; called by the import commands and on import job events. */
    public void importFinished() {
        for (Listener listener : listeners) {
            try {
                listener.importFinished();
            } catch (RuntimeException e) {
                LOG.warn("A documents view failed to take the end of an import", e);
            }
        }
    }

    /** The mention or document last selected in any view, if any. */
    public Optional<Selected> lastSelected() {
        return Optional.ofNullable(lastSelected);
    }

    /** Records a selection posted by the workbench: its first mention, else its first document. */
    void selectionPosted(Object source, Object kinds, Object ids) {
        if (!(kinds instanceof String[] kindArray) || !(ids instanceof String[] idArray)) {
            return;
        }
        dev.ariadne.api.selection.Ref found = null;
        for (String wanted : new String[] {dev.ariadne.api.selection.Ref.KIND_MENTION,
                dev.ariadne.api.selection.Ref.KIND_DOCUMENT}) {
            for (int i = 0; i < kindArray.length && i < idArray.length && found == null; i++) {
                if (wanted.equals(kindArray[i])) {
                    found = new dev.ariadne.api.selection.Ref(wanted, idArray[i], null);
                }
            }
        }
        if (found == null) {
            return;
        }
        Selected made = new Selected(source == null ? "" : source.toString(), found, serials.incrementAndGet());
        lastSelected = made;
        for (Listener listener : listeners) {
            try {
                listener.selected(made);
            } catch (RuntimeException e) {
                LOG.warn("A documents view failed to take a selection", e);
            }
        }
    }

    @Override
    public void handleEvent(Event event) {
        String topic = event.getTopic();
        if (Topics.SELECTION_CHANGED.equals(topic)) {
            selectionPosted(event.getProperty(Topics.SELECTION_SOURCE), event.getProperty(Topics.SELECTION_KINDS),
                    event.getProperty(Topics.SELECTION_IDS));
            return;
        }
        if (Topics.DOCUMENT_ADDED.equals(topic)) {
            Object caseId = event.getProperty(Topics.CASE_ID);
            if (caseId == null) {
                return;
            }
            for (Listener listener : listeners) {
                try {
                    listener.documentAdded(caseId.toString());
                } catch (RuntimeException e) {
                    LOG.warn("A documents view failed to take a document event", e);
                }
            }
        } else if (Topics.JOB_FINISHED.equals(topic) && isImportJob(event.getProperty(Topics.JOB_NAME))) {
            importFinished();
        } else if (Topics.ENTITY_CHANGED.equals(topic)) {
            Object caseId = event.getProperty(Topics.CASE_ID);
            if (caseId != null) {
                entitiesChanged(caseId.toString());
            }
        }
    }

    /** Whether a job name is an import's: the import service names its jobs "Import …". */
    static boolean isImportJob(Object name) {
        return name != null && name.toString().strip().toLowerCase(Locale.ROOT).startsWith("import");
    }
}
