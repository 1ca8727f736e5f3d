package dev.ariadne.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ViewRegistryTest {

    private static ViewContribution view(String id, String label, int order, long serviceId, int ranking) {
        return new ViewContribution(id, label, "right", order, false, "b", serviceId, ranking, null);
    }

    @Test
    void snapshotIsInShowViewOrderWithOneWinnerPerId() {
        ViewRegistry registry = new ViewRegistry();
        registry.add(view("z", "Zeta", 10, 1, 0));
        registry.add(view("a", "Alpha", 10, 2, 0));
        registry.add(view("m", "Mid", 5, 3, 0));
        assertThat(registry.add(view("a", "Alpha two", 10, 4, 0))).isFalse();
        assertThat(registry.snapshot()).extracting(ViewContribution::id).containsExactly("m", "a", "z");
        assertThat(registry.find("a").orElseThrow().serviceId()).isEqualTo(2);
        assertThat(registry.add(view("a", "Alpha ranked", 10, 5, 10))).isTrue();
        assertThat(registry.find("a").orElseThrow().label()).isEqualTo("Alpha ranked");
        registry.remove(5);
        registry.remove(2);
        assertThat(registry.find("a").orElseThrow().serviceId()).isEqualTo(4);
    }

    @Test
    void contributionsAreReadFromServiceProperties() {
        ViewContribution c = ViewContribution.of(Map.of("ariadne.view.id", "x", "ariadne.view.label", "X view",
                "ariadne.view.area", "BOTTOM", "ariadne.view.order", "7", "ariadne.view.openByDefault", "true",
                "service.id", 42L), "bundle", null);
        assertThat(c).isNotNull();
        assertThat(c.area()).isEqualTo("bottom");
        assertThat(c.order()).isEqualTo(7);
        assertThat(c.openByDefault()).isTrue();
        assertThat(c.serviceId()).isEqualTo(42L);
        assertThat(ViewContribution.of(Map.of("ariadne.view.label", "no id"), "b", null)).isNull();
        assertThat(ViewContribution.of(Map.of("ariadne.view.id", "y", "ariadne.view.area", "sky"), "b", null).area())
                .isEqualTo("right");
    }
}
