package dev.ariadne.ui.platform.internal.about;

import java.util.List;
import java.util.Optional;

import dev.ariadne.api.plugins.ComponentProblem;
import dev.ariadne.api.plugins.PluginInfo;
import dev.ariadne.api.plugins.PluginService;
import dev.ariadne.ui.api.CommandContext;
import dev.ariadne.ui.api.CommandProperties;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.api.WorkbenchCommand;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Help &gt; About Ariadne: opens the {@link AboutDialog} with the product version, the Java and OS versions, the case
 * folder, every bundle and every failed Declarative Services component from the {@link PluginService}.
 *
 * <p>A {@link WorkbenchCommand} service of this bundle; the shell calls {@link #execute} on the UI thread. A second
 * invocation brings the open dialog to the front. When this component is deactivated (its bundle stops) an open
 * dialog is closed on the UI thread.
 */
@Component(service = WorkbenchCommand.class)
@CommandProperties(id = AboutCommand.ID, label = "&About Ariadne", menu = "Help", order = 900)
public class AboutCommand implements WorkbenchCommand {

    /** The command id. */
    public static final String ID = "dev.ariadne.ui.platform.about";

    /** The framework property that names the product version; the bundle version is used when it is unset. */
    static final String VERSION_PROPERTY = "ariadne.version";

    private static final Logger LOG = LoggerFactory.getLogger(AboutCommand.class);

    final PluginService plugins;
    final BundleContext context;

    private volatile AboutDialog open;
    private volatile Workbench workbench;

    /**
     * Made by DS.
     *
     * @param plugins the source of the bundle list and the component problems
     * @param context this bundle's context, for the product version
     */
    @Activate
    public AboutCommand(@Reference PluginService plugins, BundleContext context) {
        this.plugins = plugins;
        this.context = context;
    }

    @Override
    public void execute(CommandContext commandContext) {
        if (open != null && !open.isDisposed()) {
            open.activate();
            return;
        }
        workbench = commandContext.workbench();
        String pluginFolder = null;
        try {
            pluginFolder = String.valueOf(plugins.pluginFolder());
        } catch (RuntimeException e) {
            LOG.warn("Could not read the plugin folder for the About dialog", e);
        }
        AboutReport.Facts facts = AboutReport.facts(version(), System.getProperties(),
                commandContext.currentCase().map(aCase -> aCase.folder().toString()), pluginFolder);
        List<PluginInfo> bundles = plugins.plugins();
        List<ComponentProblem> problems = plugins.componentProblems();
        open = new AboutDialog(commandContext.shell(), facts, bundles, problems);
        open.open();
    }

    /** The product version: the {@value #VERSION_PROPERTY} property, else this bundle's version. */
    String version() {
        String property = context.getProperty(VERSION_PROPERTY);
        if (property != null && !property.isBlank()) {
            return property.strip();
        }
        return AboutReport.productVersion(context.getBundle().getVersion().toString());
    }

    /** The open dialog, if any; for tests. */
    Optional<AboutDialog> openDialog() {
        return open == null || open.isDisposed() ? Optional.empty() : Optional.of(open);
    }

    /** Closes an open dialog on the UI thread; called by DS on any thread when the component goes away. */
    @Deactivate
    void deactivate() {
        AboutDialog dialog = open;
        Workbench target = workbench;
        if (dialog != null && target != null) {
            target.asyncExec(dialog::close);
        }
    }
}
