package dev.ariadne.ui.documents.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentMetadata;

/** A few documents of a made-up inquiry for the view tests: a report with pages, a mail with an attachment. */
final class Sample {

    static final String REPORT_TEXT = "Harbour inquiry: interim report\n\n"
            + "The harbour authority met on 4 March. The minister said the state visit would go ahead.\n"
            + "Page two begins here. The treaty on fishing rights was discussed at length, and the minister "
            + "promised a statement.\n"
            + "Page three: the customs office confirmed the shipment was held for inspection. No treaty text was "
            + "released.\n";
    static final String MAIL_TEXT = "From: Ana Ruiz\nTo: Desk\nSubject: the shipment\n\n"
            + "The minister's office called about the shipment. See the attached note.\n";
    static final String NOTE_TEXT = "Note on the shipment: 40 containers, inspected by customs on 6 March.\n";

    private Sample() {
    }

    /** Fills the store: report (3 pages), mail, its attachment; returns the report. */
    static Document fill(FakeStore store) {
        int page2 = REPORT_TEXT.indexOf("Page two");
        int page3 = REPORT_TEXT.indexOf("Page three");
        Document report = new Document(FakeStore.id(10), new DocumentMetadata("Harbour inquiry: interim report",
                List.of("Inquiry secretariat", "J. Okafor"), Optional.of(Instant.parse("2024-03-05T09:00:00Z")),
                Optional.of(Instant.parse("2024-03-06T17:30:00Z")), "application/pdf", "en", 3, 48_213),
                List.of("/cases/harbour/in/report.pdf"), Optional.empty(), Set.of("imported", "index"));
        store.add(report, REPORT_TEXT, List.of(0, page2, page3));
        Document mail = new Document(FakeStore.id(11), new DocumentMetadata("Re: the shipment", List.of("Ana Ruiz"),
                Optional.of(Instant.parse("2024-03-06T08:12:00Z")), Optional.empty(), "message/rfc822", "en", 0,
                2_311), List.of("/cases/harbour/in/mail/shipment.eml"), Optional.empty(), Set.of("imported"));
        store.add(mail, MAIL_TEXT, List.of());
        Document note = new Document(FakeStore.id(12), new DocumentMetadata("shipment-note.txt", List.of(),
                Optional.empty(), Optional.empty(), "text/plain", "en", 0, 72),
                List.of("/cases/harbour/in/mail/shipment.eml/shipment-note.txt"), Optional.of(mail.id()),
                Set.of("imported"));
        store.add(note, NOTE_TEXT, List.of());
        return report;
    }
}
