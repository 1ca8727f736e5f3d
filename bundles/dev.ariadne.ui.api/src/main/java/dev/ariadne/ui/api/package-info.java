/**
 * How bundles contribute to the workbench window.
 *
 * <p>A view is a prototype-scope {@link dev.ariadne.ui.api.WorkbenchView} service described by
 * {@link dev.ariadne.ui.api.ViewProperties}; a command is a {@link dev.ariadne.ui.api.WorkbenchCommand} service
 * described by {@link dev.ariadne.ui.api.CommandProperties}. The shell tracks both as whiteboards: a contribution
 * appears when its service is registered and disappears, cleanly, when it goes away. A view that has nothing to show
 * at times (no case, no selection, a missing service) says why with {@link dev.ariadne.ui.api.ViewPages}. Everything
 * here is called on the one UI thread unless a method says otherwise.
 */
@Export
@Version("1.2.0")
package dev.ariadne.ui.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
