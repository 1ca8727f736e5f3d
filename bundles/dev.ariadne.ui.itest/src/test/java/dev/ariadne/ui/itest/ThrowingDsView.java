package dev.ariadne.ui.itest;

import dev.ariadne.ui.api.ViewProperties;
import dev.ariadne.ui.api.ViewSite;
import dev.ariadne.ui.api.WorkbenchView;
import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * A real Declarative Services view whose {@code @Activate} throws, as a broken plugin's would. Disabled until the
 * smoke test enables it through the DS runtime, so that "every contributed view opens" does not see it. SCR calls
 * {@link #activate()} on the workbench's activation thread when the shell asks for an instance.
 */
@Component(name = ThrowingDsView.NAME, service = WorkbenchView.class, scope = ServiceScope.PROTOTYPE, enabled = false)
@ViewProperties(id = "itest.dsThrows", label = "Throwing DS view", area = ViewProperties.BOTTOM, order = 950)
public class ThrowingDsView implements WorkbenchView {
    static final String NAME = "itest.ThrowingDsView";
    static final String MESSAGE = "the DS test view refuses to activate";

    @Activate
    void activate() {
        throw new IllegalStateException(MESSAGE);
    }

    @Override
    public void createControl(Composite parent, ViewSite site) {
        throw new AssertionError("never reached: activation fails");
    }
}
