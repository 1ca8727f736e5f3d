/**
 * Importing files into a case. {@link dev.ariadne.api.importing.ImportService} walks files and folders as a job;
 * each file goes to the {@link dev.ariadne.api.importing.DocumentImporter} whiteboard service that accepts its media
 * type with the highest service ranking.
 */
@Export
@Version("1.0.0")
package dev.ariadne.api.importing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
