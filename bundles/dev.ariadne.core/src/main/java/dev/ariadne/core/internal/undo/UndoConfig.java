package dev.ariadne.core.internal.undo;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the undo history, PID {@value #PID}; read by {@link UndoServiceImpl} at activation and when it
 * changes, rendered by the Preferences dialog from its metatype.
 */
@ObjectClassDefinition(id = UndoConfig.PID, name = "Undo",
        description = "The undo and redo history kept for each open case.")
public @interface UndoConfig {

    /** The configuration PID. */
    String PID = "dev.ariadne.undo";

    /** How many changes each case can undo; older ones are forgotten. */
    @AttributeDefinition(name = "Undo steps", min = "1", max = "100000",
            description = "How many changes of a case can be undone; older changes are forgotten.")
    int limit() default 200;
}
