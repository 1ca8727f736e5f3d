package dev.ariadne.api.documents;

import java.util.List;

/**
 * The extracted text of a document, exactly as stored.
 *
 * @param documentId the document
 * @param text the text; every offset in Ariadne indexes into it (UTF-16)
 * @param pageStarts for paged formats, the offset at which each page starts (first is 0), else empty
 */
public record DocumentText(String documentId, String text, List<Integer> pageStarts) {

    public DocumentText {
        pageStarts = List.copyOf(pageStarts);
    }

    /** The 1-based page holding {@code offset}, or 0 when the text has no pages. */
    public int pageAt(int offset) {
        int page = 0;
        for (int i = 0; i < pageStarts.size() && pageStarts.get(i) <= offset; i++) {
            page = i + 1;
        }
        return page;
    }
}
