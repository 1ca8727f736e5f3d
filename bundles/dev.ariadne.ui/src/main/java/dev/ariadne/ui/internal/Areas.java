package dev.ariadne.ui.internal;

import java.util.List;

import dev.ariadne.ui.api.ViewProperties;

/** The four view stacks of the window and their names. Constants and pure functions only. */
final class Areas {

    /** Every area, in the order they are saved. */
    static final List<String> ALL = List.of(ViewProperties.LEFT, ViewProperties.CENTER, ViewProperties.RIGHT,
            ViewProperties.BOTTOM);

    private Areas() {
    }

    /** {@code area} when it names a stack, else the right-hand panel stack. */
    static String normalize(String area) {
        if (area == null) {
            return ViewProperties.RIGHT;
        }
        String lower = area.trim().toLowerCase(java.util.Locale.ROOT);
        return ALL.contains(lower) ? lower : ViewProperties.RIGHT;
    }

    /** What the status bar calls a minimised stack. */
    static String title(String area) {
        return switch (area) {
            case ViewProperties.LEFT -> "Navigator";
            case ViewProperties.CENTER -> "Editor area";
            case ViewProperties.BOTTOM -> "Bottom panel";
            default -> "Side panel";
        };
    }
}
