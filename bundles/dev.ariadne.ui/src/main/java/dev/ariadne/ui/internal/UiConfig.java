package dev.ariadne.ui.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the workbench shell, configuration PID {@code dev.ariadne.ui}; rendered by the Preferences dialog. */
@ObjectClassDefinition(id = "dev.ariadne.ui", name = "Workbench", description = "How the workbench window behaves.")
@interface UiConfig {

    /** The PID. */
    String PID = "dev.ariadne.ui";

    @AttributeDefinition(name = "View start timeout (seconds)", min = "1", max = "120",
            description = "How long a view's component may take to start before its tab shows an error.")
    int viewStartTimeoutSeconds() default 5;

    @AttributeDefinition(name = "View creation watchdog (seconds)", min = "1", max = "120",
            description = "How long a view may block the window while it builds its widgets before it is interrupted.")
    int viewCreationWatchdogSeconds() default 3;

    @AttributeDefinition(name = "Layout save delay (milliseconds)", min = "100", max = "60000",
            description = "How long the window waits after a change of its layout before saving it in the case.")
    int layoutSaveDelayMillis() default 800;

    @AttributeDefinition(name = "Progress refresh (milliseconds)", min = "50", max = "5000",
            description = "How often the status bar refreshes the progress of running jobs.")
    int progressRefreshMillis() default 250;
}
