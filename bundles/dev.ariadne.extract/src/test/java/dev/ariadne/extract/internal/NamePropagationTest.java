package dev.ariadne.extract.internal;

import static dev.ariadne.api.entities.EntityType.DATE;
import static dev.ariadne.api.entities.EntityType.LOCATION;
import static dev.ariadne.api.entities.EntityType.ORGANIZATION;
import static dev.ariadne.api.entities.EntityType.PERSON;
import static dev.ariadne.extract.internal.Texts.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ariadne.api.entities.Mention;

/** Repeats of found names: the same name, in capitals, and surnames. */
class NamePropagationTest {

    private static List<String> propagate(String text, Mention... found) {
        return NamePropagation.propagate(text, List.of(found), text.length()).stream()
                .map(m -> m.text() + "/" + m.type() + "@" + m.start()).toList();
    }

    @Test
    void repeatsCapitalsAndSurnames() {
        String text = "WARSAW - Anna Berger met Nowak in Warsaw. Berger's aides and Berger left Warsaw.";
        assertThat(propagate(text, at(text, "Anna Berger", PERSON), at(text, "Warsaw", 30, LOCATION)))
                .containsExactly("WARSAW/LOCATION@0", "Anna Berger/PERSON@9", "Warsaw/LOCATION@34",
                        "Berger/PERSON@42", "Berger/PERSON@61", "Warsaw/LOCATION@73");
    }

    @Test
    void ambiguousFormsMonthsAndFoundSpansAreLeftAlone() {
        String text = "Theresa May met Jordan in May. Jordan, the country, and Jordan the man.";
        assertThat(propagate(text, at(text, "Theresa May", PERSON), at(text, "Jordan", PERSON),
                at(text, "May", 20, DATE), at(text, "Jordan", 31, LOCATION))).containsExactly(
                        "Theresa May/PERSON@0", "Jordan/PERSON@16", "May/DATE@26", "Jordan/LOCATION@31");
    }

    @Test
    void aLimitStopsTheSearch() {
        String text = "Reuters said. Reuters said. Reuters said.";
        assertThat(NamePropagation.propagate(text, List.of(at(text, "Reuters", ORGANIZATION)), 20))
                .extracting(Mention::start).containsExactly(0, 14);
    }
}
