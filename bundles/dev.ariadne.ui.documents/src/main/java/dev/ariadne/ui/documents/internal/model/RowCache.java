package dev.ariadne.ui.documents.internal.model;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.ariadne.api.documents.Document;

/**
 * The rows of the Documents table for one case: every document's columns in import order, read from
 * {@code DocumentStore.list} a page at a time by a loader job and kept as compact {@link RowPage}s.
 *
 * <p>The table asks for rows as it paints them ({@link #want}); the loader takes the pages asked for first
 * ({@link #nextPageToLoad}), then every other page, so that sorting and filtering can run on all rows. The row count
 * only grows (documents are appended in import order); when it grows, the last partial page is read again.
 *
 * <p>Thread-safe: one loader thread writes pages while the UI thread and sort jobs read them. Pages are immutable
 * and published through a volatile array; the bookkeeping of wanted pages is guarded by a lock.
 */
public final class RowCache {

    /** Rows per page read from the store. */
    public static final int DEFAULT_PAGE_SIZE = 500;
    /** How many recently wanted pages are remembered. */
    static final int MAX_WANTED = 64;

    private final int pageSize;
    private final Object lock = new Object();
    private final Deque<Integer> wanted = new ArrayDeque<>();
    private final Map<String, String> interned = new ConcurrentHashMap<>();
    private volatile RowPage[] pages = new RowPage[0];
    private volatile int count;
    private int loadedRows;

    /** An empty cache reading {@code pageSize} rows at a time. */
    public RowCache(int pageSize) {
        if (pageSize <= 0) {
            throw new IllegalArgumentException("page size must be positive: " + pageSize);
        }
        this.pageSize = pageSize;
    }

    /** Rows per page. */
    public int pageSize() {
        return pageSize;
    }

    /** The number of rows (documents) known. */
    public int count() {
        return count;
    }

    /** The number of pages the known rows span. */
    public int pageCount() {
        return (count + pageSize - 1) / pageSize;
    }

    /** The rows read so far. */
    public int loadedRows() {
        synchronized (lock) {
            return loadedRows;
        }
    }

    /** Whether every known row has been read. */
    public boolean isComplete() {
        synchronized (lock) {
            return loadedRows >= count;
        }
    }

    /**
     * Raises the number of rows; a smaller number is ignored (documents are never removed while a case is open).
     *
     * @return whether the count grew
     */
    public boolean growTo(int newCount) {
        synchronized (lock) {
            if (newCount <= count) {
                return false;
            }
            int needed = (newCount + pageSize - 1) / pageSize;
            if (needed > pages.length) {
                pages = Arrays.copyOf(pages, Math.max(needed, pages.length + pages.length / 2));
            }
            count = newCount;
            return true;
        }
    }

    /**
     * Lowers the number of rows when the store returned fewer documents than it counted a moment before; pages
     * past the new end are dropped. Used by the loader so that it never waits for rows that do not exist.
     */
    public void shrinkTo(int newCount) {
        synchronized (lock) {
            if (newCount >= count) {
                return;
            }
            RowPage[] current = pages;
            int lastPage = newCount / pageSize;
            for (int page = lastPage; page < current.length; page++) {
                RowPage made = current[page];
                if (made == null) {
                    continue;
                }
                int keep = Math.max(0, Math.min(made.size, newCount - made.offset));
                loadedRows -= made.size - keep;
                if (keep < made.size) {
                    current[page] = keep == 0 ? null : made.head(keep);
                }
            }
            count = newCount;
            pages = current;
        }
    }

    /** The page holding a row. */
    public int pageOf(int row) {
        return row / pageSize;
    }

    /** Whether a row has been read. */
    public boolean isLoaded(int row) {
        RowPage page = page(row);
        return page != null && row - page.offset < page.size;
    }

    /** Asks for the page of {@code row} to be read before others (the table wants to paint it). */
    public void want(int row) {
        if (row < 0 || row >= count || isLoaded(row)) {
            return;
        }
        Integer page = pageOf(row);
        synchronized (lock) {
            wanted.remove(page);
            wanted.addFirst(page);
            while (wanted.size() > MAX_WANTED) {
                wanted.removeLast();
            }
        }
    }

    /**
     * The next page the loader should read: the most recently wanted page not yet read, else the first page not
     * fully read, else {@code -1}.
     */
    public int nextPageToLoad() {
        synchronized (lock) {
            while (!wanted.isEmpty()) {
                int page = wanted.removeFirst();
                if (!isPageComplete(page)) {
                    return page;
                }
            }
            int pageCount = pageCount();
            for (int page = 0; page < pageCount; page++) {
                if (!isPageComplete(page)) {
                    return page;
                }
            }
            return -1;
        }
    }

    /** Whether any page was wanted and not read yet. */
    public boolean hasWanted() {
        synchronized (lock) {
            return !wanted.isEmpty();
        }
    }

    /**
     * Stores the documents read for a page.
     *
     * @param page the page number
     * @param documents the documents {@code [page * pageSize, page * pageSize + pageSize)} in import order (fewer
     *        at the end of the case)
     */
    public void fill(int page, List<Document> documents) {
        List<Document> rows = documents.size() > pageSize ? documents.subList(0, pageSize) : documents;
        RowPage made = new RowPage(page * pageSize, rows, this::intern);
        synchronized (lock) {
            int end = page * pageSize + made.size;
            if (end > count) {
                growTo(end); // the store has more than it said a moment ago
            }
            RowPage[] current = pages;
            RowPage before = current[page];
            loadedRows += made.size - (before == null ? 0 : before.size);
            current[page] = made;
            pages = current; // the volatile write publishes the page to readers
        }
    }

    private boolean isPageComplete(int page) {
        RowPage[] current = pages;
        if (page >= current.length) {
            return false;
        }
        RowPage made = current[page];
        int expected = Math.min(pageSize, count - page * pageSize);
        return made != null && made.size >= expected;
    }

    private RowPage page(int row) {
        if (row < 0) {
            return null;
        }
        RowPage[] current = pages;
        int index = row / pageSize;
        return index < current.length ? current[index] : null;
    }

    private String intern(String value) {
        String before = interned.putIfAbsent(value, value);
        return before == null ? value : before;
    }

    private RowPage loaded(int row) {
        RowPage page = page(row);
        if (page == null || row - page.offset >= page.size) {
            throw new IllegalStateException("row " + row + " has not been read");
        }
        return page;
    }

    /** The document id of a read row. */
    public String id(int row) {
        RowPage page = loaded(row);
        return page.ids[row - page.offset];
    }

    /** The title of a read row. */
    public String title(int row) {
        RowPage page = loaded(row);
        return page.titles[row - page.offset];
    }

    /** The short type name of a read row. */
    public String type(int row) {
        RowPage page = loaded(row);
        return page.types[row - page.offset];
    }

    /** The date (epoch milliseconds) of a read row, or {@link Long#MIN_VALUE} when it declares none. */
    public long date(int row) {
        RowPage page = loaded(row);
        return page.dates[row - page.offset];
    }

    /** The language code of a read row. */
    public String language(int row) {
        RowPage page = loaded(row);
        return page.languages[row - page.offset];
    }

    /** The page count of a read row (0 when not paged). */
    public int pages(int row) {
        RowPage page = loaded(row);
        return page.pageCounts[row - page.offset];
    }

    /** The size in bytes of a read row. */
    public long size(int row) {
        RowPage page = loaded(row);
        return page.sizes[row - page.offset];
    }

    /** The number of sources of a read row. */
    public int sources(int row) {
        RowPage page = loaded(row);
        return page.sourceCounts[row - page.offset];
    }

    /** The first source path of a read row. */
    public String firstSource(int row) {
        RowPage page = loaded(row);
        return page.firstSources[row - page.offset];
    }

    /** Every source path of a read row, one per line. */
    public String sourceText(int row) {
        RowPage page = loaded(row);
        return page.sourceText[row - page.offset];
    }

    /** Whether a read row was found inside another document (an attachment, an archive member). */
    public boolean isChild(int row) {
        RowPage page = loaded(row);
        return page.children[row - page.offset];
    }
}
