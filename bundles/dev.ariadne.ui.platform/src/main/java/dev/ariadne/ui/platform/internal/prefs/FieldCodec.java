package dev.ariadne.ui.platform.internal.prefs;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Dictionary;
import java.util.List;
import java.util.Optional;

import org.osgi.service.metatype.AttributeDefinition;

/**
 * Converts between the text of a Preferences field and a configuration value of the type an
 * {@link AttributeDefinition} declares, and checks that text.
 *
 * <p>Multi-valued attributes (cardinality other than 0) are edited as one line of values separated by commas; a comma
 * or backslash inside a value is written with a backslash before it, as the Metatype specification does for
 * {@link AttributeDefinition#validate}. Pure functions, called on the UI thread by {@link PreferencesDialog} and by
 * unit tests.
 */
public final class FieldCodec {

    private FieldCodec() {
    }

    /**
     * The text a field shows for a configuration value: arrays and collections joined with commas.
     *
     * @return the text, {@code ""} for {@code null}
     */
    public static String toText(Object value) {
        if (value == null) {
            return "";
        }
        if (value.getClass().isArray()) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                parts.add(String.valueOf(Array.get(value, i)));
            }
            return join(parts);
        }
        if (value instanceof Collection<?> collection) {
            return join(collection.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }

    /**
     * The text a field shows for an attribute: the configured value when {@code properties} has one, else the
     * attribute's default.
     *
     * @param properties the configuration's properties, or {@code null} when the PID has no configuration
     */
    public static String currentText(AttributeDefinition attribute, Dictionary<String, ?> properties) {
        if (properties != null) {
            Object value = properties.get(attribute.getID());
            if (value != null) {
                return toText(value);
            }
        }
        return defaultText(attribute);
    }

    /** The attribute's default value as field text, {@code ""} when it declares none. */
    public static String defaultText(AttributeDefinition attribute) {
        String[] defaults = attribute.getDefaultValue();
        if (defaults == null || defaults.length == 0) {
            return "";
        }
        if (attribute.getCardinality() == 0) {
            return defaults[0];
        }
        return join(List.of(defaults));
    }

    /** Splits comma-separated field text into values, honouring backslash escapes and trimming each value. */
    public static List<String> split(String text) {
        List<String> values = new ArrayList<>();
        if (text.isBlank()) {
            return values;
        }
        StringBuilder current = new StringBuilder();
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escaped) {
                current.append(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == ',') {
                values.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (escaped) {
            current.append('\\');
        }
        values.add(current.toString().strip());
        return values;
    }

    /** Joins values into field text, escaping commas and backslashes inside them. */
    public static String join(List<String> values) {
        List<String> escaped = new ArrayList<>(values.size());
        for (String value : values) {
            escaped.add(value.replace("\\", "\\\\").replace(",", "\\,"));
        }
        return String.join(", ", escaped);
    }

    /**
     * Why the text is not a valid value of the attribute: a parse error, too many values, or what
     * {@link AttributeDefinition#validate} says. A blank single non-text value is valid: it leaves the property unset.
     *
     * @return the problem in words, or empty when the text is valid
     */
    public static Optional<String> problem(AttributeDefinition attribute, String text) {
        if (attribute.getCardinality() == 0 && !isText(attribute.getType()) && text.isBlank()) {
            return Optional.empty();
        }
        try {
            parse(attribute, text);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        String canonical = attribute.getCardinality() == 0 ? text.strip() : join(split(text));
        String verdict;
        try {
            verdict = attribute.validate(canonical);
        } catch (RuntimeException e) {
            return Optional.of("Could not be checked: " + e.getMessage());
        }
        // validate returns null when it cannot check and "" when the value is valid.
        return verdict == null || verdict.isEmpty() ? Optional.empty() : Optional.of(humanize(verdict));
    }

    /**
     * A validation verdict in words. Felix Metatype answers with localization keys such as
     * {@code "%less than minimum"}; those known are reworded, other keys lose their {@code %}.
     */
    static String humanize(String verdict) {
        if (!verdict.startsWith("%")) {
            return verdict;
        }
        String key = verdict.substring(1).strip();
        return switch (key) {
            case "less than minimum" -> "Less than the smallest value allowed.";
            case "greater than maximum" -> "More than the largest value allowed (or too long).";
            case "missing required value" -> "A value is required.";
            case "invalid value" -> "Not a valid value.";
            case "not a valid option" -> "Not one of the values offered.";
            default -> key.isEmpty() ? "Not valid." : Character.toUpperCase(key.charAt(0)) + key.substring(1) + ".";
        };
    }

    /**
     * The configuration value for field text: a scalar of the attribute's type for cardinality 0, an array of it for a
     * positive cardinality, a list of it for a negative one. A blank field of a single non-text value means the
     * property is not set ({@code null}): the component's own default applies.
     *
     * @throws IllegalArgumentException with a message a person understands when the text is not such a value
     */
    public static Object parse(AttributeDefinition attribute, String text) {
        int cardinality = attribute.getCardinality();
        int type = attribute.getType();
        if (cardinality == 0) {
            if (!isText(type) && text.isBlank()) {
                return null;
            }
            return parseScalar(type, isText(type) ? text : text.strip());
        }
        List<String> parts = split(text);
        int limit = Math.abs(cardinality);
        if (limit != Integer.MAX_VALUE && parts.size() > limit) {
            throw new IllegalArgumentException("At most " + limit + (limit == 1 ? " value" : " values") + " allowed.");
        }
        List<Object> values = new ArrayList<>(parts.size());
        for (String part : parts) {
            values.add(parseScalar(type, part));
        }
        if (cardinality < 0) {
            return values;
        }
        Object array = Array.newInstance(javaType(type), values.size());
        for (int i = 0; i < values.size(); i++) {
            Array.set(array, i, values.get(i));
        }
        return array;
    }

    /**
     * One value of a metatype type.
     *
     * @throws IllegalArgumentException with a message a person understands when the text is not such a value
     */
    public static Object parseScalar(int type, String text) {
        if (isText(type)) {
            return text;
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Enter a value.");
        }
        try {
            return switch (type) {
                case AttributeDefinition.LONG -> Long.valueOf(text);
                case AttributeDefinition.INTEGER -> Integer.valueOf(text);
                case AttributeDefinition.SHORT -> Short.valueOf(text);
                case AttributeDefinition.BYTE -> Byte.valueOf(text);
                case AttributeDefinition.DOUBLE -> Double.valueOf(text);
                case AttributeDefinition.FLOAT -> Float.valueOf(text);
                case AttributeDefinition.BIGINTEGER -> new BigInteger(text);
                case AttributeDefinition.BIGDECIMAL -> new BigDecimal(text);
                case AttributeDefinition.CHARACTER -> character(text);
                case AttributeDefinition.BOOLEAN -> bool(text);
                default -> throw new IllegalArgumentException("Unknown attribute type " + type + ".");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(numberProblem(type, text), e);
        }
    }

    /** The Java type of one value of a metatype type. */
    static Class<?> javaType(int type) {
        return switch (type) {
            case AttributeDefinition.LONG -> Long.class;
            case AttributeDefinition.INTEGER -> Integer.class;
            case AttributeDefinition.SHORT -> Short.class;
            case AttributeDefinition.BYTE -> Byte.class;
            case AttributeDefinition.DOUBLE -> Double.class;
            case AttributeDefinition.FLOAT -> Float.class;
            case AttributeDefinition.BIGINTEGER -> BigInteger.class;
            case AttributeDefinition.BIGDECIMAL -> BigDecimal.class;
            case AttributeDefinition.CHARACTER -> Character.class;
            case AttributeDefinition.BOOLEAN -> Boolean.class;
            default -> String.class;
        };
    }

    /** Whether a field of this type is free text (kept as typed, blank allowed). */
    static boolean isText(int type) {
        return type == AttributeDefinition.STRING || type == AttributeDefinition.PASSWORD;
    }

    private static Character character(String text) {
        if (text.length() != 1) {
            throw new IllegalArgumentException("Enter exactly one character.");
        }
        return text.charAt(0);
    }

    private static Boolean bool(String text) {
        if ("true".equalsIgnoreCase(text)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(text)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("Enter true or false.");
    }

    private static String numberProblem(int type, String text) {
        return switch (type) {
            case AttributeDefinition.LONG, AttributeDefinition.INTEGER, AttributeDefinition.SHORT,
                    AttributeDefinition.BYTE, AttributeDefinition.BIGINTEGER ->
                "\u201c" + text + "\u201d is not a whole number" + range(type) + ".";
            default -> "\u201c" + text + "\u201d is not a number.";
        };
    }

    private static String range(int type) {
        return switch (type) {
            case AttributeDefinition.INTEGER -> " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
            case AttributeDefinition.SHORT -> " from " + Short.MIN_VALUE + " to " + Short.MAX_VALUE;
            case AttributeDefinition.BYTE -> " from " + Byte.MIN_VALUE + " to " + Byte.MAX_VALUE;
            case AttributeDefinition.LONG -> " from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
            default -> "";
        };
    }
}
