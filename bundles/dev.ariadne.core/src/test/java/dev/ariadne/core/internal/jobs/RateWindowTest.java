package dev.ariadne.core.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RateWindowTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void theRateIsMeasuredOverTheRecentWindowOnly() {
        RateWindow window = new RateWindow(10 * SECOND, SECOND / 5);
        window.start(0);
        long items = 0;
        for (int second = 1; second <= 20; second++) {
            items += second <= 10 ? 100 : 10;
            window.record(second * SECOND, items, items * 1000);
        }

        assertThat(window.itemsPerSecond(20 * SECOND, items)).isCloseTo(10.0, within(0.5));
        assertThat(window.bytesPerSecond(20 * SECOND, items * 1000)).isCloseTo(10_000.0, within(500.0));
    }

    @Test
    void aStallLowersTheRate() {
        RateWindow window = new RateWindow(10 * SECOND, SECOND / 5);
        window.start(0);
        window.record(5 * SECOND, 500, 0);

        assertThat(window.itemsPerSecond(5 * SECOND, 500)).isCloseTo(100.0, within(0.1));
        assertThat(window.itemsPerSecond(20 * SECOND, 500)).isZero();
    }

    @Test
    void tooShortASpanGivesNoRate() {
        RateWindow window = new RateWindow(10 * SECOND, SECOND / 5);
        window.start(0);
        window.record(1_000_000, 5, 0);

        assertThat(window.itemsPerSecond(1_000_000, 5)).isZero();
    }
}
