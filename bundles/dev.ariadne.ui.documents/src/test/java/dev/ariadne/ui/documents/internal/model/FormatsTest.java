package dev.ariadne.ui.documents.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void sizesUsePowersOf1024() {
        assertThat(Formats.size(0)).isEqualTo("0 B");
        assertThat(Formats.size(1023)).isEqualTo("1023 B");
        assertThat(Formats.size(1536)).isEqualTo("1.5 KB");
        assertThat(Formats.size(200L * 1024 * 1024)).isEqualTo("200 MB");
        assertThat(Formats.size(-1)).isEmpty();
    }

    @Test
    void datesAndCounts() {
        long millis = Instant.parse("2024-03-12T23:30:00Z").toEpochMilli();
        assertThat(Formats.date(millis, ZoneOffset.UTC)).isEqualTo("2024-03-12");
        assertThat(Formats.date(millis, ZoneOffset.ofHours(2))).isEqualTo("2024-03-13");
        assertThat(Formats.date(Long.MIN_VALUE, ZoneOffset.UTC)).isEmpty();
        assertThat(Formats.count(100000)).isEqualTo("100,000");
        assertThat(Formats.plural(1, "hit", "hits")).isEqualTo("1 hit");
        assertThat(Formats.plural(2, "hit", "hits")).isEqualTo("2 hits");
    }

    @Test
    void languagesAreNamed() {
        assertThat(Formats.language("en")).isEqualTo("English");
        assertThat(Formats.language("de")).isEqualTo("German");
        assertThat(Formats.language("und")).isEqualTo("Unknown");
        assertThat(Formats.language("")).isEqualTo("Unknown");
        assertThat(Formats.language("pt-BR")).isEqualTo("Portuguese (Brazil)");
        assertThat(Formats.language("qq")).isEqualTo("qq");
    }

    @Test
    void shortenAndPathTails() {
        assertThat(Formats.shorten("abcdef", 4)).isEqualTo("abc\u2026");
        assertThat(Formats.shorten("abc", 4)).isEqualTo("abc");
        assertThat(Formats.shorten("ab\ud83d\ude00cd", 4)).isEqualTo("ab\u2026");
        assertThat(Formats.tailOfPath("/a/b/c/d", 2)).isEqualTo("\u2026/c/d");
        assertThat(Formats.tailOfPath("/a", 2)).isEqualTo("/a");
        assertThat(Formats.tailOfPath("C:\\x\\y\\z", 1)).isEqualTo("\u2026\\z");
    }
}
