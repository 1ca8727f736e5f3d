package dev.ariadne.ui.documents.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;

/**
 * Page separators in the Reader's text: the line at which each page starts gets extra space above it
 * ({@link StyledText#setLineVerticalIndent}), and a paint listener draws a rule with "Page N" in that space. The
 * text itself is not changed, so offsets stay those of the stored text. UI thread only; owns its font and colour.
 */
final class PageMarks {

    /** The most pages marked (the rest of a huge document is shown without separators). */
    static final int MAX_MARKS = 5000;

    private final StyledText text;
    private final Font font;
    private final Color rule;
    private final Color label;
    private final int indent;
    private int[] lines = new int[0];

    PageMarks(StyledText text) {
        this.text = text;
        FontData[] data = text.getFont().getFontData();
        for (FontData each : data) {
            each.setHeight(Math.max(7, each.getHeight() - 2));
        }
        font = new Font(text.getDisplay(), data);
        rule = new Color(text.getDisplay(), new RGB(196, 202, 210));
        label = new Color(text.getDisplay(), new RGB(110, 118, 128));
        GC gc = new GC(text);
        try {
            gc.setFont(font);
            indent = gc.getFontMetrics().getHeight() + 10;
        } finally {
            gc.dispose();
        }
        text.addListener(SWT.Paint, this::paint);
        text.addListener(SWT.Dispose, e -> {
            font.dispose();
            rule.dispose();
            label.dispose();
        });
    }

    /** The extra space above a page's first line, in pixels. */
    int indent() {
        return indent;
    }

    /** The lines at which pages start, one per page (page {@code i + 1} starts at {@code lines()[i]}). */
    int[] lines() {
        return lines.clone();
    }

    /**
     * Marks the pages of the text now in the widget.
     *
     * @param pageStarts the offset at which each page starts; offsets past the text are ignored
     */
    void apply(List<Integer> pageStarts) {
        int length = text.getCharCount();
        int count = 0;
        int[] made = new int[Math.min(pageStarts.size(), MAX_MARKS)];
        int lastLine = -1;
        for (int i = 0; i < pageStarts.size() && count < made.length; i++) {
            int offset = pageStarts.get(i);
            if (offset < 0 || offset > length) {
                break;
            }
            int line = text.getLineAtOffset(offset);
            if (line == lastLine) {
                made[count++] = -1; // two pages starting on one line: the second gets no rule of its own
                continue;
            }
            text.setLineVerticalIndent(line, indent);
            made[count++] = line;
            lastLine = line;
        }
        lines = Arrays.copyOf(made, count);
        text.redraw();
    }

    /** Forgets the marks (the text is about to be replaced). */
    void clear() {
        lines = new int[0];
    }

    private void paint(Event event) {
        if (lines.length == 0) {
            return;
        }
        GC gc = event.gc;
        Rectangle area = text.getClientArea();
        int top = text.getTopIndex();
        gc.setFont(font);
        for (int page = 0; page < lines.length; page++) {
            int line = lines[page];
            if (line < 0 || line < top - 1) {
                continue;
            }
            int y = text.getLinePixel(line);
            if (y > area.height) {
                break;
            }
            String caption = "Page " + (page + 1);
            Point size = gc.textExtent(caption);
            int middle = y + indent / 2;
            int left = text.getLeftMargin();
            gc.setForeground(rule);
            gc.drawLine(left, middle, left + 18, middle);
            gc.drawLine(left + 26 + size.x, middle, area.width - text.getRightMargin(), middle);
            gc.setForeground(label);
            gc.drawString(caption, left + 22, middle - size.y / 2, true);
        }
    }
}
