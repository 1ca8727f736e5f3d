package dev.ariadne.importer.internal.formats;

import dev.ariadne.api.importing.DocumentImporter.Parsed;

/**
 * What a built-in importer returns to the import service: the parse result, and whether its text was cut at
 * {@link Limits#maxTextChars()}.
 *
 * @param parsed the text, pages, metadata and embedded files
 * @param truncated whether the text stops at the limit rather than at the end of the document
 */
public record Extraction(Parsed parsed, boolean truncated) {
}
