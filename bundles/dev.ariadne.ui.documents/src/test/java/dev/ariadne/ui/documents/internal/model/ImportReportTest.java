package dev.ariadne.ui.documents.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import dev.ariadne.api.importing.ImportSummary;
import dev.ariadne.api.jobs.ItemError;
import org.junit.jupiter.api.Test;

class ImportReportTest {

    @Test
    void theSummarySaysWhatHappened() {
        assertThat(ImportReport.describe(new ImportSummary(1, 0, 0, List.of()))).isEqualTo("Imported 1 document");
        ItemError error = new ItemError("/in/x.pdf", "encrypted", Instant.now());
        assertThat(ImportReport.describe(new ImportSummary(1200, 2, 5, List.of(error, error))))
                .isEqualTo("Imported 1,200 documents; 2 duplicates, 5 unchanged, 2 failed");
        assertThat(ImportReport.describe(new ImportSummary(0, 1, 0, List.of())))
                .isEqualTo("Imported 0 documents; 1 duplicate");
    }

    @Test
    void pathsAreNamed() {
        assertThat(ImportReport.describePaths(List.of(Path.of("/in/report.pdf")), p -> false))
                .isEqualTo("report.pdf");
        assertThat(ImportReport.describePaths(List.of(Path.of("/a"), Path.of("/b.txt"), Path.of("/c.txt")),
                p -> p.toString().equals("/a"))).isEqualTo("2 files and 1 folder");
    }
}
