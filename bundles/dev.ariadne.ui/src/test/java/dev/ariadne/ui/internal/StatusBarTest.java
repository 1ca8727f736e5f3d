package dev.ariadne.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import dev.ariadne.api.jobs.JobState;
import dev.ariadne.api.jobs.JobStatus;
import org.junit.jupiter.api.Test;

class StatusBarTest {

    private static JobStatus status(long done, long total) {
        return new JobStatus(1, "Import 30 files", JobState.RUNNING, done, total, 0, -1, "a.pdf", 2.0,
                Optional.empty(), 0, Instant.now(), null, null);
    }

    @Test
    void describesPercentItemsAndOthers() {
        assertThat(StatusBar.describe(status(12, 30), 0)).isEqualTo("Import 30 files  40%  (12/30)");
        assertThat(StatusBar.describe(status(5, -1), 2)).isEqualTo("Import 30 files  (5)  +2");
        assertThat(StatusBar.describe(status(0, -1), 0)).isEqualTo("Import 30 files");
    }
}
