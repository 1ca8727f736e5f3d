/**
 * Documents of a case: identity (the SHA-256 of the original bytes), metadata, extracted text and processing stages.
 * Offsets into {@link dev.ariadne.api.documents.DocumentText#text()} are UTF-16 {@code [start, end)} everywhere.
 */
@Export
@Version("1.2.0")
package dev.ariadne.api.documents;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
