package dev.ariadne.ui.internal;

import java.util.Comparator;
import java.util.Map;

import dev.ariadne.ui.api.ViewDescriptor;
import dev.ariadne.ui.api.WorkbenchView;
import org.osgi.framework.ServiceReference;

/**
 * One {@link WorkbenchView} service as the shell sees it: its {@code ariadne.view.*} properties and its reference.
 * Immutable; made on the DS thread that binds the service and read on the UI thread.
 *
 * @param id the view id
 * @param label the tab label
 * @param area the stack it opens in first
 * @param order its place in Show View
 * @param openByDefault whether it opens in a new layout
 * @param bundle the contributing bundle's symbolic name
 * @param serviceId the service id, to tell two registrations of one id apart
 * @param ranking the service ranking, higher wins when two services claim one id
 * @param reference the service reference, {@code null} in unit tests
 */
record ViewContribution(String id, String label, String area, int order, boolean openByDefault, String bundle,
        long serviceId, int ranking, ServiceReference<WorkbenchView> reference) {

    static final String ID = "ariadne.view.id";
    static final String LABEL = "ariadne.view.label";
    static final String AREA = "ariadne.view.area";
    static final String ORDER = "ariadne.view.order";
    static final String OPEN_BY_DEFAULT = "ariadne.view.openByDefault";

    /** Show View order: by order, then label, then id. */
    static final Comparator<ViewContribution> SHOW_VIEW_ORDER = Comparator.comparingInt(ViewContribution::order)
            .thenComparing(ViewContribution::label, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ViewContribution::id);

    /**
     * Reads a contribution from service properties.
     *
     * @return the contribution, or {@code null} when the properties carry no view id
     */
    static ViewContribution of(Map<String, ?> props, String bundle, ServiceReference<WorkbenchView> reference) {
        String id = Props.string(props, ID, null);
        if (id == null) {
            return null;
        }
        return new ViewContribution(id, Props.string(props, LABEL, id), Areas.normalize(Props.string(props, AREA, null)),
                Props.integer(props, ORDER, 100), Props.bool(props, OPEN_BY_DEFAULT, false), bundle,
                Props.longValue(props, "service.id", -1), Props.integer(props, "service.ranking", 0), reference);
    }

    /** The public description of this view. */
    ViewDescriptor descriptor() {
        return new ViewDescriptor(id, label, area, bundle);
    }

    /** Whether this registration should win over {@code other} for the same id. */
    boolean beats(ViewContribution other) {
        if (ranking != other.ranking) {
            return ranking > other.ranking;
        }
        return serviceId < other.serviceId;
    }
}
