package dev.ariadne.ui.entities.internal;

import org.eclipse.swt.widgets.Table;

/**
 * Grows or shrinks the item count of a virtual table by at most {@value #STEP} rows per turn of the event loop. GTK
 * adds and removes the rows of its native list one at a time, so a jump to 100,000 rows in one call keeps the UI
 * thread busy for about half a second; in steps, paints and input go on between them. UI thread only.
 */
final class SteppedItemCount {

    /** Rows added or removed per turn of the event loop. */
    static final int STEP = 2500;

    private final Table table;
    private int target;
    private boolean scheduled;

    SteppedItemCount(Table table) {
        this.table = table;
    }

    /** Whether the table has the count last asked for. */
    boolean reached() {
        return !table.isDisposed() && table.getItemCount() == target;
    }

    /** Heads for a new count: a small change at once, a large one in steps. */
    void set(int count) {
        target = Math.max(0, count);
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
