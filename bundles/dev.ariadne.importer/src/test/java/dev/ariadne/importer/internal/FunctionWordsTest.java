package dev.ariadne.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunctionWordsTest {

    private final FunctionWords words = new FunctionWords();

    @Test
    void clearTextsAreRecognised() {
        assertThat(words.guess("The delegation said that the talks in Vilnius were over, and that the ministry "
                + "had not been told of the plan by the envoy who was sent to the border with the letter."))
                .isEqualTo("en");
        assertThat(words.guess("Le ministre a déclaré que la réunion était close et que les négociations sur le "
                + "traité reprendront avec les délégations dans une semaine pour tout le monde, mais pas à Genève."))
                .isEqualTo("fr");
        assertThat(words.guess("Die Delegation sagte, dass die Gespräche in Wien nicht beendet sind und dass der "
                + "Minister mit den Vertretern der Stadt auf eine Antwort von dem Rat wartet, die auch bald kommt."))
                .isEqualTo("de");
    }

    @Test
    void shortOrUnclearTextsAreLeftToTheNgramDetector() {
        assertThat(words.guess("Vilnius, Riga, Tallinn")).isNull();
        assertThat(words.guess("")).isNull();
    }
}
