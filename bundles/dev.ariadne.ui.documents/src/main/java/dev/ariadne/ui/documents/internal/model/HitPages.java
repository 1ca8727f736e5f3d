package dev.ariadne.ui.documents.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.search.SearchResult.Hit;
import dev.ariadne.api.search.SearchResult.Snippet;

/**
 * The hits of one search as the Search view's virtual table sees them: a row count (the total, capped) and pages of
 * rows fetched on demand as the table scrolls. Confined to the UI thread: pages are requested and filled there (the
 * fetching itself runs in a job).
 */
public final class HitPages {

    /**
     * One hit with what the store says about its document.
     *
     * @param hit the hit
     * @param document the document, when the store was there to read it
     */
    public record HitRow(Hit hit, Optional<Document> document) {
    }

    private final int pageSize;
    private final int rowCount;
    private final List<List<HitRow>> pages = new ArrayList<>();
    private final List<Boolean> requested = new ArrayList<>();

    /**
     * Pages for a search.
     *
     * @param totalHits how many documents match
     * @param pageSize hits per page
     * @param maxRows the most rows the table shows
     */
    public HitPages(long totalHits, int pageSize, int maxRows) {
        if (pageSize <= 0) {
            throw new IllegalArgumentException("page size must be positive: " + pageSize);
        }
        this.pageSize = pageSize;
        this.rowCount = (int) Math.max(0, Math.min(totalHits, maxRows));
        int pageCount = (rowCount + pageSize - 1) / pageSize;
        for (int i = 0; i < pageCount; i++) {
            pages.add(null);
            requested.add(false);
        }
    }

    /** The rows the table shows. */
    public int rowCount() {
        return rowCount;
    }

    /** Hits per page. */
    public int pageSize() {
        return pageSize;
    }

    /** The number of pages. */
    public int pageCount() {
        return pages.size();
    }

    /** The row, when its page has been fetched. */
    public Optional<HitRow> row(int index) {
        if (index < 0 || index >= rowCount) {
            return Optional.empty();
        }
        List<HitRow> page = pages.get(index / pageSize);
        int at = index % pageSize;
        return page == null || at >= page.size() ? Optional.empty() : Optional.of(page.get(at));
    }

    /**
     * Notes that the table wants a row.
     *
     * @return the page to fetch, or {@code -1} when it is fetched or being fetched
     */
    public int request(int index) {
        if (index < 0 || index >= rowCount) {
            return -1;
        }
        int page = index / pageSize;
        if (pages.get(page) != null || requested.get(page)) {
            return -1;
        }
        requested.set(page, true);
        return page;
    }

    /** Stores a fetched page; a page past the end (no hits) is ignored. */
    public void fill(int page, List<HitRow> rows) {
        if (page < 0 || page >= pages.size()) {
            return;
        }
        pages.set(page, List.copyOf(rows));
        requested.set(page, false);
    }

    /** A page could not be fetched; a later request asks again. */
    public void failed(int page) {
        if (page < 0 || page >= pages.size()) {
            return;
        }
        requested.set(page, false);
    }

    /** The first row index of a page. */
    public int firstRow(int page) {
        return page * pageSize;
    }

    /** The number of rows on a page. */
    public int rowsOn(int page) {
        return Math.max(0, Math.min(pageSize, rowCount - page * pageSize));
    }

    /** The offset in the document text of a hit's first highlight, or {@code -1} when it has none. */
    public static int firstHighlight(Hit hit) {
        for (Snippet snippet : hit.snippets()) {
            int[] ranges = SnippetRuns.ranges(snippet);
            if (ranges.length > 0) {
                return snippet.start() + ranges[0];
            }
        }
        return -1;
    }

    /** Every highlighted passage of a hit's snippets, as text. */
    public static List<String> highlightedTexts(Hit hit) {
        List<String> texts = new ArrayList<>();
        for (Snippet snippet : hit.snippets()) {
            texts.addAll(SnippetRuns.highlightedTexts(snippet));
        }
        return texts;
    }
}
