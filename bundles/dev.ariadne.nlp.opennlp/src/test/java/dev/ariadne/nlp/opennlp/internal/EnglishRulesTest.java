package dev.ariadne.nlp.opennlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishRulesTest {

    static int clitic(String word) {
        int at = EnglishRules.cliticStart(word, 0, word.length());
        return at;
    }

    @Test
    void findsCliticsAtTheEndOfWords() {
        assertThat(clitic("Nowak's")).isEqualTo(5);
        assertThat(clitic("Russia\u2019s")).isEqualTo(6);
        assertThat(clitic("didn't")).isEqualTo(3);
        assertThat(clitic("they're")).isEqualTo(4);
        assertThat(clitic("we'll")).isEqualTo(2);
        assertThat(clitic("ministers'")).isEqualTo(9);
        assertThat(clitic("2016's")).isEqualTo(4);
        assertThat(clitic("O'Brien")).isEqualTo(-1);
        assertThat(clitic("'s")).isEqualTo(-1);
        assertThat(clitic("rock'n'roll")).isEqualTo(-1);
    }

    @Test
    void findsCurrencySignsBeforeNumbers() {
        assertThat(EnglishRules.currencyEnd("$5", 0, 2)).isEqualTo(1);
        assertThat(EnglishRules.currencyEnd("\u00a3120", 0, 4)).isEqualTo(1);
        assertThat(EnglishRules.currencyEnd("A$20", 0, 4)).isEqualTo(2);
        assertThat(EnglishRules.currencyEnd("US$3.5", 0, 6)).isEqualTo(3);
        assertThat(EnglishRules.currencyEnd("$x", 0, 2)).isEqualTo(-1);
        assertThat(EnglishRules.currencyEnd("USD5", 0, 4)).isEqualTo(-1);
    }

    @Test
    void recognisesAddresses() {
        String text = "https://example.org/x www.example.org info@example.org a@b x@y.z user@host 5@6.7";
        assertThat(EnglishRules.isAddress(text, 0, 21)).isTrue();
        assertThat(EnglishRules.isAddress(text, 22, 37)).isTrue();
        assertThat(EnglishRules.isAddress(text, 38, 54)).isTrue();
        assertThat(EnglishRules.isAddress(text, 55, 58)).isFalse();
        assertThat(EnglishRules.isAddress(text, 59, 64)).isTrue();
        assertThat(EnglishRules.isAddress(text, 65, 74)).isFalse();
    }

    @Test
    void knowsWhenAnAbbreviationDoesNotEndASentence() {
        String text = "Gen. Lee left. It rained in the U.S. then. Talks end on Jan. 5. Plans for Jan. Next came.";
        assertThat(EnglishRules.continues(text, 0, 4, 5)).isTrue(); // "Gen." + "Lee"
        assertThat(EnglishRules.continues(text, 5, 14, 15)).isFalse(); // "left." + "It"
        assertThat(EnglishRules.continues(text, 15, 36, 37)).isTrue(); // "U.S." + "then"
        assertThat(EnglishRules.continues(text, 43, 60, 61)).isTrue(); // "Jan." + "5"
        assertThat(EnglishRules.continues(text, 64, 78, 79)).isFalse(); // "Jan." + "Next"
        assertThat(EnglishRules.isAbbreviation("U.K", 0, 3)).isTrue();
        assertThat(EnglishRules.isAbbreviation("F", 0, 1)).isTrue();
        assertThat(EnglishRules.isAbbreviation("region", 0, 6)).isFalse();
        assertThat(EnglishRules.isAbbreviation("5.5", 0, 3)).isFalse();
    }
}
