/**
 * How bundles contribute to the workbench window.
 *
 * <p>A view is a prototype-scope {@link dev.ariadne.ui.api.WorkbenchView} service described by
 * {@link dev.ariadne.ui.api.ViewProperties}; a command is a {@link dev.ariadne.ui.api.WorkbenchCommand} service
 * described by {@link dev.ariadne.ui.api.CommandProperties}. The shell tracks both as whiteboards: a contribution
 * appears when its service is registered and disappears, cleanly, when it goes away. Everything here is called on the
 * one UI thread unless a method says otherwise.
 */
@Export
@Version("1.1.0")
package dev.ariadne.ui.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
