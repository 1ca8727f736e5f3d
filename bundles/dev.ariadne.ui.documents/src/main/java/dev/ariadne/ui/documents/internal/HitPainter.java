package dev.ariadne.ui.documents.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.search.SearchResult.Hit;
import dev.ariadne.api.search.SearchResult.Snippet;
import dev.ariadne.ui.documents.internal.model.Formats;
import dev.ariadne.ui.documents.internal.model.HitPages.HitRow;
import dev.ariadne.ui.documents.internal.model.SnippetRuns;
import dev.ariadne.ui.documents.internal.model.SnippetRuns.Run;
import dev.ariadne.ui.documents.internal.model.TypeNames;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Draws the Search view's hit rows by owner draw ({@code SWT.MeasureItem}, {@code SWT.EraseItem},
 * {@code SWT.PaintItem}): the title in bold, a small grey line with the type, date and score, then up to
 * {@value #SNIPPET_LINES} snippet lines with the matched words in bold on a highlight colour, each cut to start a
 * little before its first match. No widget per row.
 * Made, used and disposed on the UI thread; it owns its fonts and colours.
 */
final class HitPainter {

    /** Snippet lines drawn under the title. */
    static final int SNIPPET_LINES = 2;
    private static final int PAD_X = 6;
    private static final int PAD_Y = 4;
    private static final int GAP = 2;

    private final Table table;
    private final IntFunction<Optional<HitRow>> rows;
    private final Font bold;
    private final Font small;
    private final Color highlight;
    private final Color dim;
    private final ZoneId zone;
    private final int lineHeight;
    private final int smallHeight;
    private final double averageCharWidth;

    /**
     * Installs the painter on a table.
     *
     * @param rows the row of a table index, when fetched
     */
    HitPainter(Table table, IntFunction<Optional<HitRow>> rows, ZoneId zone) {
        this.table = table;
        this.rows = rows;
        this.zone = zone;
        FontData[] base = table.getFont().getFontData();
        FontData[] boldData = new FontData[base.length];
        FontData[] smallData = new FontData[base.length];
        for (int i = 0; i < base.length; i++) {
            boldData[i] = new FontData(base[i].getName(), base[i].getHeight(), SWT.BOLD);
            smallData[i] = new FontData(base[i].getName(), Math.max(7, base[i].getHeight() - 1), SWT.NORMAL);
        }
        bold = new Font(table.getDisplay(), boldData);
        small = new Font(table.getDisplay(), smallData);
        highlight = new Color(table.getDisplay(), new RGB(255, 232, 140));
        dim = new Color(table.getDisplay(), new RGB(105, 112, 122));
        GC gc = new GC(table);
        try {
            gc.setFont(bold);
            lineHeight = gc.getFontMetrics().getHeight();
            gc.setFont(small);
            smallHeight = gc.getFontMetrics().getHeight();
            gc.setFont(table.getFont());
            averageCharWidth = Math.max(1, gc.getFontMetrics().getAverageCharacterWidth());
        } finally {
            gc.dispose();
        }
        table.addListener(SWT.MeasureItem, this::measure);
        table.addListener(SWT.EraseItem, this::erase);
        table.addListener(SWT.PaintItem, this::paint);
        table.addListener(SWT.Dispose, e -> dispose());
    }

    /** The height of a row. */
    int rowHeight() {
        return PAD_Y * 2 + lineHeight + smallHeight + GAP + SNIPPET_LINES * (lineHeight + 1);
    }

    private void measure(Event event) {
        event.height = rowHeight();
        event.width = Math.max(event.width, table.getClientArea().width);
    }

    private void erase(Event event) {
        event.detail &= ~SWT.FOREGROUND; // the texts are drawn in paint; the selection background stays native
    }

    private void paint(Event event) {
        TableItem item = (TableItem) event.item;
        if (!(item.getData() instanceof Integer index)) {
            return;
        }
        GC gc = event.gc;
        boolean selected = (event.detail & SWT.SELECTED) != 0;
        Color text = table.getDisplay().getSystemColor(selected ? SWT.COLOR_LIST_SELECTION_TEXT
                : SWT.COLOR_LIST_FOREGROUND);
        Rectangle area = table.getClientArea();
        int x = event.x + PAD_X;
        int right = area.x + area.width - PAD_X;
        int y = event.y + PAD_Y;
        Optional<HitRow> row = rows.apply(index);
        if (row.isEmpty()) {
            gc.setFont(small);
            gc.setForeground(selected ? text : dim);
            gc.drawString("Loading\u2026", x, y, true);
            return;
        }
        Hit hit = row.get().hit();
        gc.setFont(bold);
        gc.setForeground(text);
        String title = hit.title() == null || hit.title().isBlank() ? "(untitled)" : hit.title();
        drawClipped(gc, title, x, y, right);
        gc.setFont(small);
        gc.setForeground(selected ? text : dim);
        drawClipped(gc, meta(row.get()), x, y + lineHeight, right);
        int lineY = y + lineHeight + smallHeight + GAP;
        int chars = (int) ((right - x) / averageCharWidth);
        int lines = 0;
        for (Snippet snippet : hit.snippets()) {
            if (lines == SNIPPET_LINES) {
                break;
            }
            drawRuns(gc, SnippetRuns.runs(snippet, Math.max(20, chars)), x, lineY, right, selected, text);
            lineY += lineHeight + 1;
            lines++;
        }
        if (lines == 0) {
            gc.setFont(small);
            gc.setForeground(selected ? text : dim);
            gc.drawString(hit.snippets().isEmpty() ? "Matched in its title or metadata" : "", x, lineY, true);
        }
    }

    /** The right-hand text of a row: type, date and score. */
    String meta(HitRow row) {
        List<String> parts = new ArrayList<>();
        Optional<Document> document = row.document();
        if (document.isPresent()) {
            parts.add(TypeNames.shortName(document.get().metadata().mediaType()));
            document.get().metadata().created().or(() -> document.get().metadata().modified())
                    .ifPresent(date -> parts.add(Formats.date(date.toEpochMilli(), zone)));
        }
        parts.add(String.format(Locale.ROOT, "score %.2f", row.hit().score()));
        return String.join("  \u00b7  ", parts);
    }

    private void drawRuns(GC gc, List<Run> runs, int x, int y, int right, boolean selected, Color text) {
        int at = x;
        Font normal = table.getFont();
        for (Run run : runs) {
            gc.setFont(run.highlighted() ? bold : normal);
            String piece = run.text();
            Point size = gc.textExtent(piece);
            boolean last = at + size.x > right;
            if (last) {
                piece = fit(gc, piece, right - at);
                size = gc.textExtent(piece);
            }
            if (run.highlighted() && !selected) {
                gc.setBackground(highlight);
                gc.fillRoundRectangle(at - 1, y, size.x + 2, size.y, 4, 4);
            }
            gc.setForeground(text);
            gc.drawString(piece, at, y, true);
            at += size.x;
            if (last) {
                return;
            }
        }
    }

    private void drawClipped(GC gc, String textToDraw, int x, int y, int right) {
        String fitted = gc.textExtent(textToDraw).x <= right - x ? textToDraw : fit(gc, textToDraw, right - x);
        gc.drawString(fitted, x, y, true);
    }

    /** The longest head of {@code text} that fits in {@code width} pixels with an ellipsis. */
    static String fit(GC gc, String text, int width) {
        if (width <= 0) {
            return "";
        }
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (gc.textExtent(text.substring(0, mid) + "\u2026").x <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        if (low > 0 && Character.isHighSurrogate(text.charAt(low - 1))) {
            low--;
        }
        return low == 0 ? "" : text.substring(0, low) + "\u2026";
    }

    private void dispose() {
        bold.dispose();
        small.dispose();
        highlight.dispose();
        dim.dispose();
    }
}
