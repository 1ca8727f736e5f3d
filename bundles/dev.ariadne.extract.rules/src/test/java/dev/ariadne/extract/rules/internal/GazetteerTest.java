package dev.ariadne.extract.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.ariadne.api.entities.EntityType;

class GazetteerTest {

    @Test
    void theShippedGazetteerKnowsCountriesCitiesBodiesAndDemonyms() {
        Gazetteer g = Gazetteer.load();
        assertThat(g.size()).isGreaterThan(1_500);
        assertThat(g.lookup("Russian Federation").canonical()).isEqualTo("Russia");
        assertThat(g.lookup("U.S.").canonical()).isEqualTo("United States");
        assertThat(g.lookup("Kiev").canonical()).isEqualTo("Kyiv");
        assertThat(g.lookup("Texas").type()).isEqualTo(EntityType.LOCATION);
        assertThat(g.lookup("IAEA").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(g.lookup("Xinhua").type()).isEqualTo(EntityType.ORGANIZATION);
        Gazetteer.Entry german = g.lookup("Germans");
        assertThat(german.type()).isEqualTo(EntityType.MISC);
        assertThat(german.canonical()).isEqualTo("Germany");
        assertThat(g.lookup("Germany").type()).isEqualTo(EntityType.LOCATION);
        assertThat(g.lookup("Jordan").has('p')).isTrue();
        assertThat(g.lookup("us")).isNull();
        assertThat(g.lookup("May")).isNull();
    }

    @Test
    void readsItsFormatAndKeepsTheFirstEntryOfAName() throws Exception {
        String tsv = "# comment\nLOCATION\tGeorgia\tp\t\nLOCATION\tGeorgia (US state)\t\tGeorgia\n"
                + "ORGANIZATION\tUnited Nations\tu\tUN|U.N.\nMISC\tFrance\td\tFrench\n";
        Gazetteer g = Gazetteer.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
        assertThat(g.lookup("Georgia").canonical()).isEqualTo("Georgia");
        assertThat(g.lookup("U.N.").canonical()).isEqualTo("United Nations");
        assertThat(g.lookup("French").canonical()).isEqualTo("France");
        assertThat(g.lookup("France")).isNull(); // a demonym's canonical name is not itself a name
        assertThat(g.upper().child("UNITED")).isNotNull();
    }
}
