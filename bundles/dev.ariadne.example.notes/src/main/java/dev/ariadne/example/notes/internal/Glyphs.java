package dev.ariadne.example.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * The small tool bar images of the notes view, drawn at run time (the plugin ships no image files): letters for
 * bold, italic, underline and heading, and simple line drawings for the list, new, delete, undo and redo. Each image
 * is drawn black on white and turned into an anti-aliased, transparent image in the widget foreground colour.
 *
 * <p>Created and used on the UI thread; {@link #dispose()} releases every image and font it made.
 */
final class Glyphs {

    static final int SIZE = 16;

    private final Display display;
    private final List<Image> images = new ArrayList<>();
    private final List<Font> fonts = new ArrayList<>();

    final Image bold;
    final Image italic;
    final Image underline;
    final Image heading;
    final Image bullets;
    final Image add;
    final Image delete;
    final Image undo;
    final Image redo;

    Glyphs(Display display) {
        this.display = display;
        FontData base = display.getSystemFont().getFontData()[0];
        Font boldFont = font(base, SWT.BOLD, 11);
        Font italicFont = font(new FontData("Serif", 11, SWT.ITALIC), SWT.ITALIC, 11);
        Font plainFont = font(base, SWT.NORMAL, 10);
        bold = draw(gc -> letter(gc, boldFont, "B", false));
        italic = draw(gc -> letter(gc, italicFont, "I", false));
        underline = draw(gc -> letter(gc, plainFont, "U", true));
        heading = draw(gc -> letter(gc, boldFont, "H", false));
        bullets = draw(gc -> {
            gc.setBackground(gc.getForeground());
            for (int row = 0; row < 3; row++) {
                int y = 3 + row * 5;
                gc.fillOval(1, y - 1, 3, 3);
                gc.fillRectangle(6, y, 9, 1);
            }
        });
        add = draw(gc -> {
            gc.setLineWidth(2);
            gc.drawLine(8, 3, 8, 13);
            gc.drawLine(3, 8, 13, 8);
        });
        delete = draw(gc -> {
            gc.setLineWidth(1);
            gc.drawRectangle(4, 5, 8, 9);
            gc.drawLine(2, 4, 14, 4);
            gc.drawLine(6, 2, 10, 2);
            gc.drawLine(6, 7, 6, 12);
            gc.drawLine(8, 7, 8, 12);
            gc.drawLine(10, 7, 10, 12);
        });
        undo = draw(gc -> arrow(gc, false));
        redo = draw(gc -> arrow(gc, true));
        // The fonts were only needed to draw the letters.
        for (Font font : fonts) {
            font.dispose();
        }
        fonts.clear();
    }

    /** Releases the images. */
    void dispose() {
        for (Image image : images) {
            if (!image.isDisposed()) {
                image.dispose();
            }
        }
        images.clear();
    }

    private Font font(FontData data, int style, int height) {
        Font font = new Font(display, new FontData(data.getName(), height, style));
        fonts.add(font);
        return font;
    }

    private static void letter(GC gc, Font font, String text, boolean underlined) {
        gc.setFont(font);
        var extent = gc.textExtent(text);
        int x = (SIZE - extent.x) / 2;
        int y = (SIZE - extent.y) / 2 - (underlined ? 1 : 0);
        gc.drawText(text, x, y, true);
        if (underlined) {
            gc.fillRectangle(x, Math.min(SIZE - 2, y + extent.y), extent.x, 1);
        }
    }

    private static void arrow(GC gc, boolean clockwise) {
        gc.setLineWidth(2);
        // A half circle from left to right over the top, with an arrow head at the start (undo) or the end (redo).
        gc.drawArc(3, 4, 10, 9, 0, 180);
        gc.setBackground(gc.getForeground());
        if (clockwise) {
            gc.fillPolygon(new int[] {10, 8, 15, 8, 13, 13});
        } else {
            gc.fillPolygon(new int[] {1, 8, 6, 8, 3, 13});
        }
    }

    /** Draws black on white, then turns darkness into alpha over the widget foreground colour. */
    private Image draw(Consumer<GC> painter) {
        Image canvas = new Image(display, SIZE, SIZE);
        ImageData drawn;
        try {
            GC gc = new GC(canvas);
            try {
                gc.setAntialias(SWT.ON);
                gc.setTextAntialias(SWT.ON);
                gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(0, 0, SIZE, SIZE);
                gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
                gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
                painter.accept(gc);
            } finally {
                gc.dispose();
            }
            drawn = canvas.getImageData();
        } finally {
            canvas.dispose();
        }
        RGB ink = display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND).getRGB();
        PaletteData palette = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);
        ImageData result = new ImageData(SIZE, SIZE, 24, palette);
        int inkPixel = palette.getPixel(ink);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                RGB rgb = drawn.palette.getRGB(drawn.getPixel(x, y));
                int darkness = 255 - (rgb.red + rgb.green + rgb.blue) / 3;
                result.setPixel(x, y, inkPixel);
                result.setAlpha(x, y, darkness);
            }
        }
        Image image = new Image(display, result);
        images.add(image);
        return image;
    }
}
