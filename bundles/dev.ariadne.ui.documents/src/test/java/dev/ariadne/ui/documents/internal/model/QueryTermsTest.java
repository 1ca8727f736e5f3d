package dev.ariadne.ui.documents.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.ariadne.ui.documents.internal.model.QueryTerms.Kind;
import dev.ariadne.ui.documents.internal.model.QueryTerms.Term;
import org.junit.jupiter.api.Test;

class QueryTermsTest {

    private static Term word(String w) {
        return new Term(Kind.WORD, List.of(w), 0);
    }

    @Test
    void wordsAndPhrases() {
        assertThat(QueryTerms.parse("Treaty \"State Visit\""))
                .containsExactly(word("treaty"), new Term(Kind.PHRASE, List.of("state", "visit"), 0));
    }

    @Test
    void operatorsAndNegatedClausesGiveNoTerms() {
        assertThat(QueryTerms.parse("minister AND visit OR envoy NOT cancelled -draft +signed !rumour"))
                .containsExactly(word("minister"), word("visit"), word("envoy"), word("signed"));
        assertThat(QueryTerms.parse("a && b || c")).containsExactly(word("a"), word("b"), word("c"));
        assertThat(QueryTerms.parse("visit NOT (draft OR rumour)")).containsExactly(word("visit"));
    }

    @Test
    void proximityPhrasesHighlightTheirWords() {
        assertThat(QueryTerms.parse("\"minister visit\"~3")).containsExactly(word("minister"), word("visit"));
    }

    @Test
    void wildcardsPrefixesAndFuzzyTerms() {
        assertThat(QueryTerms.parse("negotiat* vis?t fuzzy~ close~1 *")).containsExactly(
                new Term(Kind.PREFIX, List.of("negotiat"), 0),
                new Term(Kind.WILDCARD, List.of("vis?t"), 0),
                new Term(Kind.FUZZY, List.of("fuzzy"), 2),
                new Term(Kind.FUZZY, List.of("close"), 1));
    }

    @Test
    void fieldsThatAreNotTextGiveNoTerms() {
        assertThat(QueryTerms.parse("type:pdf lang:en date:[2024-01-01 TO 2024-12-31] folder:\"/in\" report"))
                .containsExactly(word("report"));
        assertThat(QueryTerms.parse("title:report author:\"Jane Doe\" title:(annual review)"))
                .containsExactly(word("report"), new Term(Kind.PHRASE, List.of("jane", "doe"), 0),
                        word("annual"), word("review"));
        assertThat(QueryTerms.parse("type:(pdf OR html) visit")).containsExactly(word("visit"));
    }

    @Test
    void boostsEscapesAndAccents() {
        assertThat(QueryTerms.parse("Müller^2 e\\-mail")).containsExactly(word("muller"),
                new Term(Kind.PHRASE, List.of("e", "mail"), 0));
    }

    @Test
    void brokenQueriesStillGiveWhatCanBeRead() {
        assertThat(QueryTerms.parse("\"unclosed phrase")).containsExactly(
                new Term(Kind.PHRASE, List.of("unclosed", "phrase"), 0));
        assertThat(QueryTerms.parse("(a OR b")).containsExactly(word("a"), word("b"));
        assertThat(QueryTerms.parse("a)")).containsExactly(word("a"));
        assertThat(QueryTerms.parse("  ")).isEmpty();
        assertThat(QueryTerms.parse(null)).isEmpty();
    }

    @Test
    void highlightedPassagesBecomeWordsOrPhrases() {
        assertThat(QueryTerms.fromHighlights(List.of("Visits", "state visit", "visits", "..."))).containsExactly(
                word("visits"), new Term(Kind.PHRASE, List.of("state", "visit"), 0));
    }
}
