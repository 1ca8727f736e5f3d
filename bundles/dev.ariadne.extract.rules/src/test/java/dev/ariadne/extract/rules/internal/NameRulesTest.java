package dev.ariadne.extract.rules.internal;

import static dev.ariadne.extract.rules.internal.Extracting.all;
import static dev.ariadne.extract.rules.internal.Extracting.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.ariadne.api.entities.EntityType;

class NameRulesTest {

    @Test
    void countryAliasesShareTheCanonicalName() {
        assertThat(of("The US, the U.S., the USA, the United States and America agreed.", EntityType.LOCATION))
                .containsExactly("US=United States", "U.S.=United States", "USA=United States",
                        "United States=United States", "America=United States");
        assertThat(of("Britain and the UK left; Russia and the Russian Federation stayed.", EntityType.LOCATION))
                .containsExactly("Britain=United Kingdom", "UK=United Kingdom", "Russia=Russia",
                        "Russian Federation=Russia");
    }

    @Test
    void spellingVariantsOfCities() {
        assertThat(of("Kyiv, formerly written Kiev, and Odessa.", EntityType.LOCATION))
                .containsExactly("Kyiv=Kyiv", "Kiev=Kyiv", "Odessa=Odesa");
    }

    @Test
    void hyphenatedCompoundsGiveBothPlaces() {
        assertThat(of("along the India-Pakistan border", EntityType.LOCATION))
                .containsExactly("India=India", "Pakistan=Pakistan");
    }

    @Test
    void organisationsAndAgencies() {
        assertThat(of("NATO, the EU, the IMF and the World Bank met; Reuters and AFP reported.",
                EntityType.ORGANIZATION)).containsExactly("NATO=NATO", "EU=European Union",
                        "IMF=International Monetary Fund", "World Bank=World Bank", "Reuters=Reuters",
                        "AFP=Agence France-Presse");
        assertThat(of("The Kremlin and the Pentagon disagreed, the State Department said.", EntityType.ORGANIZATION))
                .containsExactly("Kremlin=Kremlin", "Pentagon=Pentagon", "State Department=State Department");
    }

    @Test
    void governmentBodiesByPattern() {
        assertThat(of("The Russian Foreign Ministry denied it.", EntityType.ORGANIZATION))
                .containsExactly("Russian Foreign Ministry=Russian Foreign Ministry");
        assertThat(of("a note from the Ministry of Foreign Affairs of Ukraine", EntityType.ORGANIZATION))
                .containsExactly("Ministry of Foreign Affairs of Ukraine=Ministry of Foreign Affairs of Ukraine");
        assertThat(of("Russia's Defence Ministry said.", EntityType.ORGANIZATION))
                .containsExactly("Defence Ministry=Defence Ministry");
    }

    @Test
    void caseMatters() {
        assertThat(all("Let us go; they may march; the turkey was cold; who knows.")).isEmpty();
        assertThat(all("LET US GO NOW")).isEmpty();
        assertThat(of("POLAND, GERMANY SIGN GAS DEAL WITH US", EntityType.LOCATION))
                .containsExactly("POLAND=Poland", "GERMANY=Germany");
        assertThat(of("US, CHINA AGREE", EntityType.LOCATION)).containsExactly("US=United States", "CHINA=China");
    }

    @Test
    void placesThatArePeoplesNames() {
        assertThat(of("Michael Jordan and Jordan Bardella met Chad Smith.", EntityType.LOCATION)).isEmpty();
        assertThat(of("Mr Jordan and Dr. Paris met near Lake Chad.", EntityType.LOCATION))
                .containsExactly("Lake Chad=Lake Chad");
        assertThat(of("Jordan and Chad signed; troops left Georgia.", EntityType.LOCATION))
                .containsExactly("Jordan=Jordan", "Chad=Chad", "Georgia=Georgia");
        assertThat(of("The Washington Post and Moscow State University.", EntityType.LOCATION)).isEmpty();
    }

    @Test
    void placesInsideLongerNamesAreLeftToThem() {
        assertThat(of("Tokyo Electron and Telecom Egypt gained; Port Sudan was calm.", EntityType.LOCATION))
                .containsExactly("Port Sudan=Port Sudan");
        assertThat(of("London-based and US-led groups; U.S. President Ann Hale.", EntityType.LOCATION))
                .containsExactly("London=London", "US=United States", "U.S.=United States");
        assertThat(of("Berger arrived in Warsaw on Thursday.\nDate: 2026-03-12", EntityType.LOCATION))
                .containsExactly("Warsaw=Warsaw");
    }

    @Test
    void organisationNamesWithTheirTails() {
        assertThat(of("analysts at the Kiel Institute for the World Economy and the Food and Agriculture Organization",
                EntityType.ORGANIZATION)).containsExactly(
                        "Kiel Institute for the World Economy=Kiel Institute for the World Economy",
                        "Food and Agriculture Organization=Food and Agriculture Organization");
        assertThat(of("the Office for Budget Responsibility said", EntityType.ORGANIZATION))
                .containsExactly("Office for Budget Responsibility=Office for Budget Responsibility");
        assertThat(of("Chief Cabinet Secretary Ken Abe and Cabinet Office Minister Ann Lee", EntityType.ORGANIZATION))
                .containsExactly("Cabinet Office=Cabinet Office");
        assertThat(of("the Rapid Support Forces of Hamid Suleiman", EntityType.ORGANIZATION))
                .containsExactly("Rapid Support Forces=Rapid Support Forces");
    }

    @Test
    void demonymsAreMiscWithTheirCountry() {
        assertThat(of("German and Chinese officials met Germans.", EntityType.MISC))
                .containsExactly("German=Germany", "Chinese=China", "Germans=Germany");
        assertThat(of("The German Marshall Fund said.", EntityType.MISC)).isEmpty();
    }
}
