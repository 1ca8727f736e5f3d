package dev.ariadne.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class TrackedServicesTest {

    @Test
    void beginningStartLevelIsReadLeniently() {
        assertThat(TrackedServices.beginningStartLevel("5")).isEqualTo(5);
        assertThat(TrackedServices.beginningStartLevel(" 3 ")).isEqualTo(3);
        assertThat(TrackedServices.beginningStartLevel(null)).isEqualTo(1);
        assertThat(TrackedServices.beginningStartLevel("high")).isEqualTo(1);
    }

    @Test
    void messagesReadWell() {
        assertThat(TrackedServices.capitalised("the case service")).isEqualTo("The case service");
        assertThat(TrackedServices.capitalised("")).isEmpty();
        assertThat(TrackedServices.seconds(Duration.ofSeconds(5))).isEqualTo("5 s");
        assertThat(TrackedServices.seconds(Duration.ofMillis(2500))).isEqualTo("2.5 s");
    }
}
