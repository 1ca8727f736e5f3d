/**
 * Entities: people, organisations, places, dates and quantities found in documents, their mentions, and the
 * analyst's corrections. Extractors are whiteboard services ({@link dev.ariadne.api.entities.EntityExtractor}); the
 * {@link dev.ariadne.api.entities.EntityService} merges, resolves and corrects.
 */
@Export
@Version("1.0.0")
package dev.ariadne.api.entities;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
