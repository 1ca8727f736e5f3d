package dev.ariadne.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LayoutStateTest {

    private static ViewContribution view(String id, String area, int order, boolean byDefault) {
        return new ViewContribution(id, id.toUpperCase(), area, order, byDefault, "b", id.hashCode(), 0, null);
    }

    @Test
    void defaultsOpenOnlyDefaultViewsInTheirAreasInOrder() {
        LayoutState layout = LayoutState.defaults(List.of(view("notes", "center", 50, true),
                view("plugins", "bottom", 20, false), view("progress", "bottom", 30, true),
                view("nav", "left", 10, true), view("log", "bottom", 10, true)));
        assertThat(layout.stacks().get("center").views()).containsExactly("notes");
        assertThat(layout.stacks().get("bottom").views()).containsExactly("log", "progress");
        assertThat(layout.stacks().get("bottom").active()).isEqualTo("log");
        assertThat(layout.stacks().get("right").views()).isEmpty();
        assertThat(layout.outerWeights()).isEqualTo(LayoutState.DEFAULT_OUTER);
        assertThat(layout.maximized()).isNull();
    }

    @Test
    void jsonRoundTripKeepsEverything() {
        LayoutState layout = new LayoutState(Map.of(
                "left", new LayoutState.Stack(List.of("a", "b"), "b", true),
                "center", new LayoutState.Stack(List.of("c"), "c", false)), List.of(10, 70, 20), List.of(60, 40),
                "center");
        LayoutState read = LayoutState.fromJson(layout.toJson());
        assertThat(read).isEqualTo(layout);
        assertThat(read.areaOf("b")).isEqualTo("left");
        assertThat(read.areaOf("zzz")).isNull();
    }

    @Test
    void missingAndBrokenFieldsTakeDefaults() {
        LayoutState read = LayoutState.fromJson(
                "{\"stacks\":{\"right\":{\"views\":[\"x\",\"x\",\"y\"]},\"nowhere\":{}},\"outerWeights\":[1,-2,3],"
                        + "\"maximized\":\"sideways\",\"future\":true}");
        assertThat(read.stacks().get("right").views()).containsExactly("x", "y");
        assertThat(read.stacks().keySet()).containsExactly("left", "center", "right", "bottom");
        assertThat(read.outerWeights()).isEqualTo(LayoutState.DEFAULT_OUTER);
        assertThat(read.innerWeights()).isEqualTo(LayoutState.DEFAULT_INNER);
        assertThat(read.maximized()).isNull();
    }

    @Test
    void notJsonIsRefused() {
        assertThatThrownBy(() -> LayoutState.fromJson("not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LayoutState.fromJson("[1,2]")).isInstanceOf(IllegalArgumentException.class);
    }
}
