package dev.ariadne.ui.entities.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import dev.ariadne.api.entities.EntityType;
import org.junit.jupiter.api.Test;

class TypeColorsTest {

    private static final int WHITE = 0xffffff;

    @Test
    void everyTypeHasAColourReadableOnWhite() {
        for (EntityType type : EntityType.values()) {
            assertThat(TypeColors.contrast(TypeColors.color(type), WHITE))
                    .as("contrast of %s on white", type).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void typesHaveDistinctColours() {
        Set<Integer> seen = new HashSet<>();
        for (EntityType type : EntityType.values()) {
            assertThat(seen.add(TypeColors.color(type))).as("colour of %s is unique", type).isTrue();
        }
        // the five main types are far apart: no two within a small distance in RGB
        EntityType[] main = {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.DATE,
                EntityType.QUANTITY};
        for (int i = 0; i < main.length; i++) {
            for (int j = i + 1; j < main.length; j++) {
                assertThat(distance(TypeColors.color(main[i]), TypeColors.color(main[j])))
                        .as("%s vs %s", main[i], main[j]).isGreaterThan(70);
            }
        }
    }

    @Test
    void tintsAreLightAndKeepTheTypesTextReadable() {
        for (EntityType type : EntityType.values()) {
            int tint = TypeColors.tint(type, 0.1);
            assertThat(TypeColors.contrast(tint, WHITE)).isLessThan(1.3);
            assertThat(TypeColors.contrast(TypeColors.color(type), tint)).isGreaterThanOrEqualTo(4.0);
        }
        assertThat(TypeColors.tint(EntityType.PERSON, 0)).isEqualTo(WHITE);
        assertThat(TypeColors.tint(EntityType.PERSON, 1)).isEqualTo(TypeColors.color(EntityType.PERSON));
    }

    @Test
    void contrastIsTheWcagRatio() {
        assertThat(TypeColors.contrast(0x000000, WHITE)).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(TypeColors.contrast(WHITE, WHITE)).isEqualTo(1.0);
    }

    @Test
    void labelsReadAsWords() {
        assertThat(TypeColors.label(EntityType.ORGANIZATION)).isEqualTo("Organization");
        assertThat(TypeColors.label(EntityType.URL)).isEqualTo("Url");
    }

    private static double distance(int a, int b) {
        int[] x = TypeColors.rgb(a);
        int[] y = TypeColors.rgb(b);
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            sum += Math.pow(x[i] - y[i], 2);
        }
        return Math.sqrt(sum);
    }
}
