package dev.ariadne.ui.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageGcDrawer;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Display;

/**
 * Small line icons for the shell's own tool bar buttons, drawn with a GC (no image files): black strokes on white
 * become a single-colour icon whose alpha follows the stroke, so they sit cleanly on any tool bar. Made and disposed
 * on the UI thread; {@link #dispose()} is called when the window goes.
 */
final class Icons {
    private static final int SIZE = 16;
    private static final int INK = 0x3b4a5c;

    private final Display display;
    private final Map<String, Image> images = new HashMap<>();

    Icons(Display display) {
        this.display = display;
    }

    /** The icon of a built-in command, or {@code null} for commands drawn as text only. */
    Image forCommand(String commandId) {
        Consumer<GC> drawing = switch (commandId) {
            case "dev.ariadne.ui.newCase" -> Icons::newCase;
            case "dev.ariadne.ui.openCase" -> Icons::openCase;
            case "dev.ariadne.ui.undo" -> gc -> arrow(gc, false);
            case "dev.ariadne.ui.redo" -> gc -> arrow(gc, true);
            default -> null;
        };
        if (drawing == null) {
            return null;
        }
        return images.computeIfAbsent(commandId, id -> draw(drawing));
    }

    private Image draw(Consumer<GC> drawing) {
        ImageGcDrawer drawer = new ImageGcDrawer() {
            @Override
            public void drawOn(GC gc, int width, int height) {
                gc.setAntialias(SWT.ON);
                gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(0, 0, width, height);
                gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
                gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
                gc.setLineWidth(1);
                gc.setLineCap(SWT.CAP_ROUND);
                gc.setLineJoin(SWT.JOIN_ROUND);
                drawing.accept(gc);
            }

            @Override
            public void postProcess(ImageData data) {
                PaletteData palette = data.palette;
                for (int y = 0; y < data.height; y++) {
                    for (int x = 0; x < data.width; x++) {
                        var rgb = palette.getRGB(data.getPixel(x, y));
                        int darkness = 255 - (rgb.red + rgb.green + rgb.blue) / 3;
                        data.setPixel(x, y, palette.getPixel(new org.eclipse.swt.graphics.RGB(
                                INK >> 16 & 0xff, INK >> 8 & 0xff, INK & 0xff)));
                        data.setAlpha(x, y, darkness);
                    }
                }
            }
        };
        return new Image(display, drawer, SIZE, SIZE);
    }

    private static void newCase(GC gc) {
        gc.drawPolyline(new int[] {3, 1, 10, 1, 13, 4, 13, 15, 3, 15, 3, 1});
        gc.drawLine(10, 1, 10, 4);
        gc.drawLine(10, 4, 13, 4);
        gc.drawLine(8, 7, 8, 13);
        gc.drawLine(5, 10, 11, 10);
    }

    private static void openCase(GC gc) {
        gc.drawPolyline(new int[] {1, 13, 1, 3, 6, 3, 7, 5, 13, 5, 13, 7});
        gc.drawPolygon(new int[] {1, 13, 4, 7, 15, 7, 12, 13});
    }

    private static void arrow(GC gc, boolean redo) {
        if (redo) {
            gc.drawArc(2, 4, 11, 10, 0, 180);
            gc.drawLine(13, 9, 13, 9);
            gc.fillPolygon(new int[] {10, 7, 16, 7, 13, 11});
        } else {
            gc.drawArc(3, 4, 11, 10, 0, 180);
            gc.fillPolygon(new int[] {0, 7, 6, 7, 3, 11});
        }
    }

    /** Disposes every icon made. */
    void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
    }
}
