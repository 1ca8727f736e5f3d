/**
 * What the analyst has selected, as plain references that headless code can read too.
 * The workbench publishes a {@link dev.ariadne.api.selection.Selection} per view on the UI thread and bridges every
 * change to EventAdmin ({@link dev.ariadne.api.events.Topics#SELECTION_CHANGED}).
 */
@Export
@Version("1.0.0")
package dev.ariadne.api.selection;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
