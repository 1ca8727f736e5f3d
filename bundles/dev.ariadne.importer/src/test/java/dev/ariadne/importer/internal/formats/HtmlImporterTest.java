package dev.ariadne.importer.internal.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlImporterTest {

    @TempDir
    Path temp;

    @Test
    void aPageOverTheLimitIsCutAndSaysSo() throws Exception {
        Path page = temp.resolve("big.html");
        String paragraph = "<p>The committee met again in Brussels and adjourned without a vote.</p>\n";
        StringBuilder html = new StringBuilder("<html><head><title>Big</title></head><body>");
        while (html.length() < HtmlImporter.MAX_PAGE_BYTES + 1000) {
            html.append(paragraph);
        }
        Files.writeString(page, html.append("</body></html>"), StandardCharsets.UTF_8);

        Extraction extraction = new HtmlImporter().extract(Input.of(page, "big.html", "text/html"),
                Limits.defaults());

        assertThat(extraction.truncated()).isTrue();
        assertThat(extraction.note()).startsWith("page truncated at 16 MB of HTML");
        assertThat(extraction.parsed().metadata().title()).isEqualTo("Big");
        assertThat(extraction.parsed().text()).startsWith("The committee met again in Brussels");
    }

    @Test
    void datesOfMetaElementsAreRead() {
        assertThat(HtmlImporter.parseDate("2024-04-02")).hasValueSatisfying(
                d -> assertThat(d.toString()).isEqualTo("2024-04-02T00:00:00Z"));
        assertThat(HtmlImporter.parseDate("2024-04-02T10:15:00+02:00")).hasValueSatisfying(
                d -> assertThat(d.toString()).isEqualTo("2024-04-02T08:15:00Z"));
        assertThat(HtmlImporter.parseDate("yesterday")).isEmpty();
    }
}
