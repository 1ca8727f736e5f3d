package dev.ariadne.ui.api;

import dev.ariadne.api.selection.Selection;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A command: a menu item, optionally a tool bar button and a key binding.
 *
 * <p>Registered by the contributing bundle as a service with the {@link CommandProperties} properties. Both methods
 * are called on the UI thread: {@link #isEnabled} whenever the selection changes or a menu opens, so it must be
 * quick; {@link #execute} when the analyst invokes it, so anything slow goes to a job.
 */
@ConsumerType
public interface WorkbenchCommand {

    /** Does the command. Exceptions are shown to the analyst in an error dialog. */
    void execute(CommandContext context) throws Exception;

    /** Whether the command can run on this selection. */
    default boolean isEnabled(Selection selection) {
        return true;
    }
}
