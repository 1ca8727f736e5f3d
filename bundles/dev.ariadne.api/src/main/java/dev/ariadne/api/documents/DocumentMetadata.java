package dev.ariadne.api.documents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What is known about a document besides its text.
 *
 * @param title the title (from the file, or its name)
 * @param authors authors, in order
 * @param created when the document says it was written
 * @param modified when it was last modified
 * @param mediaType the detected media type, e.g. {@code application/pdf}
 * @param language the detected ISO 639-1 language code, or {@code "und"}
 * @param pages the page count for paged formats, else 0
 * @param sizeBytes the size of the original bytes
 */
public record DocumentMetadata(String title, List<String> authors, Optional<Instant> created,
        Optional<Instant> modified, String mediaType, String language, int pages, long sizeBytes) {

    public DocumentMetadata {
        authors = List.copyOf(authors);
    }
}
