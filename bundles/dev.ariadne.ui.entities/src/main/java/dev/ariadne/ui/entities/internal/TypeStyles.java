package dev.ariadne.ui.entities.internal;

import java.util.EnumMap;
import java.util.Map;

import dev.ariadne.api.entities.EntityType;
import dev.ariadne.ui.api.EntityTypeColors;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * The SWT colours and tags ("■ Person", drawn in the type's colour) of the entity types for one view: made on the
 * UI thread when the view is built, disposed with {@link #dispose()} when it is released.
 */
final class TypeStyles {

    private final Map<EntityType, Color> colors = new EnumMap<>(EntityType.class);

    TypeStyles(Display display) {
        for (EntityType type : EntityType.values()) {
            int[] rgb = EntityTypeColors.rgb(EntityTypeColors.color(type));
            Color color = new Color(display, new RGB(rgb[0], rgb[1], rgb[2]));
            colors.put(type, color);
        }
    }

    /** How a type is shown in a table cell or label drawn in its colour: a square and its name. */
    static String tag(EntityType type) {
        return "\u25a0 " + EntityTypeColors.label(type);
    }

    /** The text colour of a type. */
    Color color(EntityType type) {
        return colors.get(type);
    }

    void dispose() {
        colors.values().forEach(Color::dispose);
    }
}
