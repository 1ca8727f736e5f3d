package dev.ariadne.importer.internal.formats;

import dev.ariadne.api.importing.DocumentImporter.Parsed;

/**
 * What a built-in importer returns to the import service: the parse result, and whether its text was cut at
 * {@link Limits#maxTextChars()}.
 *
 * @param parsed the text, pages, metadata and embedded files
 * @param truncated whether the text stops at a limit rather than at the end of the document
 * @param note what was cut, in words for the import's problem list, or {@code null} for the text limit's own words
 */
public record Extraction(Parsed parsed, boolean truncated, String note) {

    /** An extraction whose only possible cut is the text limit. */
    public Extraction(Parsed parsed, boolean truncated) {
        this(parsed, truncated, null);
    }
}
