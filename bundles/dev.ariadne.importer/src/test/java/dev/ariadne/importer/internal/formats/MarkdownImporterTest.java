package dev.ariadne.importer.internal.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownImporterTest {

    private final MarkdownImporter importer = new MarkdownImporter();

    @Test
    void theFirstHeadingIsTheTitle() {
        assertThat(importer.title("intro\n\n# The title ##\ntext", "a.md")).isEqualTo("The title");
        assertThat(importer.title("Setext title\n=====\ntext", "a.md")).isEqualTo("Setext title");
        assertThat(importer.title("no heading here", "notes/a.md")).isEqualTo("a.md");
    }
}
