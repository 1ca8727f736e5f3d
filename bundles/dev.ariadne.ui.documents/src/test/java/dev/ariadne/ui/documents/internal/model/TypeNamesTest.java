package dev.ariadne.ui.documents.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeNamesTest {

    @Test
    void commonTypesHaveShortNames() {
        assertThat(TypeNames.shortName("application/pdf")).isEqualTo("PDF");
        assertThat(TypeNames.shortName("text/html; charset=UTF-8")).isEqualTo("HTML");
        assertThat(TypeNames.shortName("message/rfc822")).isEqualTo("E-mail");
        assertThat(TypeNames.shortName("application/mbox")).isEqualTo("Mailbox");
        assertThat(TypeNames.shortName("TEXT/PLAIN")).isEqualTo("Text");
        assertThat(TypeNames.shortName("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .isEqualTo("DOCX");
        assertThat(TypeNames.shortName("application/vnd.oasis.opendocument.text")).isEqualTo("ODT");
        assertThat(TypeNames.shortName("text/markdown")).isEqualTo("Markdown");
        assertThat(TypeNames.shortName("text/x-web-markdown")).isEqualTo("Markdown");
        assertThat(TypeNames.shortName("application/zip")).isEqualTo("ZIP");
    }

    @Test
    void otherTypesAreNamedFromTheirSubtype() {
        assertThat(TypeNames.shortName("image/png")).isEqualTo("Image");
        assertThat(TypeNames.shortName("application/x-7z-compressed")).isEqualTo("7z-compressed");
        assertThat(TypeNames.shortName("application/vnd.ms-excel")).isEqualTo("ms-excel");
        assertThat(TypeNames.shortName("application/atom+xml")).isEqualTo("XML");
        assertThat(TypeNames.shortName("application/x-sh")).isEqualTo("SH");
        assertThat(TypeNames.shortName("")).isEqualTo("?");
        assertThat(TypeNames.shortName(null)).isEqualTo("?");
    }
}
