package dev.ariadne.test.plugin.throwing;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * An immediate DS component whose activation always fails, to test that a broken plugin leaves Ariadne running and
 * is reported with its reason. SCR calls {@link #activate()} on its own thread when the bundle starts.
 */
@Component(service = Throwing.class, immediate = true)
public class Throwing {

    /** The message the failure carries, which the Plugins view must show. */
    public static final String MESSAGE = "the throwing test plugin refuses to activate";

    /** Always throws. */
    @Activate
    void activate() {
        throw new IllegalStateException(MESSAGE);
    }
}
