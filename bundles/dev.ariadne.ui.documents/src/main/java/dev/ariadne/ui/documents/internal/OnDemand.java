package dev.ariadne.ui.documents.internal;

import java.util.Objects;

import org.osgi.service.component.ComponentServiceObjects;

/**
 * A service that is bound by reference and got on first use, so that binding it does not activate the component
 * behind it: the importer and the search engine load their large libraries only when the analyst first imports or
 * searches, not while the workbench starts.
 *
 * <p>Made by {@link DocumentServices} when DS binds the reference; {@link #get} may be called from any thread.
 *
 * @param <S> the service type
 */
final class OnDemand<S> {

    private final ComponentServiceObjects<S> objects;
    private S service;

    OnDemand(ComponentServiceObjects<S> objects) {
        this.objects = Objects.requireNonNull(objects, "objects");
    }

    private OnDemand(S service) {
        this.objects = null;
        this.service = service;
    }

    /** A service that is already there (tests). */
    static <S> OnDemand<S> of(S service) {
        return new OnDemand<>(Objects.requireNonNull(service, "service"));
    }

    /** The service, got from the framework on the first call; {@code null} when it went away meanwhile. */
    synchronized S get() {
        if (service == null && objects != null) {
            service = objects.getService();
        }
        return service;
    }

    /** Whether this holds the service bound as {@code candidate}. */
    boolean isFrom(ComponentServiceObjects<S> candidate) {
        return objects == candidate;
    }

    /** Gives the service back, when it was got; called when its reference is unbound. */
    synchronized void release() {
        if (service != null && objects != null) {
            try {
                objects.ungetService(service);
            } catch (IllegalStateException alreadyGone) {
                // the providing component is deactivating; nothing left to give back
            }
        }
        service = null;
    }
}
