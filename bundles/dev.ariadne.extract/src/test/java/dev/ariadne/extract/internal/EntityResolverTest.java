package dev.ariadne.extract.internal;

import static dev.ariadne.api.entities.EntityType.DATE;
import static dev.ariadne.api.entities.EntityType.LOCATION;
import static dev.ariadne.api.entities.EntityType.ORGANIZATION;
import static dev.ariadne.api.entities.EntityType.PERSON;
import static dev.ariadne.extract.internal.Texts.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.ariadne.api.entities.Mention;

/** Canonical names: surnames, aliases, acronyms, values and metonymy. */
class EntityResolverTest {

    private static List<String> resolve(String text, Mention... mentions) {
        return EntityResolver.resolve(text, List.of(mentions), w -> Optional.empty()).stream()
                .map(r -> r.mention().text() + "=" + r.name() + (r.metonymyOf() == null ? "" : "~" + r.metonymyOf()))
                .toList();
    }

    @Test
    void surnamesAndGivenNamesGoToTheFullName() {
        String text = "Olaf Scholz spoke. Scholz left. Olaf came back.";
        assertThat(resolve(text, at(text, "Olaf Scholz", PERSON), at(text, "Scholz", 15, PERSON),
                at(text, "Olaf", 25, PERSON))).containsExactly("Olaf Scholz=Olaf Scholz", "Scholz=Olaf Scholz",
                        "Olaf=Olaf Scholz");
    }

    @Test
    void partialNamesOfSeveralWordsAndNamesInCapitals() {
        String text = "WARSAW - Hendrik de Wit met Anna Berger in Warsaw. De Wit and de Wit left. NEW DELHI too.";
        assertThat(resolve(text, at(text, "WARSAW", LOCATION), at(text, "Hendrik de Wit", PERSON),
                at(text, "Anna Berger", PERSON), at(text, "Warsaw", LOCATION), at(text, "de Wit", 60, PERSON),
                at(text, "NEW DELHI", LOCATION))).containsExactly("WARSAW=Warsaw", "Hendrik de Wit=Hendrik de Wit",
                        "Anna Berger=Anna Berger", "Warsaw=Warsaw", "de Wit=Hendrik de Wit",
                        "NEW DELHI=New Delhi");
    }

    @Test
    void datesAndAmountsAreNamedByTheirText() {
        String text = "On Friday it cost $5.";
        Mention friday = new Mention("d", 3, 9, "Friday", DATE, 1, "2024-03-08", "g/1");
        assertThat(resolve(text, friday)).containsExactly("Friday=Friday");
    }

    @Test
    void ofTwoNamesTheNearestBeforeWins() {
        String text = "Joe Biden and Hunter Biden. Biden said.";
        assertThat(resolve(text, at(text, "Joe Biden", PERSON), at(text, "Hunter Biden", PERSON),
                at(text, "Biden", 28, PERSON))).containsExactly("Joe Biden=Joe Biden", "Hunter Biden=Hunter Biden",
                        "Biden=Hunter Biden");
    }

    @Test
    void aSurnameMistypedAsOrganisationBecomesThePerson() {
        String text = "Olaf Scholz spoke. Scholz left.";
        List<EntityStore.Resolved> out = EntityResolver.resolve(text,
                List.of(at(text, "Olaf Scholz", PERSON), at(text, "Scholz", 15, ORGANIZATION)), w -> Optional.empty());
        assertThat(out.get(1).mention().type()).isEqualTo(PERSON);
        assertThat(out.get(1).name()).isEqualTo("Olaf Scholz");
    }

    @Test
    void aPartialNameMistypedAsOrganisationBecomesThePerson() {
        String text = "Hendrik de Wit spoke. Later de Wit left.";
        List<EntityStore.Resolved> out = EntityResolver.resolve(text,
                List.of(at(text, "Hendrik de Wit", PERSON), at(text, "de Wit", 20, ORGANIZATION)),
                w -> Optional.empty());
        assertThat(out.get(1).mention().type()).isEqualTo(PERSON);
        assertThat(out.get(1).name()).isEqualTo("Hendrik de Wit");
    }

    @Test
    void aSurnameAloneUsesTheCaseWhenUnique() {
        String text = "Scholz left.";
        List<EntityStore.Resolved> out = EntityResolver.resolve(text, List.of(at(text, "Scholz", PERSON)),
                w -> w.equals("Scholz") ? Optional.of("Olaf Scholz") : Optional.empty());
        assertThat(out.get(0).name()).isEqualTo("Olaf Scholz");
    }

    @Test
    void aliasesOfPlacesAndOrganisations() {
        String text = "The US, the U.S. and the United States; the UK and Britain; the EU.";
        assertThat(resolve(text, at(text, "US", LOCATION), at(text, "U.S.", LOCATION),
                at(text, "United States", LOCATION), at(text, "UK", LOCATION), at(text, "Britain", LOCATION),
                at(text, "EU", ORGANIZATION))).containsExactly("US=United States", "U.S.=United States",
                        "United States=United States", "UK=United Kingdom", "Britain=United Kingdom",
                        "EU=European Union");
    }

    @Test
    void theNormalisedValueNamesGazetteerPlaces() {
        String text = "In Kiew on Friday.";
        Mention kiew = new Mention("d", 3, 7, "Kiew", LOCATION, 1, "Kyiv", "g/1");
        assertThat(resolve(text, kiew)).containsExactly("Kiew=Kyiv");
    }

    @Test
    void acronymsGoToTheOrganisationOfTheirInitials() {
        String text = "The International Criminal Court (ICC) ruled. The ICC said.";
        assertThat(resolve(text, at(text, "International Criminal Court", ORGANIZATION),
                at(text, "ICC", ORGANIZATION), at(text, "ICC", 50, ORGANIZATION))).containsExactly(
                        "International Criminal Court=International Criminal Court",
                        "ICC=International Criminal Court", "ICC=International Criminal Court");
    }

    @Test
    void capitalsThatSpeakStandForTheirCountry() {
        String text = "Moscow said no. Beijing has warned. Washington is big. Berlin announced it. We flew to Kyiv.";
        assertThat(resolve(text, at(text, "Moscow", LOCATION), at(text, "Beijing", LOCATION),
                at(text, "Washington", LOCATION), at(text, "Berlin", LOCATION), at(text, "Kyiv", LOCATION)))
                .containsExactly("Moscow=Moscow~Russia", "Beijing=Beijing~China", "Washington=Washington",
                        "Berlin=Berlin~Germany", "Kyiv=Kyiv");
    }
}
