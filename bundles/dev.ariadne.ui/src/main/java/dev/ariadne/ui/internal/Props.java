package dev.ariadne.ui.internal;

import java.util.Map;

/**
 * Reads typed values out of service property maps, tolerating the forms DS and hand-registered services use
 * (a Boolean or the string "true", an Integer or its decimal string). Pure functions, any thread.
 */
final class Props {

    private Props() {
    }

    /** The property as a trimmed string, or {@code fallback} when missing or blank. */
    static String string(Map<String, ?> props, String key, String fallback) {
        Object value = props.get(key);
        if (value instanceof String[] array && array.length > 0) {
            value = array[0];
        }
        if (value == null) {
            return fallback;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? fallback : text;
    }

    /** The property as an int, or {@code fallback} when missing or not a number. */
    static int integer(Map<String, ?> props, String key, int fallback) {
        Object value = props.get(key);
        if (value instanceof Number number) {
            return number.intValue();
        }
        if (value != null) {
            String text = value.toString().trim();
            if (text.matches("[-+]?\\d{1,9}")) {
                return Integer.parseInt(text);
            }
        }
        return fallback;
    }

    /** The property as a boolean, or {@code fallback} when missing. */
    static boolean bool(Map<String, ?> props, String key, boolean fallback) {
        Object value = props.get(key);
        if (value instanceof Boolean b) {
            return b;
        }
        if (value != null) {
            return Boolean.parseBoolean(value.toString().trim());
        }
        return fallback;
    }

    /** The property as a long, or {@code fallback}. */
    static long longValue(Map<String, ?> props, String key, long fallback) {
        Object value = props.get(key);
        if (value instanceof Number number) {
            return number.longValue();
        }
        return fallback;
    }
}
