package dev.ariadne.search.lucene.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class IndexFieldsTest {

    @Test
    void aMediaTypeIsFoundByItselfItsSubtypeAndItsShortNames() {
        assertThat(IndexFields.baseType("Text/Plain; charset=UTF-8")).isEqualTo("text/plain");
        assertThat(IndexFields.typeTerms("application/pdf")).containsExactly("application/pdf", "pdf");
        assertThat(IndexFields.typeTerms("message/rfc822")).contains("rfc822", "mail", "eml");
        assertThat(IndexFields.typeTerms(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).contains("docx", "word");
        assertThat(IndexFields.typeTerms("application/x-unknown")).containsExactly("application/x-unknown",
                "x-unknown");
        assertThat(IndexFields.baseType(null)).isEmpty();
    }

    @Test
    void aLanguageIsFoundByItsCodeAndItsPrimarySubtag() {
        assertThat(IndexFields.languageTerms("en-GB")).containsExactly("en-gb", "en");
        assertThat(IndexFields.languageTerms("pt_BR")).containsExactly("pt-br", "pt");
        assertThat(IndexFields.languageTerms("de")).containsExactly("de");
    }

    @Test
    void theFolderIsTheParentOfTheFirstSource() {
        assertThat(IndexFields.folderOf(List.of("/cases/a/mail/m1.eml", "/other/x.eml"))).contains("/cases/a/mail");
        assertThat(IndexFields.folderOf(List.of("C:\\evidence\\web\\page.html"))).contains("C:\\evidence\\web");
        assertThat(IndexFields.folderOf(List.of("/top.txt"))).contains("/");
        assertThat(IndexFields.folderOf(List.of("bare.txt"))).isEmpty();
        assertThat(IndexFields.folderOf(List.of())).isEmpty();
    }

    @Test
    void yearsAreUtc() {
        assertThat(IndexFields.yearOf(java.time.Instant.parse("2023-12-31T23:30:00Z").toEpochMilli()))
                .isEqualTo(2023);
    }

    @Test
    void theIndexedTextIsCutWithoutSplittingASurrogatePair() {
        assertThat(CaseIndex.prefix("abc", 10)).isEqualTo("abc");
        assertThat(CaseIndex.prefix("ab\uD83D\uDE00c", 3)).isEqualTo("ab");
        assertThat(CaseIndex.prefix("abcdef", 4)).isEqualTo("abcd");
    }
}
