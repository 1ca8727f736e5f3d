package dev.ariadne.api.entities;

/**
 * One span of a document's text that names an entity.
 *
 * @param documentId the document
 * @param start the UTF-16 offset where the span starts
 * @param end the UTF-16 offset just after it
 * @param text the span's text, equal to {@code text.substring(start, end)}
 * @param type the entity type
 * @param confidence in {@code [0, 1]}
 * @param normalized a normalised value (ISO date, amount with unit), or {@code null}
 * @param source the extractor that found it, {@code name/version}
 */
public record Mention(String documentId, int start, int end, String text, EntityType type, double confidence,
        String normalized, String source) {

    public Mention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
