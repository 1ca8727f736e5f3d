package dev.ariadne.extract.rules.internal;

import static dev.ariadne.extract.rules.internal.Extracting.all;
import static dev.ariadne.extract.rules.internal.Extracting.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.ariadne.api.entities.EntityType;

class ContactRulesTest {

    @Test
    void emailAddresses() {
        assertThat(of("Write to press@mfa.gov.ua or Info@Example.org.", EntityType.EMAIL))
                .containsExactly("press@mfa.gov.ua=press@mfa.gov.ua", "Info@Example.org=info@example.org");
    }

    @Test
    void urlsWithoutTrailingPunctuation() {
        assertThat(of("See https://www.un.org/en/about-us. Or www.nato.int, or (https://example.com/a_(b)).",
                EntityType.URL)).containsExactly("https://www.un.org/en/about-us=https://www.un.org/en/about-us",
                        "www.nato.int=http://www.nato.int", "https://example.com/a_(b)=https://example.com/a_(b)");
    }

    @Test
    void phoneNumbers() {
        assertThat(of("Call +44 20 7946 0958 or (202) 555-0143.", EntityType.PHONE))
                .containsExactly("+44 20 7946 0958=+442079460958", "(202) 555-0143=2025550143");
        assertThat(of("The years 2019-2021 and the score 3-1.", EntityType.PHONE)).isEmpty();
    }

    @Test
    void nothingInsideAnAddressIsReportedTwice() {
        assertThat(all("Mail kyiv.office@un.org today.")).containsExactly("EMAIL:kyiv.office@un.org", "DATE:today");
    }
}
