package dev.ariadne.ui.documents.internal;

import org.eclipse.swt.widgets.Table;

/**
 * Changes the item count of a virtual table a slice at a time. On GTK, {@link Table#setItemCount} adds or removes
 * every row of the native list one by one (about half a second for 100,000 rows); done in slices of
 * {@value #STEP} rows, one slice per turn of the event loop, the UI thread stays free for paints and input while a
 * table grows to 100,000 rows or shrinks to a handful. UI thread only.
 */
final class GradualItemCount {

    /** Rows added or removed per turn of the event loop. */
    static final int STEP = 2000;

    private final Table table;
    private int target;
    private boolean scheduled;

    GradualItemCount(Table table) {
        this.table = table;
    }

    /** The count the table is heading for. */
    int target() {
        return target;
    }

    /** Whether the table has reached its target count. */
    boolean settled() {
        return !table.isDisposed() && table.getItemCount() == target;
    }

    /** Sets the count the table should reach; a small change is made at once, a large one in slices. */
    void set(int count) {
        target = Math.max(0, count);
        if (table.isDisposed()) {
            return;
        }
        int now = table.getItemCount();
        if (Math.abs(target - now) <= STEP) {
            if (now != target) {
                table.setItemCount(target);
            }
            return;
        }
        step();
    }

    private void step() {
        scheduled = false;
        if (table.isDisposed()) {
            return;
        }
        int now = table.getItemCount();
        if (now == target) {
            return;
        }
        int next = now < target ? Math.min(target, now + STEP) : Math.max(target, now - STEP);
        table.setItemCount(next);
        if (next != target && !scheduled) {
            scheduled = true;
            table.getDisplay().asyncExec(this::step);
        }
    }
}
