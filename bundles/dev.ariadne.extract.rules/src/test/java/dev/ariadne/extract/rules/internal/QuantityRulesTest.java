package dev.ariadne.extract.rules.internal;

import static dev.ariadne.extract.rules.internal.Extracting.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ariadne.api.entities.EntityType;

class QuantityRulesTest {

    private static List<String> quantities(String text) {
        return of(text, EntityType.QUANTITY);
    }

    @Test
    void money() {
        assertThat(quantities("The fund holds $4.5 billion.")).containsExactly("$4.5 billion=4500000000 USD");
        assertThat(quantities("a grant of €300 million")).containsExactly("€300 million=300000000 EUR");
        assertThat(quantities("It costs 1.2bn euros a year.")).containsExactly("1.2bn euros=1200000000 EUR");
        assertThat(quantities("a fee of USD 50")).containsExactly("USD 50=50 USD");
        assertThat(quantities("almost £2m was lost")).containsExactly("almost £2m=2000000 GBP");
        assertThat(quantities("a loan of $4-5 billion")).containsExactly("$4-5 billion=4000000000-5000000000 USD");
        assertThat(quantities("they paid 500 million yuan")).containsExactly("500 million yuan=500000000 CNY");
        assertThat(quantities("WORTH $7.4 BLN, or about 78 billion Norwegian crowns"))
                .containsExactly("$7.4 BLN=7400000000 USD", "about 78 billion Norwegian crowns=78000000000 NOK");
    }

    @Test
    void percentages() {
        assertThat(quantities("Inflation was 3.5 per cent.")).containsExactly("3.5 per cent=3.5 %");
        assertThat(quantities("Turnout fell 12% this year.")).containsExactly("12%=12 %");
        assertThat(quantities("Rates rose by 2 percentage points.")).containsExactly("2 percentage points=2 pp");
        assertThat(quantities("nearly 40 percent of voters")).containsExactly("nearly 40 percent=40 %");
    }

    @Test
    void measuresWithUnits() {
        assertThat(quantities("a front of 400 kilometres")).containsExactly("400 kilometres=400 km");
        assertThat(quantities("2,000 tonnes of grain")).containsExactly("2,000 tonnes=2000 t");
        assertThat(quantities("a 60 MW plant")).containsExactly("60 MW=60 MW");
        assertThat(quantities("output of 1.5 million barrels a day"))
                .containsExactly("1.5 million barrels=1500000 bbl/d");
        assertThat(quantities("a 1,500-kilometre pipeline at 300 kilometres per hour"))
                .containsExactly("1,500-kilometre=1500 km", "300 kilometres per hour=300 km/h");
        assertThat(quantities("ten pounds of cocaine")).containsExactly("ten pounds=10 lb");
    }

    @Test
    void focusParticlesStayOutside() {
        assertThat(quantities("only 5% voted")).containsExactly("5%=5 %");
    }

    @Test
    void barNumbersAreNotQuantities() {
        assertThat(quantities("Some 5,000 troops and 12 tanks crossed at 3 points.")).isEmpty();
    }
}
