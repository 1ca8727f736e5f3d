package dev.ariadne.extract.internal;

import static dev.ariadne.api.entities.EntityType.DATE;
import static dev.ariadne.api.entities.EntityType.LOCATION;
import static dev.ariadne.api.entities.EntityType.MISC;
import static dev.ariadne.api.entities.EntityType.ORGANIZATION;
import static dev.ariadne.api.entities.EntityType.PERSON;
import static dev.ariadne.api.entities.EntityType.QUANTITY;
import static dev.ariadne.extract.internal.Texts.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.Mention;

/** The span conventions and the resolution of overlaps. */
class MentionMergerTest {

    private static List<String> merged(String text, Mention... mentions) {
        return MentionMerger.merge(text, List.of(new MentionMerger.Ranked(List.of(mentions), 0))).stream()
                .map(m -> {
                    assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
                    return m.text() + "/" + m.type();
                }).toList();
    }

    private static String one(String text, String span, EntityType type) {
        List<String> out = merged(text, at(text, span, type));
        return out.isEmpty() ? "" : out.get(0).substring(0, out.get(0).indexOf('/'));
    }

    @Test
    void noLeadingThe() {
        assertThat(one("They met the United Nations today.", "the United Nations", ORGANIZATION))
                .isEqualTo("United Nations");
        assertThat(one("The Kremlin said so.", "The Kremlin", ORGANIZATION)).isEqualTo("Kremlin");
        assertThat(one("Theodor Heuss spoke.", "Theodor Heuss", PERSON)).isEqualTo("Theodor Heuss");
    }

    @Test
    void noPossessive() {
        assertThat(one("Germany's chancellor", "Germany's", LOCATION)).isEqualTo("Germany");
        assertThat(one("Russia\u2019s army", "Russia\u2019s", LOCATION)).isEqualTo("Russia");
        assertThat(one("the Reuters' report", "Reuters'", ORGANIZATION)).isEqualTo("Reuters");
        assertThat(one("Paris is big", "Paris", LOCATION)).isEqualTo("Paris");
    }

    @Test
    void noTitles() {
        assertThat(one("Chancellor Olaf Scholz spoke.", "Chancellor Olaf Scholz", PERSON)).isEqualTo("Olaf Scholz");
        assertThat(one("Prime Minister Rishi Sunak spoke.", "Prime Minister Rishi Sunak", PERSON))
                .isEqualTo("Rishi Sunak");
        assertThat(one("Mr. Smith spoke.", "Mr. Smith", PERSON)).isEqualTo("Smith");
        assertThat(one("Dr Jane Goodall spoke.", "Dr Jane Goodall", PERSON)).isEqualTo("Jane Goodall");
        assertThat(one("General Mark Milley spoke.", "General Mark Milley", PERSON)).isEqualTo("Mark Milley");
        assertThat(one("Ukrainian President Volodymyr Zelensky spoke.", "Ukrainian President Volodymyr Zelensky",
                PERSON)).isEqualTo("Volodymyr Zelensky");
        assertThat(one("Secretary of State Antony Blinken spoke.", "Secretary of State Antony Blinken", PERSON))
                .isEqualTo("Antony Blinken");
        assertThat(one("The President spoke.", "President", PERSON)).isEmpty();
        assertThat(one("General Motors grew.", "General Motors", ORGANIZATION)).isEqualTo("General Motors");
        assertThat(one("John Major spoke.", "John Major", PERSON)).isEqualTo("John Major");
    }

    @Test
    void hyphenatedCompoundsOfNamesAreSplit() {
        String text = "Tension on the India-Pakistan border grew.";
        assertThat(merged(text, at(text, "India-Pakistan", MISC))).containsExactly("India/LOCATION",
                "Pakistan/LOCATION");
        assertThat(merged(text, at(text, "India-Pakistan border", LOCATION))).containsExactly("India/LOCATION",
                "Pakistan/LOCATION");
        String names = "Jean-Pierre Raffarin met Coca-Cola.";
        assertThat(merged(names, at(names, "Jean-Pierre Raffarin", PERSON), at(names, "Coca-Cola", ORGANIZATION)))
                .containsExactly("Jean-Pierre Raffarin/PERSON", "Coca-Cola/ORGANIZATION");
        String known = "The Merkel-Macron meeting. Merkel and Macron agreed.";
        assertThat(merged(known, at(known, "Merkel-Macron", PERSON), at(known, "Merkel", 20, PERSON),
                at(known, "Macron", 30, PERSON))).containsExactly("Merkel/PERSON", "Macron/PERSON", "Merkel/PERSON",
                        "Macron/PERSON");
    }

    @Test
    void namesBeforeTitlesAndHyphenatedWordsAreKept() {
        String text = "U.S. Trade Representative Jane Doe met Russia's Foreign Minister Ivan Petrov.";
        assertThat(merged(text, at(text, "U.S. Trade Representative Jane Doe", PERSON),
                at(text, "Russia's Foreign Minister Ivan Petrov", PERSON))).containsExactly("U.S./LOCATION",
                        "Jane Doe/PERSON", "Russia/LOCATION", "Ivan Petrov/PERSON");
        String eu = "The EU-China summit in The Hague drew London-based and U.S.-led groups.";
        assertThat(merged(eu, at(eu, "EU-China", MISC), at(eu, "The Hague", LOCATION),
                at(eu, "London-based", MISC), at(eu, "U.S.-led", LOCATION))).containsExactly(
                        "EU/ORGANIZATION", "China/LOCATION", "The Hague/LOCATION", "London/MISC", "U.S./LOCATION");
    }

    @Test
    void namesCutShortAreCompletedAndCommonNounsDropped() {
        assertThat(one("Hendrik de Wit said.", "Hendrik de", PERSON)).isEqualTo("Hendrik de Wit");
        assertThat(one("Park Ji-hoon said.", "Park Ji", PERSON)).isEqualTo("Park Ji-hoon");
        assertThat(one("the carrier USS Ford sailed", "carrier USS Ford", PERSON)).isEqualTo("USS Ford");
        assertThat(one("said de Wit.", "de Wit", PERSON)).isEqualTo("de Wit");
        assertThat(one("the Ministry said", "Ministry", ORGANIZATION)).isEmpty();
        assertThat(one("the Ministry of Energy said", "Ministry of Energy", ORGANIZATION))
                .isEqualTo("Ministry of Energy");
    }

    @Test
    void vaguePeriodsFrequenciesAndOrdinalsAreNoDatesOrAmounts() {
        assertThat(one("for weeks now", "weeks", DATE)).isEmpty();
        assertThat(one("in recent years", "recent years", DATE)).isEmpty();
        assertThat(one("talks every day", "every day", DATE)).isEmpty();
        assertThat(one("the annual report", "annual", DATE)).isEmpty();
        assertThat(one("the 21st century", "21st", QUANTITY)).isEmpty();
        assertThat(one("for three weeks", "three weeks", DATE)).isEqualTo("three weeks");
        assertThat(one("last week", "last week", DATE)).isEqualTo("last week");
        assertThat(one("a year ago", "a year ago", DATE)).isEqualTo("a year ago");
    }

    @Test
    void focusParticlesGoApproximatorsStay() {
        assertThat(one("It took only two weeks.", "only two weeks", DATE)).isEqualTo("two weeks");
        assertThat(one("It cost just $5 million.", "just $5 million", QUANTITY)).isEqualTo("$5 million");
        assertThat(one("It took almost 30 years.", "almost 30 years", DATE)).isEqualTo("almost 30 years");
        assertThat(one("It cost more than $5.", "more than $5", QUANTITY)).isEqualTo("more than $5");
        assertThat(one("From March 3-5 we met.", "March 3-5", DATE)).isEqualTo("March 3-5");
        assertThat(one("It takes 5-6 hours.", "5-6 hours", QUANTITY)).isEqualTo("5-6 hours");
        assertThat(one("Only Justin spoke.", "Only Justin", PERSON)).isEqualTo("Only Justin");
    }

    @Test
    void prepositionsRatesAndWordRanges() {
        assertThat(one("It lasted over five years.", "over five years", DATE)).isEqualTo("five years");
        assertThat(one("It came on Thursday.", "on Thursday", DATE)).isEqualTo("Thursday");
        assertThat(one("It rose above 3 per cent.", "above 3 per cent", QUANTITY)).isEqualTo("3 per cent");
        assertThat(one("They pump 1.2 million barrels a day.", "1.2 million barrels a day", QUANTITY))
                .isEqualTo("1.2 million barrels");
        assertThat(one("at 300 kilometres per hour", "300 kilometres per hour", QUANTITY))
                .isEqualTo("300 kilometres per hour");
        String range = "It fell from $47.60 to $44 between 2019 and 2021, from 2022 to 2.9 per cent.";
        assertThat(merged(range, at(range, "$47.60 to $44", QUANTITY), at(range, "between 2019 and 2021", DATE),
                at(range, "2022 to 2.9 per cent", QUANTITY))).containsExactly("$47.60/QUANTITY", "$44/QUANTITY",
                        "2019/DATE", "2021/DATE", "2.9 per cent/QUANTITY");
        assertThat(one("From March 3 to 5", "March 3", DATE)).isEqualTo("March 3");
    }

    @Test
    void strayPunctuationGoesAbbreviationsStay() {
        assertThat(one("He went to Berlin.", "Berlin.", LOCATION)).isEqualTo("Berlin");
        assertThat(one("He left the U.S. today", "U.S.", LOCATION)).isEqualTo("U.S.");
        assertThat(one("Acme Inc. grew", "Acme Inc.", ORGANIZATION)).isEqualTo("Acme Inc.");
        assertThat(one("said \"Reuters\", then", "\"Reuters\",", ORGANIZATION)).isEqualTo("Reuters");
        assertThat(one("the (NATO) alliance", "(NATO)", ORGANIZATION)).isEqualTo("NATO");
    }

    @Test
    void overlapsGoToRankingThenConfidenceThenLength() {
        String text = "The Washington Post reported from New York City.";
        Mention post = at(text, "Washington Post", ORGANIZATION);
        Mention washington = at(text, "Washington", LOCATION);
        List<Mention> high = List.of(washington);
        List<Mention> low = List.of(post);
        assertThat(MentionMerger.merge(text, List.of(new MentionMerger.Ranked(low, 100),
                new MentionMerger.Ranked(high, 200)))).extracting(Mention::text).containsExactly("Washington");
        assertThat(MentionMerger.merge(text, List.of(new MentionMerger.Ranked(low, 200),
                new MentionMerger.Ranked(high, 100)))).extracting(Mention::text).containsExactly("Washington Post");
        Mention nyc = at(text, "New York City", LOCATION);
        Mention ny = new Mention("d", nyc.start(), nyc.start() + 8, "New York", LOCATION, 0.95, null, "x/1");
        assertThat(MentionMerger.merge(text, List.of(new MentionMerger.Ranked(List.of(nyc, ny), 0))))
                .extracting(Mention::text).containsExactly("New York");
        Mention nycSure = new Mention("d", nyc.start(), nyc.end(), nyc.text(), LOCATION, 0.95, "NYC", "y/1");
        assertThat(MentionMerger.merge(text, List.of(new MentionMerger.Ranked(List.of(nycSure, ny), 0))))
                .extracting(Mention::text).containsExactly("New York City");
    }

    @Test
    void aWinnerWithoutValueTakesTheValueOfAnEqualSpan() {
        String text = "On 5 March 2024 it rained.";
        Mention plain = at(text, "5 March 2024", DATE);
        Mention valued = new Mention("d", plain.start(), plain.end(), plain.text(), DATE, 0.5, "2024-03-05", "r/1");
        assertThat(MentionMerger.merge(text, List.of(new MentionMerger.Ranked(List.of(plain), 100),
                new MentionMerger.Ranked(List.of(valued), 50)))).extracting(Mention::normalized)
                .containsExactly("2024-03-05");
    }

    @Test
    void spansOutsideTheTextAreDropped() {
        String text = "Short.";
        Mention outside = new Mention("d", 3, 40, "x", LOCATION, 1, null, "x/1");
        assertThat(MentionMerger.merge(text, List.of(new MentionMerger.Ranked(List.of(outside), 0))))
                .extracting(Mention::text).containsExactly("rt");
    }
}
