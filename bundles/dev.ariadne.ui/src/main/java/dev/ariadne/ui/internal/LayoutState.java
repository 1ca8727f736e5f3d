package dev.ariadne.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import dev.ariadne.ui.api.ViewProperties;

/**
 * The arrangement of the window that is saved per case: which views are in which stack and in what order (views whose
 * bundle is absent keep their place), the active tab of each stack, the sash weights, the maximised stack and the
 * minimised ones. Immutable; written as JSON into the case's records ({@code dev.ariadne.ui}/{@code layout}).
 *
 * @param stacks per area, its state; every area of {@link Areas#ALL} is present
 * @param outerWeights weights of left, centre column and right, in that order
 * @param innerWeights weights of the centre and the bottom stack
 * @param maximized the maximised area, or {@code null}
 */
record LayoutState(Map<String, Stack> stacks, List<Integer> outerWeights, List<Integer> innerWeights,
        String maximized) {

    /** The version written into the JSON. */
    static final int FORMAT = 1;
    /** Default weights of left, centre column and right. */
    static final List<Integer> DEFAULT_OUTER = List.of(22, 56, 22);
    /** Default weights of centre and bottom. */
    static final List<Integer> DEFAULT_INNER = List.of(68, 32);

    /**
     * One stack.
     *
     * @param views the view ids, in tab order
     * @param active the selected view id, or {@code null}
     * @param minimized whether the stack is minimised to the trim
     */
    record Stack(List<String> views, String active, boolean minimized) {
        Stack {
            views = List.copyOf(views);
        }
    }

    LayoutState {
        Map<String, Stack> copy = new LinkedHashMap<>();
        for (String area : Areas.ALL) {
            copy.put(area, stacks.getOrDefault(area, new Stack(List.of(), null, false)));
        }
        stacks = java.util.Collections.unmodifiableMap(copy);
        outerWeights = validWeights(outerWeights, 3) ? List.copyOf(outerWeights) : DEFAULT_OUTER;
        innerWeights = validWeights(innerWeights, 2) ? List.copyOf(innerWeights) : DEFAULT_INNER;
        maximized = maximized != null && Areas.ALL.contains(maximized) ? maximized : null;
    }

    private static boolean validWeights(List<Integer> weights, int size) {
        return weights != null && weights.size() == size && weights.stream().allMatch(w -> w != null && w > 0);
    }

    /** The layout of a window that has never been arranged: the views that open by default, in their areas. */
    static LayoutState defaults(Collection<ViewContribution> contributions) {
        Map<String, List<String>> views = new LinkedHashMap<>();
        Areas.ALL.forEach(a -> views.put(a, new ArrayList<>()));
        contributions.stream().filter(ViewContribution::openByDefault).sorted(ViewContribution.SHOW_VIEW_ORDER)
                .forEach(c -> views.get(c.area()).add(c.id()));
        Map<String, Stack> stacks = new LinkedHashMap<>();
        views.forEach((area, ids) -> stacks.put(area, new Stack(ids, ids.isEmpty() ? null : ids.get(0), false)));
        return new LayoutState(stacks, DEFAULT_OUTER, DEFAULT_INNER, null);
    }

    /** The area that holds a view id, or {@code null}. */
    String areaOf(String viewId) {
        for (Map.Entry<String, Stack> e : stacks.entrySet()) {
            if (e.getValue().views().contains(viewId)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** This layout as JSON. */
    String toJson() {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        JsonObject stackObject = new JsonObject();
        stacks.forEach((area, stack) -> {
            JsonObject s = new JsonObject();
            JsonArray ids = new JsonArray();
            stack.views().forEach(ids::add);
            s.add("views", ids);
            if (stack.active() != null) {
                s.addProperty("active", stack.active());
            }
            s.addProperty("minimized", stack.minimized());
            stackObject.add(area, s);
        });
        root.add("stacks", stackObject);
        root.add("outerWeights", ints(outerWeights));
        root.add("innerWeights", ints(innerWeights));
        if (maximized != null) {
            root.addProperty("maximized", maximized);
        }
        return root.toString();
    }

    /**
     * Reads a layout written by {@link #toJson()}; unknown fields are ignored and missing ones take defaults.
     *
     * @throws IllegalArgumentException when the text is not a JSON object of this shape
     */
    static LayoutState fromJson(String json) {
        JsonObject root;
        try {
            root = JsonParser.parseString(json).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a layout: " + e.getMessage(), e);
        }
        Map<String, Stack> stacks = new LinkedHashMap<>();
        JsonObject stackObject = root.has("stacks") && root.get("stacks").isJsonObject()
                ? root.getAsJsonObject("stacks") : new JsonObject();
        for (String area : Areas.ALL) {
            JsonElement element = stackObject.get(area);
            if (element == null || !element.isJsonObject()) {
                continue;
            }
            JsonObject s = element.getAsJsonObject();
            List<String> ids = new ArrayList<>();
            if (s.has("views") && s.get("views").isJsonArray()) {
                for (JsonElement id : s.getAsJsonArray("views")) {
                    if (id.isJsonPrimitive() && !ids.contains(id.getAsString())) {
                        ids.add(id.getAsString());
                    }
                }
            }
            String active = s.has("active") && s.get("active").isJsonPrimitive() ? s.get("active").getAsString() : null;
            boolean minimized = s.has("minimized") && s.get("minimized").isJsonPrimitive()
                    && s.get("minimized").getAsBoolean();
            stacks.put(area, new Stack(ids, active, minimized));
        }
        String max = root.has("maximized") && root.get("maximized").isJsonPrimitive()
                ? root.get("maximized").getAsString() : null;
        return new LayoutState(stacks, readInts(root, "outerWeights"), readInts(root, "innerWeights"), max);
    }

    private static JsonArray ints(List<Integer> values) {
        JsonArray array = new JsonArray();
        values.forEach(v -> array.add(new JsonPrimitive(v)));
        return array;
    }

    private static List<Integer> readInts(JsonObject root, String key) {
        if (!root.has(key) || !root.get(key).isJsonArray()) {
            return null;
        }
        List<Integer> values = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray(key)) {
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
                return null;
            }
            values.add(e.getAsInt());
        }
        return values;
    }

    /** Whether no stack holds a view. */
    boolean isEmpty() {
        return stacks.values().stream().allMatch(s -> s.views().isEmpty());
    }

    /** Convenience for tests and defaults: the centre stack. */
    Stack center() {
        return stacks.get(ViewProperties.CENTER);
    }
}
