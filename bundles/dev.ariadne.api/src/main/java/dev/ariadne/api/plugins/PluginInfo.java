package dev.ariadne.api.plugins;

import java.util.List;
import java.util.Optional;

/**
 * One installed bundle.
 *
 * @param bundleId the framework's bundle id
 * @param symbolicName the Bundle-SymbolicName
 * @param version the Bundle-Version
 * @param name the Bundle-Name, or the symbolic name
 * @param state one of INSTALLED, RESOLVED, STARTING, STOPPING, ACTIVE, UNINSTALLED
 * @param location where it was installed from
 * @param fromPluginFolder whether it came from the plugin folder
 * @param fragment whether it is a fragment
 * @param problem why it is not working (unresolved requirement, exception on start, failed component), if anything
 * @param services names of the service interfaces it registered
 */
public record PluginInfo(long bundleId, String symbolicName, String version, String name, String state,
        String location, boolean fromPluginFolder, boolean fragment, Optional<String> problem,
        List<String> services) {
}
