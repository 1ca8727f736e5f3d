package dev.ariadne.ui.internal;

import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;

/**
 * Turns {@code CommandProperties.key()} strings such as {@code "M1+M2+Z"} into SWT accelerators and into the text a
 * menu shows beside the label. Pure functions, any thread.
 */
final class KeyBindings {

    private static final Map<String, Integer> NAMED_KEYS = Map.ofEntries(
            Map.entry("F1", SWT.F1), Map.entry("F2", SWT.F2), Map.entry("F3", SWT.F3), Map.entry("F4", SWT.F4),
            Map.entry("F5", SWT.F5), Map.entry("F6", SWT.F6), Map.entry("F7", SWT.F7), Map.entry("F8", SWT.F8),
            Map.entry("F9", SWT.F9), Map.entry("F10", SWT.F10), Map.entry("F11", SWT.F11), Map.entry("F12", SWT.F12),
            Map.entry("DEL", (int) SWT.DEL), Map.entry("DELETE", (int) SWT.DEL), Map.entry("ESC", (int) SWT.ESC),
            Map.entry("ESCAPE", (int) SWT.ESC), Map.entry("ENTER", (int) SWT.CR), Map.entry("RETURN", (int) SWT.CR),
            Map.entry("TAB", (int) SWT.TAB), Map.entry("SPACE", (int) ' '), Map.entry("BACKSPACE", (int) SWT.BS),
            Map.entry("INSERT", SWT.INSERT), Map.entry("HOME", SWT.HOME), Map.entry("END", SWT.END),
            Map.entry("PAGE_UP", SWT.PAGE_UP), Map.entry("PAGE_DOWN", SWT.PAGE_DOWN),
            Map.entry("ARROW_UP", SWT.ARROW_UP), Map.entry("ARROW_DOWN", SWT.ARROW_DOWN),
            Map.entry("ARROW_LEFT", SWT.ARROW_LEFT), Map.entry("ARROW_RIGHT", SWT.ARROW_RIGHT));

    private KeyBindings() {
    }

    /**
     * The SWT accelerator for a binding.
     *
     * @return the accelerator, or {@code 0} when {@code key} is empty or cannot be read
     */
    static int accelerator(String key) {
        if (key == null || key.isBlank()) {
            return 0;
        }
        int modifiers = 0;
        int code = 0;
        for (String raw : key.split("\\+")) {
            String token = raw.trim().toUpperCase(Locale.ROOT);
            switch (token) {
                case "M1", "CTRL", "COMMAND" -> modifiers |= SWT.MOD1;
                case "M2", "SHIFT" -> modifiers |= SWT.MOD2;
                case "M3", "ALT" -> modifiers |= SWT.MOD3;
                case "M4" -> modifiers |= SWT.MOD4;
                default -> {
                    if (code != 0) {
                        return 0;
                    }
                    if (token.length() == 1) {
                        code = token.charAt(0);
                    } else if (NAMED_KEYS.containsKey(token)) {
                        code = NAMED_KEYS.get(token);
                    } else {
                        return 0;
                    }
                }
            }
        }
        return code == 0 ? 0 : modifiers | code;
    }

    /** How a menu shows the binding, e.g. {@code Ctrl+Shift+Z}; empty when there is none. */
    static String text(String key) {
        int accelerator = accelerator(key);
        if (accelerator == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if ((accelerator & SWT.MOD1) != 0) {
            text.append("Ctrl+");
        }
        if ((accelerator & SWT.MOD3) != 0) {
            text.append("Alt+");
        }
        if ((accelerator & SWT.MOD2) != 0) {
            text.append("Shift+");
        }
        if ((accelerator & SWT.MOD4) != 0) {
            text.append("Super+");
        }
        int code = accelerator & SWT.KEY_MASK;
        String name = null;
        for (Map.Entry<String, Integer> e : NAMED_KEYS.entrySet()) {
            if (e.getValue() == code && (name == null || e.getKey().length() < name.length())) {
                name = e.getKey();
            }
        }
        if (name != null && code != ' ') {
            text.append(name.length() > 1 && !name.startsWith("F") ? capitalize(name) : name);
        } else if (code == ' ') {
            text.append("Space");
        } else {
            text.append(Character.toUpperCase((char) code));
        }
        return text.toString();
    }

    private static String capitalize(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
