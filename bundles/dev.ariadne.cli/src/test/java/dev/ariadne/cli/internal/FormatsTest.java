package dev.ariadne.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void countsAreGroupedWithCommasWhateverTheLocale() {
        assertThat(Formats.count(0)).isEqualTo("0");
        assertThat(Formats.count(1234567)).isEqualTo("1,234,567");
    }

    @Test
    void bytesUseDecimalUnitsWithOneDecimal() {
        assertThat(Formats.bytes(0)).isEqualTo("0 B");
        assertThat(Formats.bytes(999)).isEqualTo("999 B");
        assertThat(Formats.bytes(1000)).isEqualTo("1.0 kB");
        assertThat(Formats.bytes(1_500_000)).isEqualTo("1.5 MB");
        assertThat(Formats.bytes(999_960)).isEqualTo("1.0 MB");
        assertThat(Formats.bytes(40_000_000_000L)).isEqualTo("40.0 GB");
    }

    @Test
    void durationsReadLikeAClock() {
        assertThat(Formats.duration(Duration.ZERO)).isEqualTo("0:00");
        assertThat(Formats.duration(Duration.ofSeconds(65))).isEqualTo("1:05");
        assertThat(Formats.duration(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
        assertThat(Formats.duration(Duration.ofSeconds(-5))).isEqualTo("0:00");
    }

    @Test
    void ratesKeepOneDecimalBelowAHundred() {
        assertThat(Formats.rate(8.46)).isEqualTo("8.5");
        assertThat(Formats.rate(1234.4)).isEqualTo("1,234");
        assertThat(Formats.rate(Double.NaN)).isEqualTo("0.0");
    }

    @Test
    void tailKeepsTheEndOfLongText() {
        assertThat(Formats.tail("short.pdf", 20)).isEqualTo("short.pdf");
        assertThat(Formats.tail("/very/long/path/report.pdf", 12)).isEqualTo("…/report.pdf").hasSize(12);
        assertThat(Formats.tail(null, 5)).isEmpty();
        assertThat(Formats.tail("abc", 0)).isEmpty();
    }

    @Test
    void columnsComeFromTheEnvironmentWhenTheyAreANumber() {
        assertThat(Output.parseColumns("132")).isEqualTo(132);
        assertThat(Output.parseColumns(" 100 ")).isEqualTo(100);
        assertThat(Output.parseColumns(null)).isEqualTo(80);
        assertThat(Output.parseColumns("wide")).isEqualTo(80);
        assertThat(Output.parseColumns("0")).isEqualTo(80);
    }
}
