package dev.ariadne.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The view whiteboard: every {@link ViewContribution} bound now, keyed by service id. Thread-safe: DS threads add and
 * remove, the UI thread reads snapshots. When two services claim one view id, the higher ranked (then the older)
 * wins and the other is ignored until the winner goes away.
 */
final class ViewRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ViewRegistry.class);

    private final ConcurrentHashMap<Long, ViewContribution> byService = new ConcurrentHashMap<>();

    /** Adds a contribution; returns whether it now provides its view id. */
    boolean add(ViewContribution contribution) {
        byService.put(contribution.serviceId(), contribution);
        Optional<ViewContribution> winner = find(contribution.id());
        if (winner.isPresent() && winner.get().serviceId() != contribution.serviceId()) {
            LOG.warn("View id {} of bundle {} is already provided by bundle {}; the second registration is ignored",
                    contribution.id(), contribution.bundle(), winner.get().bundle());
            return false;
        }
        return true;
    }

    /** Removes the contribution of this service, if any. */
    void remove(long serviceId) {
        byService.remove(serviceId);
    }

    /** The winning contribution for a view id. */
    Optional<ViewContribution> find(String viewId) {
        ViewContribution best = null;
        for (ViewContribution c : byService.values()) {
            if (c.id().equals(viewId) && (best == null || c.beats(best))) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /** One winning contribution per view id, in Show View order. */
    List<ViewContribution> snapshot() {
        Collection<ViewContribution> all = byService.values();
        List<ViewContribution> winners = new ArrayList<>();
        for (ViewContribution c : all) {
            if (find(c.id()).map(w -> w.serviceId() == c.serviceId()).orElse(false)) {
                winners.add(c);
            }
        }
        winners.sort(ViewContribution.SHOW_VIEW_ORDER);
        return winners;
    }
}
