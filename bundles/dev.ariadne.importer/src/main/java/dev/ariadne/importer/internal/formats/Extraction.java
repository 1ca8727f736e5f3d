package dev.ariadne.importer.internal.formats;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.ariadne.api.importing.DocumentImporter.Parsed;

/**
 * What a built-in importer returns to the import service: the parse result, and whether its text was cut at
 * {@link Limits#maxTextChars()}.
 *
 * @param parsed the text, pages, metadata and embedded files
 * @param truncated whether the text stops at a limit rather than at the end of the document
 * @param note what was cut, in words for the import's problem list, or {@code null} for the text limit's own words
 * @param spooled embedded files written to temporary files of {@link Limits#tempFolder()} rather than held in
 *        memory (large attachments); the import service imports them as children and deletes the files
 */
public record Extraction(Parsed parsed, boolean truncated, String note, List<Spooled> spooled) {

    /**
     * An embedded file waiting in a temporary file.
     *
     * @param name its name
     * @param file the temporary file, owned by whoever receives the extraction
     * @param mediaType its declared media type, if known
     */
    public record Spooled(String name, Path file, Optional<String> mediaType) {
    }

    public Extraction {
        spooled = List.copyOf(spooled);
    }

    /** An extraction whose only possible cut is the text limit, with no spooled files. */
    public Extraction(Parsed parsed, boolean truncated) {
        this(parsed, truncated, null, List.of());
    }

    /** An extraction with a note on what was cut, with no spooled files. */
    public Extraction(Parsed parsed, boolean truncated, String note) {
        this(parsed, truncated, note, List.of());
    }
}
