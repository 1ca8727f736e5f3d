package dev.ariadne.ui.entities.internal.model;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ariadne.api.entities.Entity;

/**
 * The rows of the Entities table for one filter and order: either paged from the entity service (its own order,
 * read forwards or backwards) a page of {@value #PAGE} at a time as the table asks for rows, or a complete sorted
 * snapshot. At most {@code maxPages} pages are kept (the least recently used go first), so 100,000 rows cost a few
 * pages, not 100,000 records.
 *
 * <p>Not thread-safe: the Entities view uses it on the UI thread only and hands pages read by its loader job in
 * through {@link #put}. Pages are numbered in the service's order; rows in the table's.
 */
public final class EntityRows {

    /** Entities read per call of the service. */
    public static final int PAGE = 250;

    private final int count;
    private final boolean reversed;
    private final Entity[] sorted;
    private final Map<Integer, Entity[]> pages;
    private final Set<Integer> requested = new HashSet<>();

    private EntityRows(int count, boolean reversed, Entity[] sorted, int maxPages) {
        this.count = Math.max(0, count);
        this.reversed = reversed;
        this.sorted = sorted;
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Entity[]> eldest) {
                return size() > maxPages;
            }
        };
    }

    /** No rows. */
    public static EntityRows empty() {
        return new EntityRows(0, false, new Entity[0], 1);
    }

    /**
     * Rows paged from the service.
     *
     * @param count the number of rows
     * @param reversed whether row 0 is the service's last entity
     * @param maxPages how many pages to keep
     */
    public static EntityRows paged(int count, boolean reversed, int maxPages) {
        return new EntityRows(count, reversed, null, Math.max(1, maxPages));
    }

    /** Rows of a complete, already sorted list. */
    public static EntityRows sorted(List<Entity> rows) {
        return new EntityRows(rows.size(), false, rows.toArray(new Entity[0]), 1);
    }

    /** The number of rows. */
    public int count() {
        return count;
    }

    /** Whether the rows are paged from the service. */
    public boolean isPaged() {
        return sorted == null;
    }

    /** The service offset of a row. */
    int offsetOf(int row) {
        return reversed ? count - 1 - row : row;
    }

    /** The entity of a table row, or {@code null} while its page is not read. */
    public Entity get(int row) {
        if (row < 0 || row >= count) {
            return null;
        }
        if (sorted != null) {
            return sorted[row];
        }
        int offset = offsetOf(row);
        Entity[] page = pages.get(offset / PAGE);
        return page == null ? null : page[offset % PAGE];
    }

    /** The page holding a row. */
    public int pageOf(int row) {
        return offsetOf(row) / PAGE;
    }

    /**
     * Notes that a page is wanted.
     *
     * @return whether it must be read: it is neither kept nor already asked for
     */
    public boolean request(int page) {
        if (sorted != null || pages.containsKey(page)) {
            return false;
        }
        return requested.add(page);
    }

    /** The service offset of a page's first entity. */
    public int offset(int page) {
        return page * PAGE;
    }

    /** How many entities a page holds. */
    public int limit(int page) {
        return Math.max(0, Math.min(PAGE, count - page * PAGE));
    }

    /** Keeps a page read from the service; shorter than expected when the entities changed meanwhile. */
    public void put(int page, List<Entity> entities) {
        requested.remove(page);
        Entity[] rows = new Entity[limit(page)];
        for (int i = 0; i < rows.length && i < entities.size(); i++) {
            rows[i] = entities.get(i);
        }
        pages.put(page, rows);
    }

    /** Forgets that a page was asked for (its read failed), so it can be asked for again. */
    public void failed(int page) {
        requested.remove(page);
    }

    /** The table rows {@code [first, last)} a page fills. */
    public int[] rowsOf(int page) {
        int start = page * PAGE;
        int end = Math.min(count, start + PAGE);
        return reversed ? new int[] {count - end, count - start} : new int[] {start, end};
    }

    /** The row showing the entity with this id among the rows read, or -1. */
    public int rowOf(String entityId) {
        if (sorted != null) {
            for (int i = 0; i < sorted.length; i++) {
                if (sorted[i].id().equals(entityId)) {
                    return i;
                }
            }
            return -1;
        }
        for (Map.Entry<Integer, Entity[]> page : pages.entrySet()) {
            Entity[] rows = page.getValue();
            for (int i = 0; i < rows.length; i++) {
                if (rows[i] != null && rows[i].id().equals(entityId)) {
                    int offset = page.getKey() * PAGE + i;
                    return reversed ? count - 1 - offset : offset;
                }
            }
        }
        return -1;
    }

    /** The number of pages kept; for tests. */
    int pagesKept() {
        return pages.size();
    }
}
