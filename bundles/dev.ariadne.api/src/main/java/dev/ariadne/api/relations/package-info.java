/**
 * The relation graph: who is linked to whom, through which sentences, and how central each entity is.
 */
@Export
@Version("1.0.0")
package dev.ariadne.api.relations;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
