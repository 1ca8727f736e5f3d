package dev.ariadne.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class VerbRegistryTest {

    final VerbRegistry registry = new VerbRegistry();

    static VerbRegistry.Entry entry(String verb, int ranking, long id) {
        return new VerbRegistry.Entry(verb, verb, "summary " + id, ranking, id, null);
    }

    @Test
    void twoWordVerbsWinOverOneWordVerbs() {
        registry.add(entry("case", 0, 1));
        registry.add(entry("case info", 0, 2));

        assertThat(registry.match(List.of("case", "info", "x")).orElseThrow())
                .satisfies(m -> {
                    assertThat(m.entry().serviceId()).isEqualTo(2);
                    assertThat(m.rest()).containsExactly("x");
                });
        assertThat(registry.match(List.of("case", "other")).orElseThrow().rest()).containsExactly("other");
    }

    @Test
    void higherRankingThenOlderServiceWins() {
        registry.add(entry("plugins", 0, 5));
        registry.add(entry("plugins", 0, 3));
        assertThat(registry.find("plugins").orElseThrow().serviceId()).isEqualTo(3);

        registry.add(entry("plugins", 10, 9));
        assertThat(registry.find("plugins").orElseThrow().serviceId()).isEqualTo(9);
        assertThat(registry.all()).hasSize(1).first().extracting(VerbRegistry.Entry::serviceId).isEqualTo(9L);
    }

    @Test
    void removedVerbsAreGone() {
        registry.add(entry("plugins", 0, 5));
        registry.remove(5);

        assertThat(registry.match(List.of("plugins"))).isEmpty();
        assertThat(registry.all()).isEmpty();
    }

    @Test
    void allIsSortedAndGroupsGatherTheirVerbs() {
        registry.add(entry("plugins", 0, 1));
        registry.add(entry("case info", 0, 2));
        registry.add(entry("case create", 0, 3));

        assertThat(registry.all()).extracting(VerbRegistry.Entry::verb)
                .containsExactly("case create", "case info", "plugins");
        assertThat(registry.group("case")).extracting(VerbRegistry.Entry::verb)
                .containsExactly("case create", "case info");
        assertThat(registry.group("plugins")).hasSize(1);
        assertThat(registry.group("cas")).isEmpty();
        assertThat(registry.match(List.of())).isEmpty();
    }
}
