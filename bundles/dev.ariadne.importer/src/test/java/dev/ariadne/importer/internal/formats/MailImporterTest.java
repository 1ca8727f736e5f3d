package dev.ariadne.importer.internal.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.ariadne.api.importing.DocumentImporter;

class MailImporterTest {

    @Test
    void sendersAreDisplayNamesOrAddresses() {
        assertThat(MailImporter.senders("\"Karim, Nadia\" <nadia@example.org>, omar@example.org"))
                .containsExactly("Karim, Nadia", "omar@example.org");
        assertThat(MailImporter.senders("<desk@example.org>")).containsExactly("desk@example.org");
    }

    @Test
    void thePublicParseReturnsAttachmentsAsBytesAndTheHeadersAndBodyAsText() throws Exception {
        String mail = "From: Nadia <nadia@example.org>\r\nSubject: Report\r\nDate: Tue, 9 Apr 2024 14:05:00 +0000\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nThe report is attached.\r\n"
                + "--b\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Disposition: attachment; filename=\"data.bin\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\nAAECAw==\r\n--b--\r\n";

        DocumentImporter.Parsed parsed = new MailImporter().parse(
                new ByteArrayInputStream(mail.getBytes(StandardCharsets.UTF_8)), "report.eml", "message/rfc822");

        assertThat(parsed.text()).isEqualTo("From: Nadia <nadia@example.org>\nSubject: Report\n"
                + "Date: Tue, 9 Apr 2024 14:05:00 +0000\n\nThe report is attached.");
        assertThat(parsed.metadata().title()).isEqualTo("Report");
        assertThat(parsed.children()).singleElement().satisfies(child -> {
            assertThat(child.name()).isEqualTo("data.bin");
            assertThat(child.bytes()).containsExactly(0, 1, 2, 3);
        });
    }

    @Test
    void aMessageSavedWithItsMailboxEnvelopeLineIsReadWithoutIt() throws Exception {
        String mail = "From nadia@example.org  Tue Apr  9 14:05:00 2024\nFrom: Nadia <nadia@example.org>\n"
                + "Subject: Convoy\n\nThe convoy left Zarqa at dawn.\n";

        DocumentImporter.Parsed parsed = new MailImporter().parse(
                new ByteArrayInputStream(mail.getBytes(StandardCharsets.UTF_8)), "1.eml", "message/rfc822");

        assertThat(parsed.text()).isEqualTo("From: Nadia <nadia@example.org>\nSubject: Convoy\n\n"
                + "The convoy left Zarqa at dawn.");
        assertThat(parsed.metadata().title()).isEqualTo("Convoy");
        assertThat(parsed.metadata().authors()).containsExactly("Nadia");
    }

    @Test
    void datesAreReadLeniently() {
        assertThat(MailImporter.date("Tue, 9 Apr 2024 14:05:00 +0200"))
                .contains(Instant.parse("2024-04-09T12:05:00Z"));
        assertThat(MailImporter.date("no date at all")).isEmpty();
    }
}
