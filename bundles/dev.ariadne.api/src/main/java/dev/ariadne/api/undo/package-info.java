/**
 * Undo and redo of changes to a case, shared by the workbench (Edit &gt; Undo) and the command line
 * ({@code ariadne undo}).
 */
@Export
@Version("1.0.0")
package dev.ariadne.api.undo;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
