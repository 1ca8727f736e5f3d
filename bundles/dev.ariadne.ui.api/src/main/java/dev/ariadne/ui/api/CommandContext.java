package dev.ariadne.ui.api;

import java.util.Optional;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.selection.Selection;
import org.eclipse.swt.widgets.Shell;
import org.osgi.annotation.versioning.ProviderType;

/** What a command sees when it runs. Implemented by the shell; valid on the UI thread during {@code execute}. */
@ProviderType
public interface CommandContext {

    /** The selection of the active view. */
    Selection selection();

    /** The workbench window's shell, as the parent of dialogs. */
    Shell shell();

    /** The workbench's current case. */
    Optional<Case> currentCase();

    /** The workbench. */
    Workbench workbench();
}
