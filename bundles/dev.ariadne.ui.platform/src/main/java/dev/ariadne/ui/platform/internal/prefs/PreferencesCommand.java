package dev.ariadne.ui.platform.internal.prefs;

import java.util.List;
import java.util.Optional;

import dev.ariadne.ui.api.CommandContext;
import dev.ariadne.ui.api.CommandProperties;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.api.WorkbenchCommand;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.MetaTypeService;

/**
 * Window &gt; Preferences…: opens the {@link PreferencesDialog} with one page per PID that a bundle describes with
 * metatype ({@code @ObjectClassDefinition} and {@code @Designate}), its values read from and saved to ConfigAdmin.
 *
 * <p>A {@link WorkbenchCommand} service of this bundle; the shell calls {@link #execute} on the UI thread. A second
 * invocation brings the open dialog to the front. When this component is deactivated (its bundle stops, or the
 * Metatype or ConfigAdmin service goes away) an open dialog is closed on the UI thread.
 */
@Component(service = WorkbenchCommand.class)
@CommandProperties(id = PreferencesCommand.ID, label = "&Preferences\u2026", menu = "Window", order = 900)
public class PreferencesCommand implements WorkbenchCommand {

    /** The command id. */
    public static final String ID = "dev.ariadne.ui.platform.preferences";

    final MetaTypeService metaType;
    final ConfigurationAdmin configurationAdmin;
    final BundleContext context;

    private volatile PreferencesDialog open;
    private volatile Workbench workbench;

    /**
     * Made by DS.
     *
     * @param metaType where the configurable PIDs and their attributes are found
     * @param configurationAdmin where the values are read and saved
     * @param context this bundle's context, for the list of bundles
     */
    @Activate
    public PreferencesCommand(@Reference MetaTypeService metaType, @Reference ConfigurationAdmin configurationAdmin,
            BundleContext context) {
        this.metaType = metaType;
        this.configurationAdmin = configurationAdmin;
        this.context = context;
    }

    @Override
    public void execute(CommandContext commandContext) {
        if (open != null && !open.isDisposed()) {
            open.activate();
            return;
        }
        workbench = commandContext.workbench();
        List<PreferencePage> pages = PreferencePages.collect(context.getBundles(), metaType, null);
        open = new PreferencesDialog(commandContext.shell(), pages, new ConfigStore(configurationAdmin));
        open.open();
    }

    /** The open dialog, if any; for tests. */
    Optional<PreferencesDialog> openDialog() {
        PreferencesDialog dialog = open;
        return dialog == null || dialog.isDisposed() ? Optional.empty() : Optional.of(dialog);
    }

    /** Closes an open dialog on the UI thread; called by DS on any thread when the component goes away. */
    @Deactivate
    void deactivate() {
        PreferencesDialog dialog = open;
        Workbench target = workbench;
        if (dialog != null && target != null) {
            target.asyncExec(dialog::close);
        }
    }
}
