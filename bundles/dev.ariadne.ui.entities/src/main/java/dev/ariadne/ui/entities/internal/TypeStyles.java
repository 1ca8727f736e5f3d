package dev.ariadne.ui.entities.internal;

import java.util.EnumMap;
import java.util.Map;

import dev.ariadne.api.entities.EntityType;
import dev.ariadne.ui.entities.internal.model.TypeColors;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * The SWT colours and swatch images of the entity types for one view: made on the UI thread when the view is built,
 * disposed with {@link #dispose()} when it is released.
 */
final class TypeStyles {

    private final Map<EntityType, Color> colors = new EnumMap<>(EntityType.class);
    private final Map<EntityType, Image> swatches = new EnumMap<>(EntityType.class);

    TypeStyles(Display display) {
        for (EntityType type : EntityType.values()) {
            int[] rgb = TypeColors.rgb(TypeColors.color(type));
            Color color = new Color(display, new RGB(rgb[0], rgb[1], rgb[2]));
            colors.put(type, color);
            Image swatch = new Image(display, 12, 12);
            GC gc = new GC(swatch);
            gc.setBackground(display.getSystemColor(org.eclipse.swt.SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, 12, 12);
            gc.setBackground(color);
            gc.fillRoundRectangle(1, 1, 10, 10, 4, 4);
            gc.dispose();
            swatches.put(type, swatch);
        }
    }

    /** The text colour of a type. */
    Color color(EntityType type) {
        return colors.get(type);
    }

    /** A small square of the type's colour. */
    Image swatch(EntityType type) {
        return swatches.get(type);
    }

    void dispose() {
        colors.values().forEach(Color::dispose);
        swatches.values().forEach(Image::dispose);
    }
}
