package dev.ariadne.api.reports;

/**
 * Where a claim comes from.
 *
 * @param documentId the source document
 * @param title the document's title, as printed
 * @param start the UTF-16 offset of the cited passage
 * @param end the offset just after it
 * @param page the 1-based page for paged documents, 0 otherwise
 */
public record Citation(String documentId, String title, int start, int end, int page) {
}
