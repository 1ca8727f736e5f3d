package dev.ariadne.api.documents;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A document of a case.
 *
 * @param id the lower-case hex SHA-256 of the original bytes
 * @param metadata its metadata
 * @param sources every path it was imported from (an identical file imported twice has two sources)
 * @param parentId the document it was found in (a mail for an attachment, an archive for a member), if any
 * @param stages the processing stages it has been through, e.g. {@code imported}, {@code indexed}
 */
public record Document(String id, DocumentMetadata metadata, List<String> sources, Optional<String> parentId,
        Set<String> stages) {

    public Document {
        sources = List.copyOf(sources);
        stages = Set.copyOf(stages);
    }

    /** How many times the same bytes were imported beyond the first. */
    public int duplicates() {
        return Math.max(0, sources.size() - 1);
    }
}
