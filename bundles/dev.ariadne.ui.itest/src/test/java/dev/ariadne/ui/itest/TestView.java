package dev.ariadne.ui.itest;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.ariadne.ui.api.ViewSite;
import dev.ariadne.ui.api.WorkbenchView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.PrototypeServiceFactory;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * A view the tests register as a prototype-scope service, with a chosen misbehaviour. The framework calls the factory
 * on the workbench's activation thread; the workbench calls the view on the UI thread.
 */
final class TestView implements WorkbenchView {

    /** How the view behaves. */
    enum Behaviour {
        /** Shows a label. */
        FINE,
        /** The service factory throws, as a component whose @Activate throws. */
        ACTIVATION_THROWS,
        /** The service factory does not return until released. */
        ACTIVATION_HANGS,
        /** createControl throws. */
        CREATE_THROWS,
        /** createControl blocks the UI thread until interrupted. */
        CREATE_HANGS
    }

    /** Released by the tests at the end so that a hanging activation thread ends. */
    static final CountDownLatch RELEASE = new CountDownLatch(1);

    final AtomicReference<ViewSite> site = new AtomicReference<>();
    private final Behaviour behaviour;
    private final String text;

    private TestView(Behaviour behaviour, String text) {
        this.behaviour = behaviour;
        this.text = text;
    }

    @Override
    public void createControl(Composite parent, ViewSite viewSite) {
        site.set(viewSite);
        switch (behaviour) {
            case CREATE_THROWS -> throw new IllegalStateException("the test view refuses to draw");
            case CREATE_HANGS -> {
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while blocking the UI thread", e);
                }
            }
            default -> {
                Label label = new Label(parent, SWT.WRAP);
                label.setText(text);
            }
        }
    }

    /** Registers a view service; the last instance made is kept in {@code last}. */
    static ServiceRegistration<?> register(BundleContext context, String id, String label, String area,
            Behaviour behaviour, AtomicReference<TestView> last) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("ariadne.view.id", id);
        props.put("ariadne.view.label", label);
        props.put("ariadne.view.area", area);
        props.put("ariadne.view.order", 900);
        props.put("ariadne.view.openByDefault", Boolean.FALSE);
        return context.registerService(WorkbenchView.class.getName(), new PrototypeServiceFactory<WorkbenchView>() {
            @Override
            public WorkbenchView getService(Bundle bundle, ServiceRegistration<WorkbenchView> registration) {
                if (behaviour == Behaviour.ACTIVATION_THROWS) {
                    throw new IllegalStateException("the test view fails to activate");
                }
                if (behaviour == Behaviour.ACTIVATION_HANGS) {
                    try {
                        RELEASE.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                TestView view = new TestView(behaviour, label + " is a view registered by the UI smoke test.");
                if (last != null) {
                    last.set(view);
                }
                return view;
            }

            @Override
            public void ungetService(Bundle bundle, ServiceRegistration<WorkbenchView> registration,
                    WorkbenchView service) {
                // nothing to release
            }
        }, props);
    }

    /** The id of a registered test view. */
    static String id(ServiceRegistration<?> registration) {
        ServiceReference<?> reference = registration.getReference();
        return (String) reference.getProperty("ariadne.view.id");
    }
}
