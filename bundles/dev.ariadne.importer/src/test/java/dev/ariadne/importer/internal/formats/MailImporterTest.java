package dev.ariadne.importer.internal.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class MailImporterTest {

    @Test
    void sendersAreDisplayNamesOrAddresses() {
        assertThat(MailImporter.senders("\"Karim, Nadia\" <nadia@example.org>, omar@example.org"))
                .containsExactly("Karim, Nadia", "omar@example.org");
        assertThat(MailImporter.senders("<desk@example.org>")).containsExactly("desk@example.org");
    }

    @Test
    void datesAreReadLeniently() {
        assertThat(MailImporter.date("Tue, 9 Apr 2024 14:05:00 +0200"))
                .contains(Instant.parse("2024-04-09T12:05:00Z"));
        assertThat(MailImporter.date("no date at all")).isEmpty();
    }
}
