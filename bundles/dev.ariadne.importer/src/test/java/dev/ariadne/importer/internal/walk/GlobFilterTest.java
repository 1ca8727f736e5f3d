package dev.ariadne.importer.internal.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GlobFilterTest {

    @Test
    void aPatternWithoutSlashMatchesNamesAtAnyDepth() {
        GlobFilter filter = new GlobFilter(List.of("*.pdf"));

        assertThat(filter.matches("report.pdf")).isTrue();
        assertThat(filter.matches("a/b/report.pdf")).isTrue();
        assertThat(filter.matches("a/b/report.txt")).isFalse();
    }

    @Test
    void aPatternWithSlashMatchesTheWholeRelativePath() {
        GlobFilter filter = new GlobFilter(List.of("mail/**", "./notes/*.txt"));

        assertThat(filter.matches("mail/2024/inbox.mbox")).isTrue();
        assertThat(filter.matches("other/mail/inbox.mbox")).isFalse();
        assertThat(filter.matches("notes/a.txt")).isTrue();
        assertThat(filter.matches("notes/sub/a.txt")).isFalse();
    }

    @Test
    void noPatternsMatchNothingAndBlankPatternsAreIgnored() {
        assertThat(new GlobFilter(List.of()).matches("a.txt")).isFalse();
        assertThat(new GlobFilter(List.of(" ", "")).isEmpty()).isTrue();
        assertThat(new GlobFilter(List.of("skip/")).matches("skip")).isTrue();
    }
}
