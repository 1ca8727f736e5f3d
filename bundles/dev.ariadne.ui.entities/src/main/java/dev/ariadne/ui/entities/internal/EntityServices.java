package dev.ariadne.ui.entities.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.events.Topics;
import dev.ariadne.api.selection.Ref;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the entity views share: the optional {@link EntityService} (the extraction bundle) and {@link DocumentStore}
 * (the importer), and the entity events.
 *
 * <p>A DS component of this bundle, registered as this class for the views and commands of the bundle and as an
 * {@link EventHandler} for {@link Topics#ENTITY_CHANGED} and {@link Topics#SELECTION_CHANGED} (to remember the
 * entity last selected in any view, for an Entity view opened afterwards). The services come and go at any time (dynamic, optional,
 * greedy references); views read them per call. Every method may be called from any thread; listeners are called on
 * the thread of the change (a DS or EventAdmin thread) and must only hand work over to the UI thread.
 */
@Component(service = {EntityServices.class, EventHandler.class},
        property = {EventConstants.EVENT_TOPIC + "=" + Topics.ENTITY_CHANGED,
                EventConstants.EVENT_TOPIC + "=" + Topics.SELECTION_CHANGED})
public class EntityServices implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EntityServices.class);

    /** The view id of the Entities view. */
    public static final String ENTITIES_VIEW = "dev.ariadne.ui.entities.entities";
    /** The view id of the Entity (dossier) view. */
    public static final String ENTITY_VIEW = "dev.ariadne.ui.entities.entity";
    /** The view id of the Reader (in dev.ariadne.ui.documents), which shows a selected mention's document. */
    public static final String READER_VIEW = "dev.ariadne.ui.documents.reader";

    /** Hears of changes; called on arbitrary threads. */
    public interface Listener {
        /** An entity or document service appeared or went away. */
        default void servicesChanged() {
        }

        /** The entities of the case with this id changed. */
        default void entitiesChanged(String caseId) {
        }
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** The bound entity service objects; the service is got at first use ({@link #entities()}). */
    volatile ComponentServiceObjects<EntityService> entityObjects;
    /** The entity service once got, or set directly by tests. */
    volatile EntityService entities;
    volatile DocumentStore store;
    /** The entity last selected in any view. */
    private volatile Ref lastEntity;

    /**
     * Binds the entity service as service objects, so that the extraction bundle is activated when a view first
     * reads entities rather than when the workbench starts.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindEntities(ComponentServiceObjects<EntityService> service) {
        synchronized (this) {
            releaseEntities();
            entityObjects = service;
        }
        servicesChanged();
    }

    void unbindEntities(ComponentServiceObjects<EntityService> service) {
        synchronized (this) {
            if (entityObjects != service) {
                return;
            }
            releaseEntities();
            entityObjects = null;
        }
        servicesChanged();
    }

    private void releaseEntities() {
        EntityService got = entities;
        ComponentServiceObjects<EntityService> objects = entityObjects;
        entities = null;
        if (got != null && objects != null) {
            try {
                objects.ungetService(got);
            } catch (IllegalStateException alreadyGone) {
                // the providing component is deactivating
            }
        }
    }

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

    /** The entity service, while the extraction bundle provides one; activates it on the first call. */
    public Optional<EntityService> entities() {
        EntityService got = entities;
        if (got != null) {
            return Optional.of(got);
        }
        synchronized (this) {
            if (entities == null && entityObjects != null) {
                entities = entityObjects.getService();
            }
            return Optional.ofNullable(entities);
        }
    }

    /** Whether an entity service is there, without activating it. */
    public boolean hasEntities() {
        return entities != null || entityObjects != null;
    }

    /** The document store, while the importer provides one. */
    public Optional<DocumentStore> store() {
        return Optional.ofNullable(store);
    }

    /**
     * Adds a listener.
     *
     * @return closing it removes the listener
     */
    public AutoCloseable listen(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void servicesChanged() {
        for (Listener listener : listeners) {
            try {
                listener.servicesChanged();
            } catch (RuntimeException e) {
                LOG.warn("An entity view failed to take a change of the entity services", e);
            }
        }
    }

    /** Tells the listeners that the entities of a case changed; called on entity events and by tests. */
    public void entitiesChanged(String caseId) {
        for (Listener listener : listeners) {
            try {
                listener.entitiesChanged(caseId);
            } catch (RuntimeException e) {
                LOG.warn("An entity view failed to take an entity event", e);
            }
        }
    }

    /** Remembers the entity last selected; called by the views of this bundle as they publish one. */
    public void entitySelected(Ref entity) {
        lastEntity = entity;
    }

    /** The entity last selected in any view, if any. */
    public Optional<Ref> lastEntity() {
        return Optional.ofNullable(lastEntity);
    }

    @Override
    public void handleEvent(Event event) {
        if (Topics.SELECTION_CHANGED.equals(event.getTopic())) {
            if (event.getProperty(Topics.SELECTION_KINDS) instanceof String[] kinds
                    && event.getProperty(Topics.SELECTION_IDS) instanceof String[] ids) {
                for (int i = 0; i < kinds.length && i < ids.length; i++) {
                    if (Ref.KIND_ENTITY.equals(kinds[i])) {
                        Ref last = lastEntity;
                        if (last == null || !last.id().equals(ids[i])) {
                            lastEntity = new Ref(Ref.KIND_ENTITY, ids[i], null);
                        }
                        return;
                    }
                }
            }
            return;
        }
        Object caseId = event.getProperty(Topics.CASE_ID);
        if (caseId != null) {
            entitiesChanged(caseId.toString());
        }
    }
}
