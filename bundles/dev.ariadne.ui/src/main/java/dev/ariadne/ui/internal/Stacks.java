package dev.ariadne.ui.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ariadne.ui.api.ViewProperties;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabFolder2Adapter;
import org.eclipse.swt.custom.CTabFolderEvent;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tracker;

/**
 * The four view stacks of the window in their sashes: navigator left, editor area centre, panels right and bottom.
 * Owns maximising (the other stacks hide), minimising (the stack collapses to a button in the status bar), hiding
 * empty stacks, and dragging a tab onto another stack or a window edge with a rubber-band drop feedback.
 * UI thread only; events go back to {@link WorkbenchWindow}.
 */
final class Stacks {
    private static final int EDGE = 36;

    private final WorkbenchWindow window;
    private final SashForm outer;
    private final SashForm column;
    private final Map<String, CTabFolder> folders = new LinkedHashMap<>();
    private final Set<String> minimized = new LinkedHashSet<>();
    private final Color activeTab;
    private final Color inactiveTab;
    private String maximized;
    private String active;

    Stacks(WorkbenchWindow window, Composite parent) {
        this.window = window;
        Display display = parent.getDisplay();
        activeTab = new Color(display, 0xdd, 0xe8, 0xf6);
        inactiveTab = display.getSystemColor(SWT.COLOR_LIST_BACKGROUND);
        outer = new SashForm(parent, SWT.HORIZONTAL | SWT.SMOOTH);
        outer.setSashWidth(5);
        folders.put(ViewProperties.LEFT, makeFolder(outer, ViewProperties.LEFT));
        column = new SashForm(outer, SWT.VERTICAL | SWT.SMOOTH);
        column.setSashWidth(5);
        folders.put(ViewProperties.CENTER, makeFolder(column, ViewProperties.CENTER));
        folders.put(ViewProperties.BOTTOM, makeFolder(column, ViewProperties.BOTTOM));
        folders.put(ViewProperties.RIGHT, makeFolder(outer, ViewProperties.RIGHT));
        outer.setWeights(toArray(LayoutState.DEFAULT_OUTER));
        column.setWeights(toArray(LayoutState.DEFAULT_INNER));
        outer.addDisposeListener(e -> activeTab.dispose());
    }

    /** The control that holds every stack, for the window's layout. */
    Control control() {
        return outer;
    }

    CTabFolder folder(String area) {
        return folders.get(area);
    }

    /** The area of a folder, or {@code null}. */
    String areaOf(CTabFolder folder) {
        return (String) folder.getData(WidgetKeys.STACK);
    }

    private CTabFolder makeFolder(Composite parent, String area) {
        CTabFolder folder = new CTabFolder(parent, SWT.BORDER | SWT.CLOSE);
        folder.setData(WidgetKeys.STACK, area);
        folder.setSimple(false);
        folder.setMaximizeVisible(true);
        folder.setMinimizeVisible(true);
        folder.setUnselectedCloseVisible(false);
        folder.setSelectionBackground(inactiveTab);
        folder.setTabHeight(Math.max(folder.getTabHeight(), 26));
        folder.addCTabFolder2Listener(new CTabFolder2Adapter() {
            @Override
            public void close(CTabFolderEvent event) {
                event.doit = false;
                window.closeTab((CTabItem) event.item);
            }

            @Override
            public void maximize(CTabFolderEvent event) {
                Stacks.this.maximize(area);
            }

            @Override
            public void minimize(CTabFolderEvent event) {
                Stacks.this.minimize(area);
            }

            @Override
            public void restore(CTabFolderEvent event) {
                Stacks.this.restore(area);
            }
        });
        folder.addListener(SWT.Selection, e -> window.tabSelected((CTabItem) e.item));
        folder.addListener(SWT.MouseDoubleClick, e -> {
            if (folder.getItem(new Point(e.x, e.y)) != null) {
                if (area.equals(maximized)) {
                    restore(area);
                } else {
                    maximize(area);
                }
            }
        });
        folder.addListener(SWT.DragDetect, e -> {
            CTabItem item = folder.getItem(new Point(e.x, e.y));
            if (item != null) {
                drag(item);
            }
        });
        if (ViewProperties.CENTER.equals(area)) {
            folder.addListener(SWT.Paint, e -> paintHint(folder, e.gc));
        }
        folder.addListener(SWT.Resize, e -> window.layoutChanged());
        return folder;
    }

    private static void paintHint(CTabFolder folder, GC gc) {
        if (folder.getItemCount() > 0) {
            return;
        }
        Rectangle area = folder.getClientArea();
        String hint = "Open a view from Window \u203a Show View";
        gc.setForeground(folder.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        Point extent = gc.textExtent(hint);
        gc.drawText(hint, area.x + Math.max(8, (area.width - extent.x) / 2),
                area.y + Math.max(8, (area.height - extent.y) / 2), true);
    }

    /** Shows the stacks that have views and are not minimised, hides the others, applies the maximised state. */
    void refresh() {
        for (Map.Entry<String, CTabFolder> e : folders.entrySet()) {
            String area = e.getKey();
            CTabFolder folder = e.getValue();
            boolean hasViews = folder.getItemCount() > 0;
            boolean show = !minimized.contains(area) && (hasViews || ViewProperties.CENTER.equals(area));
            if (folder.getVisible() != show) {
                folder.setVisible(show);
            }
            folder.setMinimized(minimized.contains(area));
            folder.setMaximized(area.equals(maximized));
        }
        boolean columnShown = folders.get(ViewProperties.CENTER).getVisible()
                || folders.get(ViewProperties.BOTTOM).getVisible();
        if (column.getVisible() != columnShown) {
            column.setVisible(columnShown);
        }
        if (maximized == null) {
            outer.setMaximizedControl(null);
            column.setMaximizedControl(null);
        } else if (ViewProperties.CENTER.equals(maximized) || ViewProperties.BOTTOM.equals(maximized)) {
            outer.setMaximizedControl(column);
            column.setMaximizedControl(folders.get(maximized));
        } else {
            column.setMaximizedControl(null);
            outer.setMaximizedControl(folders.get(maximized));
        }
        column.layout(true);
        outer.layout(true);
        window.trimChanged();
    }

    /** Maximises a stack: the others hide until it is restored. */
    void maximize(String area) {
        minimized.remove(area);
        maximized = area;
        refresh();
        window.layoutChanged();
    }

    /** Minimises a stack to a button in the status bar. */
    void minimize(String area) {
        if (area.equals(maximized)) {
            maximized = null;
        }
        minimized.add(area);
        refresh();
        window.layoutChanged();
    }

    /** Restores a maximised or minimised stack. */
    void restore(String area) {
        if (area.equals(maximized)) {
            maximized = null;
        }
        minimized.remove(area);
        refresh();
        window.layoutChanged();
    }

    /** Makes sure a stack is visible: restores it if minimised and leaves a maximised other stack. */
    void reveal(String area) {
        boolean changed = minimized.remove(area);
        if (maximized != null && !maximized.equals(area)) {
            maximized = null;
            changed = true;
        }
        if (changed) {
            window.layoutChanged();
        }
        refresh();
    }

    String maximized() {
        return maximized;
    }

    Set<String> minimized() {
        return Set.copyOf(minimized);
    }

    /** Sets the maximised and minimised stacks and the sash weights, e.g. from a saved layout. */
    void apply(LayoutState layout) {
        maximized = layout.maximized();
        minimized.clear();
        layout.stacks().forEach((area, stack) -> {
            if (stack.minimized()) {
                minimized.add(area);
            }
        });
        outer.setWeights(toArray(layout.outerWeights()));
        column.setWeights(toArray(layout.innerWeights()));
        refresh();
    }

    List<Integer> outerWeights() {
        return toList(outer.getWeights());
    }

    List<Integer> innerWeights() {
        return toList(column.getWeights());
    }

    /** Highlights the stack that holds the active view. */
    void setActive(String area) {
        active = area;
        folders.forEach((a, f) -> f.setSelectionBackground(a.equals(active) ? activeTab : inactiveTab));
    }

    /** Drags a tab: a rubber band follows the stack or edge under the pointer; dropping moves the view there. */
    private void drag(CTabItem item) {
        Display display = outer.getDisplay();
        CTabFolder source = item.getParent();
        Tracker tracker = new Tracker(display, SWT.NONE);
        tracker.setStippled(true);
        tracker.setRectangles(new Rectangle[] {display.map(source.getParent(), null, source.getBounds())});
        Drop[] drop = new Drop[1];
        tracker.addListener(SWT.Move, e -> {
            drop[0] = dropAt(display.getCursorLocation());
            if (drop[0] != null) {
                tracker.setRectangles(new Rectangle[] {drop[0].feedback()});
            }
        });
        boolean done = tracker.open();
        tracker.dispose();
        if (done && drop[0] != null && !item.isDisposed()) {
            window.dropTab(item, drop[0].area(), drop[0].index());
        }
    }

    /** Where a tab dropped at a display point goes, with the rectangle that shows it. */
    record Drop(String area, int index, Rectangle feedback) {
    }

    /** The drop target under a display point, or {@code null}: a window edge first, then the stack under it. */
    Drop dropAt(Point point) {
        Display display = outer.getDisplay();
        Rectangle body = display.map(outer.getParent(), null, outer.getBounds());
        if (!body.contains(point)) {
            return null;
        }
        if (point.x < body.x + EDGE) {
            return new Drop(ViewProperties.LEFT, -1, new Rectangle(body.x, body.y, body.width / 5, body.height));
        }
        if (point.x > body.x + body.width - EDGE) {
            int w = body.width / 5;
            return new Drop(ViewProperties.RIGHT, -1, new Rectangle(body.x + body.width - w, body.y, w, body.height));
        }
        if (point.y > body.y + body.height - EDGE) {
            int h = body.height / 4;
            return new Drop(ViewProperties.BOTTOM, -1, new Rectangle(body.x, body.y + body.height - h, body.width, h));
        }
        for (Map.Entry<String, CTabFolder> e : folders.entrySet()) {
            CTabFolder folder = e.getValue();
            if (!folder.isVisible() || folder.getBounds().width == 0) {
                continue;
            }
            Rectangle bounds = display.map(folder.getParent(), null, folder.getBounds());
            if (bounds.contains(point)) {
                Point local = display.map(null, folder, point);
                CTabItem over = folder.getItem(local);
                int index = over == null ? -1 : folder.indexOf(over);
                return new Drop(e.getKey(), index, bounds);
            }
        }
        return null;
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<Integer> toList(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
