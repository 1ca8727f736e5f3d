package dev.ariadne.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import dev.ariadne.api.entities.EntityType;
import org.junit.jupiter.api.Test;

class EntityTypeColorsTest {

    private static final int WHITE = 0xffffff;

    @Test
    void everyTypeHasAColourReadableOnWhite() {
        for (EntityType type : EntityType.values()) {
            assertThat(EntityTypeColors.contrast(EntityTypeColors.color(type), WHITE))
                    .as("contrast of %s on white", type).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void typesHaveDistinctColours() {
        Set<Integer> seen = new HashSet<>();
        for (EntityType type : EntityType.values()) {
            assertThat(seen.add(EntityTypeColors.color(type))).as("colour of %s is unique", type).isTrue();
        }
        // the five main types are far apart: no two within a small distance in RGB
        EntityType[] main = {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.DATE,
                EntityType.QUANTITY};
        for (int i = 0; i < main.length; i++) {
            for (int j = i + 1; j < main.length; j++) {
                assertThat(distance(EntityTypeColors.color(main[i]), EntityTypeColors.color(main[j])))
                        .as("%s vs %s", main[i], main[j]).isGreaterThan(70);
            }
        }
    }

    @Test
    void tintsAreLightAndKeepTheTypesTextReadable() {
        for (EntityType type : EntityType.values()) {
            int tint = EntityTypeColors.tint(type, 0.1);
            assertThat(EntityTypeColors.contrast(tint, WHITE)).isLessThan(1.3);
            assertThat(EntityTypeColors.contrast(EntityTypeColors.color(type), tint)).isGreaterThanOrEqualTo(4.0);
        }
        assertThat(EntityTypeColors.tint(EntityType.PERSON, 0)).isEqualTo(WHITE);
        assertThat(EntityTypeColors.tint(EntityType.PERSON, 1)).isEqualTo(EntityTypeColors.color(EntityType.PERSON));
    }

    @Test
    void contrastIsTheWcagRatio() {
        assertThat(EntityTypeColors.contrast(0x000000, WHITE)).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(EntityTypeColors.contrast(WHITE, WHITE)).isEqualTo(1.0);
    }

    @Test
    void labelsReadAsWords() {
        assertThat(EntityTypeColors.label(EntityType.ORGANIZATION)).isEqualTo("Organization");
        assertThat(EntityTypeColors.label(EntityType.URL)).isEqualTo("Url");
    }

    private static double distance(int a, int b) {
        int[] x = EntityTypeColors.rgb(a);
        int[] y = EntityTypeColors.rgb(b);
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            sum += Math.pow(x[i] - y[i], 2);
        }
        return Math.sqrt(sum);
    }
}
