package dev.ariadne.ui.platform.internal.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.ariadne.api.jobs.JobState;
import dev.ariadne.api.jobs.JobStatus;
import org.junit.jupiter.api.Test;

class JobFormatTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private static JobStatus job(long id, JobState state, long done, long total, long doneBytes, long totalBytes,
            double rate, Duration eta, int failed, Instant started, Instant finished, String failure) {
        return new JobStatus(id, "job " + id, state, done, total, doneBytes, totalBytes, "file-" + done + ".pdf",
                rate, Optional.ofNullable(eta), failed, started, finished, failure);
    }

    @Test
    void formatsSizesInPowersOf1024() {
        assertThat(JobFormat.bytes(0)).isEqualTo("0 B");
        assertThat(JobFormat.bytes(-5)).isEqualTo("0 B");
        assertThat(JobFormat.bytes(1023)).isEqualTo("1023 B");
        assertThat(JobFormat.bytes(1024)).isEqualTo("1.0 KB");
        assertThat(JobFormat.bytes(1536)).isEqualTo("1.5 KB");
        assertThat(JobFormat.bytes(20L * 1024 * 1024 + 300 * 1024)).isEqualTo("20.3 MB");
        assertThat(JobFormat.bytes(1024L * 1024 * 1024 * 3)).isEqualTo("3.0 GB");
        // Just under 1 MB rounds to 1024.0 KB; it is carried to the next unit.
        assertThat(JobFormat.bytes(1024L * 1024 - 10)).isEqualTo("1.0 MB");
    }

    @Test
    void formatsDurationsAsAClockRoundingUp() {
        assertThat(JobFormat.clock(Duration.ZERO)).isEqualTo("0:00");
        assertThat(JobFormat.clock(Duration.ofMillis(200))).isEqualTo("0:01");
        assertThat(JobFormat.clock(Duration.ofSeconds(42))).isEqualTo("0:42");
        assertThat(JobFormat.clock(Duration.ofSeconds(185))).isEqualTo("3:05");
        assertThat(JobFormat.clock(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
        assertThat(JobFormat.clock(Duration.ofSeconds(-3))).isEqualTo("0:00");
    }

    @Test
    void formatsRatesWithPrecisionByMagnitude() {
        assertThat(JobFormat.rate(0)).isEmpty();
        assertThat(JobFormat.rate(Double.NaN)).isEmpty();
        assertThat(JobFormat.rate(Double.POSITIVE_INFINITY)).isEmpty();
        assertThat(JobFormat.rate(0.25)).isEqualTo("0.25 items/s");
        assertThat(JobFormat.rate(12.46)).isEqualTo("12.5 items/s");
        assertThat(JobFormat.rate(250.4)).isEqualTo("250 items/s");
        assertThat(JobFormat.byteRate(10 * 1024 * 1024, Duration.ofSeconds(2))).isEqualTo("5.0 MB/s");
        assertThat(JobFormat.byteRate(0, Duration.ofSeconds(2))).isEmpty();
        assertThat(JobFormat.byteRate(100, Duration.ZERO)).isEmpty();
    }

    @Test
    void formatsCountsWithAndWithoutTotals() {
        assertThat(JobFormat.items(12, 300)).isEqualTo("12 / 300 items");
        assertThat(JobFormat.items(0, 1)).isEqualTo("0 / 1 item");
        assertThat(JobFormat.items(7, -1)).isEqualTo("7 items");
        assertThat(JobFormat.items(1, -1)).isEqualTo("1 item");
        assertThat(JobFormat.items(0, -1)).isEmpty();
        assertThat(JobFormat.bytesProgress(1536, 4096)).isEqualTo("1.5 KB / 4.0 KB");
        assertThat(JobFormat.bytesProgress(2048, -1)).isEqualTo("2.0 KB");
        assertThat(JobFormat.bytesProgress(0, -1)).isEmpty();
    }

    @Test
    void percentIsByBytesThenItemsAndUnknownWithoutTotals() {
        assertThat(JobFormat.percent(job(1, JobState.RUNNING, 1, 4, 300, 1000, 0, null, 0, T0, null, null)))
                .isEqualTo(30);
        assertThat(JobFormat.percent(job(1, JobState.RUNNING, 1, 4, 0, -1, 0, null, 0, T0, null, null)))
                .isEqualTo(25);
        assertThat(JobFormat.percent(job(1, JobState.RUNNING, 3, -1, 0, -1, 0, null, 0, T0, null, null)))
                .isEqualTo(-1);
        assertThat(JobFormat.percent(job(1, JobState.SUCCEEDED, 3, -1, 0, -1, 0, null, 0, T0, T0, null)))
                .isEqualTo(100);
    }

    @Test
    void describesEachState() {
        Instant now = T0.plusSeconds(12);
        assertThat(JobFormat.state(job(1, JobState.QUEUED, 0, -1, 0, -1, 0, null, 0, null, null, null), now))
                .isEqualTo("Queued");
        assertThat(JobFormat.state(job(1, JobState.RUNNING, 45, 100, 0, -1, 0, null, 0, T0, null, null), now))
                .isEqualTo("Running" + JobFormat.SEPARATOR + "45%");
        assertThat(JobFormat.state(job(1, JobState.RUNNING, 4, -1, 0, -1, 0, null, 0, T0, null, null), now))
                .isEqualTo("Running");
        assertThat(JobFormat.state(job(1, JobState.SUCCEEDED, 9, 9, 0, -1, 0, null, 0, T0, T0.plusSeconds(75), null),
                now)).isEqualTo("Done in 1:15");
        assertThat(JobFormat.state(job(1, JobState.CANCELLED, 2, 9, 0, -1, 0, null, 0, T0, T0.plusSeconds(3), null),
                now)).isEqualTo("Cancelled after 0:03");
        assertThat(JobFormat.state(job(1, JobState.CANCELLED, 0, 9, 0, -1, 0, null, 0, null, now, null), now))
                .isEqualTo("Cancelled");
        JobStatus failed = job(1, JobState.FAILED, 2, 9, 0, -1, 0, null, 0, T0, now, "Disk full\n\tat somewhere");
        assertThat(JobFormat.state(failed, now)).isEqualTo("Failed");
        assertThat(JobFormat.details(failed, now)).isEqualTo("Disk full \u2026" + JobFormat.SEPARATOR + "2 / 9 items");
        JobStatus verbose = job(1, JobState.FAILED, 0, -1, 0, -1, 0, null, 0, T0, now, "x".repeat(1000));
        assertThat(JobFormat.details(verbose, now)).hasSize(JobFormat.FAILURE_LIMIT).endsWith("\u2026");
    }

    @Test
    void detailsJoinWhatIsKnown() {
        Instant now = T0.plusSeconds(4);
        JobStatus running = job(1, JobState.RUNNING, 12, 300, 8L * 1024 * 1024, 20L * 1024 * 1024, 3.0,
                Duration.ofSeconds(96), 2, T0, null, null);
        assertThat(JobFormat.details(running, now)).isEqualTo(String.join(JobFormat.SEPARATOR,
                "12 / 300 items", "8.0 MB / 20.0 MB", "3.0 items/s", "2.0 MB/s", "1:36 left", "2 items failed"));

        JobStatus done = job(2, JobState.SUCCEEDED, 300, 300, 0, -1, 50, Duration.ZERO, 1, T0, now, null);
        assertThat(JobFormat.details(done, now)).isEqualTo("300 / 300 items" + JobFormat.SEPARATOR + "1 item failed");

        JobStatus fresh = job(3, JobState.QUEUED, 0, -1, 0, -1, 0, null, 0, null, null, null);
        assertThat(JobFormat.details(fresh, now)).isEmpty();
    }

    @Test
    void currentItemOnlyWhileRunning() {
        assertThat(JobFormat.current(job(1, JobState.RUNNING, 3, 9, 0, -1, 0, null, 0, T0, null, null)))
                .isEqualTo("file-3.pdf");
        assertThat(JobFormat.current(job(1, JobState.SUCCEEDED, 9, 9, 0, -1, 0, null, 0, T0, T0, null))).isEmpty();
    }

    @Test
    void ordersRunningThenQueuedThenMostRecentlyFinished() {
        JobStatus oldDone = job(1, JobState.SUCCEEDED, 1, 1, 0, -1, 0, null, 0, T0, T0.plusSeconds(1), null);
        JobStatus queued = job(2, JobState.QUEUED, 0, -1, 0, -1, 0, null, 0, null, null, null);
        JobStatus newFailed = job(3, JobState.FAILED, 1, 1, 0, -1, 0, null, 0, T0, T0.plusSeconds(9), "x");
        JobStatus running = job(4, JobState.RUNNING, 0, -1, 0, -1, 0, null, 0, T0, null, null);
        JobStatus running2 = job(5, JobState.RUNNING, 0, -1, 0, -1, 0, null, 0, T0, null, null);

        List<JobStatus> ordered = JobFormat.order(List.of(oldDone, queued, newFailed, running, running2));

        assertThat(ordered).extracting(JobStatus::id).containsExactly(4L, 5L, 2L, 3L, 1L);
        assertThat(JobFormat.anyActive(ordered)).isTrue();
        assertThat(JobFormat.anyActive(List.of(oldDone, newFailed))).isFalse();
    }

    @Test
    void elapsedRunsToNowWhileRunning() {
        JobStatus running = job(1, JobState.RUNNING, 0, -1, 0, -1, 0, null, 0, T0, null, null);
        assertThat(JobFormat.elapsed(running, T0.plusSeconds(5))).isEqualTo(Duration.ofSeconds(5));
        JobStatus queued = job(2, JobState.QUEUED, 0, -1, 0, -1, 0, null, 0, null, null, null);
        assertThat(JobFormat.elapsed(queued, T0)).isEqualTo(Duration.ZERO);
    }
}
