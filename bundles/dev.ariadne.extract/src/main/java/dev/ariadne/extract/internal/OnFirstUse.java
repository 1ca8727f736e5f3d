package dev.ariadne.extract.internal;

import java.util.Objects;

import org.osgi.service.component.ComponentServiceObjects;

/**
 * A whiteboard service bound by reference and got on its first use, so that binding it does not activate the
 * component behind it: an extractor's models and rules load when the first document is extracted, not while the
 * workbench or a command starts.
 *
 * <p>Made by {@link ExtractionEngine} when DS binds an extractor or an analyzer; {@link #get} is called on job worker
 * threads, concurrently.
 *
 * @param <S> the service type
 */
final class OnFirstUse<S> {

    private final ComponentServiceObjects<S> objects;
    private volatile S service;

    OnFirstUse(ComponentServiceObjects<S> objects) {
        this.objects = Objects.requireNonNull(objects, "objects");
    }

    private OnFirstUse(S service) {
        this.objects = null;
        this.service = service;
    }

    /** A service that is already there (tests). */
    static <S> OnFirstUse<S> of(S service) {
        return new OnFirstUse<>(Objects.requireNonNull(service, "service"));
    }

    /** The service, got from the framework on the first call. */
    S get() {
        S current = service;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (service == null) {
                service = objects.getService();
            }
            return service;
        }
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
