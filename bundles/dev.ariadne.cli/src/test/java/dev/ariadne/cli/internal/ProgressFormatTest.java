package dev.ariadne.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.ariadne.api.jobs.JobState;
import dev.ariadne.api.jobs.JobStatus;

class ProgressFormatTest {

    static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

    static JobStatus running(long done, long total, long doneBytes, long totalBytes, String current, double rate,
            Duration eta) {
        return new JobStatus(7, "Import", JobState.RUNNING, done, total, doneBytes, totalBytes, current, rate,
                Optional.ofNullable(eta), 0, START, null, null);
    }

    @Test
    void barShowsFractionItemsBytesRatesEtaAndCurrentItem() {
        JobStatus s = running(1234, 2900, 12_300_000, 40_000_000, "mail/inbox/a.pdf", 85.2, Duration.ofSeconds(34));

        String bar = ProgressFormat.bar(s, 200, 0, START.plusSeconds(10));

        assertThat(bar).isEqualTo("Import [#######.................]  30%  1,234/2,900 items  12.3/40.0 MB"
                + "  85.2 items/s  1.2 MB/s  ETA 0:34  mail/inbox/a.pdf");
    }

    @Test
    void barNeverWrapsAndCutsTheCurrentItemFromTheLeft() {
        JobStatus s = running(5, 10, 0, -1, "/a/very/long/folder/name/that/goes/on/and/on/file-name.pdf", 2.0,
                Duration.ofSeconds(3));

        String bar = ProgressFormat.bar(s, 80, 0, START.plusSeconds(3));

        assertThat(bar).hasSizeLessThanOrEqualTo(79).startsWith("Import [").endsWith("name.pdf").contains("…");
        assertThat(bar).contains(" 50%  5/10 items  2.0 items/s  ETA 0:03");
    }

    @Test
    void barOnAVeryNarrowTerminalIsStillOneLine() {
        JobStatus s = running(5, 10, 0, -1, "x.pdf", 2.0, null);

        assertThat(ProgressFormat.bar(s, 20, 0, START)).hasSizeLessThanOrEqualTo(19);
    }

    @Test
    void unknownSizeShowsAMovingBlockAndNoPercent() {
        JobStatus s = running(3, -1, 0, -1, "", 0, null);

        String first = ProgressFormat.bar(s, 100, 0, START);
        String next = ProgressFormat.bar(s, 100, 1, START);

        assertThat(first).startsWith("Import [<=>").doesNotContain("%").contains("3 items");
        assertThat(next).startsWith("Import [ <=>");
    }

    @Test
    void movingBlockBouncesInsideTheBar() {
        for (long tick = 0; tick < 100; tick++) {
            String bar = ProgressFormat.bar(-1, 10, tick);
            assertThat(bar).hasSize(12).contains("<=>");
        }
        assertThat(ProgressFormat.bar(-1, 10, 7)).isEqualTo("[       <=>]");
        assertThat(ProgressFormat.bar(-1, 10, 8)).isEqualTo("[      <=> ]");
    }

    @Test
    void fullAndEmptyBars() {
        assertThat(ProgressFormat.bar(0, 4, 0)).isEqualTo("[....]");
        assertThat(ProgressFormat.bar(1, 4, 0)).isEqualTo("[####]");
        assertThat(ProgressFormat.bar(0.5, 4, 0)).isEqualTo("[##..]");
    }

    @Test
    void plainLineHasEverythingAndCutsNothing() {
        JobStatus s = running(1234, 2900, 0, -1, "a.pdf", 85.2, Duration.ofSeconds(34));

        assertThat(ProgressFormat.line(s, START.plusSeconds(10)))
                .isEqualTo("Import: 42%, 1,234/2,900 items, 85.2 items/s, ETA 0:34, a.pdf");
    }

    @Test
    void plainLineCountsFailures() {
        JobStatus s = new JobStatus(1, "Index", JobState.RUNNING, 10, -1, 0, -1, null, 0, Optional.empty(), 2,
                START, null, null);

        assertThat(ProgressFormat.line(s, START)).isEqualTo("Index: 10 items, 2 failed");
    }

    @Test
    void summariesSayHowTheJobEnded() {
        Instant end = START.plusSeconds(41);
        JobStatus ok = new JobStatus(1, "Import", JobState.SUCCEEDED, 2900, 2900, 40_000_000, 40_000_000, null, 0,
                Optional.empty(), 3, START, end, null);
        JobStatus failed = new JobStatus(1, "Import", JobState.FAILED, 12, 2900, 0, -1, null, 0, Optional.empty(), 0,
                START, end, "disk full");
        JobStatus cancelled = new JobStatus(1, "Import", JobState.CANCELLED, 1, 2900, 0, -1, null, 0,
                Optional.empty(), 1, START, end, null);

        assertThat(ProgressFormat.summary(ok)).isEqualTo("Import: succeeded, 2,900 items, 40.0 MB in 0:41; 3 items failed");
        assertThat(ProgressFormat.summary(failed)).isEqualTo("Import: failed after 12 items: disk full");
        assertThat(ProgressFormat.summary(cancelled)).isEqualTo("Import: cancelled after 1 item in 0:41; 1 item failed");
    }

    @Test
    void sizesShareTheirUnitWhenTheyCan() {
        assertThat(ProgressFormat.sizes(12_300_000, 40_000_000)).isEqualTo("12.3/40.0 MB");
        assertThat(ProgressFormat.sizes(999_000, 1_200_000)).isEqualTo("999.0 kB/1.2 MB");
    }
}
