package dev.ariadne.ui.documents.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FacetQueryTest {

    @Test
    void aFacetValueBecomesAQuotedFieldClause() {
        assertThat(FacetQuery.clause("type", "application/pdf")).isEqualTo("type:\"application/pdf\"");
        assertThat(FacetQuery.clause("folder", "C:\\cases\\in \"x\""))
                .isEqualTo("folder:\"C:\\\\cases\\\\in \\\"x\\\"\"");
        assertThat(FacetQuery.clause("lang", "en")).isEqualTo("lang:\"en\"");
    }

    @Test
    void aYearIsANumber() {
        assertThat(FacetQuery.clause("year", "2024")).isEqualTo("year:2024");
        assertThat(FacetQuery.add("treaty", "year", "2024")).isEqualTo("treaty AND year:2024");
        assertThat(FacetQuery.clause("year", "unknown")).isEqualTo("year:\"unknown\"");
    }

    @Test
    void theClauseIsAddedWithAndAndBracketsWhereNeeded() {
        assertThat(FacetQuery.add("", "lang", "en")).isEqualTo("lang:\"en\"");
        assertThat(FacetQuery.add("treaty", "lang", "en")).isEqualTo("treaty AND lang:\"en\"");
        assertThat(FacetQuery.add("minister OR envoy", "lang", "en"))
                .isEqualTo("(minister OR envoy) AND lang:\"en\"");
        assertThat(FacetQuery.add("state visit", "lang", "en")).isEqualTo("(state visit) AND lang:\"en\"");
        assertThat(FacetQuery.add("\"state visit\"", "lang", "en")).isEqualTo("\"state visit\" AND lang:\"en\"");
        assertThat(FacetQuery.add("-draft", "lang", "en")).isEqualTo("-draft AND lang:\"en\"");
        assertThat(FacetQuery.add("NOT draft", "lang", "en")).isEqualTo("NOT draft AND lang:\"en\"");
        assertThat(FacetQuery.add("(a OR b)", "type", "text/html")).isEqualTo("(a OR b) AND type:\"text/html\"");
    }

    @Test
    void aClauseAlreadyThereIsNotAddedTwice() {
        String once = FacetQuery.add("treaty", "type", "application/pdf");
        assertThat(FacetQuery.add(once, "type", "application/pdf")).isEqualTo(once);
        assertThat(FacetQuery.containsClause("xtype:\"a\"", "type:\"a\"")).isFalse();
    }

    @Test
    void tokensSplitOutsideQuotesAndBrackets() {
        assertThat(FacetQuery.topLevelTokens("a \"b c\" (d e) date:[x TO y] f\\ g"))
                .containsExactly("a", "\"b c\"", "(d e)", "date:[x TO y]", "f\\ g");
    }

    @Test
    void valuesAreLabelledForPeople() {
        assertThat(FacetQuery.label("type", "message/rfc822")).isEqualTo("E-mail");
        assertThat(FacetQuery.label("lang", "fr")).isEqualTo("French");
        assertThat(FacetQuery.label("folder", "/home/analyst/case/inbox")).isEqualTo("\u2026/case/inbox");
        assertThat(FacetQuery.label("year", "2024")).isEqualTo("2024");
    }
}
