package dev.ariadne.ui.api;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import dev.ariadne.api.entities.EntityType;

/**
 * The workbench's colour of each entity type, as 0xRRGGBB, so that every view (the Reader, the entity views, a
 * plugin's) shows a type the same way: dark enough to read as text on white (contrast at least 4.5:1) and far enough
 * apart to tell the types apart, plus a light tint of each for backgrounds. Pure values, callable on any thread;
 * callers (views, on the UI thread) make and dispose the SWT colours themselves.
 */
public final class EntityTypeColors {

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

    private EntityTypeColors() {
    }

    /** The text colour of a type, 0xRRGGBB. */
    public static int color(EntityType type) {
        return COLORS.get(type);
    }

    /** A light tint of the type's colour for backgrounds: {@code share} of the colour over white. */
    public static int tint(EntityType type, double share) {
        int c = color(type);
        int r = mix((c >> 16) & 0xff, share);
        int g = mix((c >> 8) & 0xff, share);
        int b = mix(c & 0xff, share);
        return (r << 16) | (g << 8) | b;
    }

    private static int mix(int channel, double share) {
        return (int) Math.round(255 - (255 - channel) * share);
    }

    /** The red, green and blue of a 0xRRGGBB value. */
    public static int[] rgb(int color) {
        return new int[] {(color >> 16) & 0xff, (color >> 8) & 0xff, color & 0xff};
    }

    /** The WCAG contrast ratio of two 0xRRGGBB colours, from 1 to 21. */
    public static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int color) {
        int[] rgb = rgb(color);
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = rgb[i] / 255.0;
            linear[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    /** How a type is named to a person: "Organization", "Person" … */
    public static String label(EntityType type) {
        String name = type.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
