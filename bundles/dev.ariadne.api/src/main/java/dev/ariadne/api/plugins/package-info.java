/**
 * The installed bundles, their state, the Declarative Services components that failed, and the plugin folder.
 * Read by the Plugins view, the About dialog and {@code ariadne plugins}.
 */
@Export
@Version("1.0.0")
package dev.ariadne.api.plugins;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
