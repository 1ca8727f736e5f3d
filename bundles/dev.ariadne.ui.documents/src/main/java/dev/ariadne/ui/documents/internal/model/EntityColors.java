package dev.ariadne.ui.documents.internal.model;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import dev.ariadne.api.entities.EntityType;

/**
 * The colour of each entity type in the Reader, as 0xRRGGBB: the same palette as the entity views (the two bundles
 * share no code), dark enough to read as text on white (contrast at least 4.5:1), plus light tints for the mentions'
 * backgrounds. Pure values; any thread.
 */
public final class EntityColors {

    private static final Map<EntityType, Integer> COLORS = new EnumMap<>(EntityType.class);

    static {
        COLORS.put(EntityType.PERSON, 0x1f5fbf);
        COLORS.put(EntityType.ORGANIZATION, 0x8a2ca6);
        COLORS.put(EntityType.LOCATION, 0x1b7a3a);
        COLORS.put(EntityType.DATE, 0xb04a00);
        COLORS.put(EntityType.QUANTITY, 0x00707c);
        COLORS.put(EntityType.EMAIL, 0xa3174f);
        COLORS.put(EntityType.URL, 0x4a4fb0);
        COLORS.put(EntityType.PHONE, 0x6e5a00);
        COLORS.put(EntityType.MISC, 0x5a5a5a);
    }

    private EntityColors() {
    }

    /** The text colour of a type, 0xRRGGBB. */
    public static int color(EntityType type) {
        return COLORS.get(type);
    }

    /** A light tint of the type's colour: {@code share} of it over white, 0xRRGGBB. */
    public static int tint(EntityType type, double share) {
        int c = color(type);
        int r = (int) Math.round(255 - (255 - ((c >> 16) & 0xff)) * share);
        int g = (int) Math.round(255 - (255 - ((c >> 8) & 0xff)) * share);
        int b = (int) Math.round(255 - (255 - (c & 0xff)) * share);
        return (r << 16) | (g << 8) | b;
    }

    /** The WCAG contrast ratio of two 0xRRGGBB colours, from 1 to 21. */
    public static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int color) {
        double sum = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double s = ((color >> (16 - 8 * i)) & 0xff) / 255.0;
            sum += weights[i] * (s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4));
        }
        return sum;
    }

    /** How a type is named in the legend: "Person", "Organization" … */
    public static String label(EntityType type) {
        String name = type.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
