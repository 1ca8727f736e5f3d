package dev.ariadne.api.plugins;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Lists and manages the bundles of the running Ariadne.
 *
 * <p>Implemented by the core bundle. Callable from any thread; {@link #install}, {@link #start}, {@link #stop} and
 * {@link #uninstall} block while the framework works, so UI code calls them from a job.
 */
@ProviderType
public interface PluginService {

    /** Every installed bundle, by bundle id, with its failures. */
    List<PluginInfo> plugins();

    /** DS components that could not be activated or are unsatisfied, for the About dialog. */
    List<ComponentProblem> componentProblems();

    /** The folder watched for plugin bundles: a jar copied there is installed and started, removed, uninstalled. */
    Path pluginFolder();

    /**
     * Installs a bundle from a jar file by copying it into {@link #pluginFolder()} and installing it at once.
     *
     * @return the installed bundle
     * @throws PluginException when the file is not a bundle or cannot be installed
     */
    PluginInfo install(Path jar) throws PluginException;

    /** Starts a bundle; the reason is kept with the plugin when it fails. */
    void start(long bundleId) throws PluginException;

    /** Stops a bundle. */
    void stop(long bundleId) throws PluginException;

    /** Uninstalls a bundle (and removes its jar from the plugin folder if it came from there). */
    void uninstall(long bundleId) throws PluginException;
}
