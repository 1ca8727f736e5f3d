package dev.ariadne.importer.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.importing.ImportSummary;

/** Every built-in format, from files the tests write, imported through the real services. */
class FormatsIT extends ImporterTestBase {

    @Test
    void plainTextKeepsTheTextExactlyAsDecodedWhateverTheCharacterSet() throws Exception {
        Case aCase = newCase("text");
        Path folder = folder("text-files");
        String utf8 = "\uFEFFMinister Ana Petrović met the délégation in Zürich.\r\nLine two — with dashes.\n";
        Samples.bytes(folder.resolve("utf8.txt"), utf8.getBytes(StandardCharsets.UTF_8));
        String latin = "Le ministre a déclaré à Genève que la réunion était close. Ça suffit, répète-t-il, "
                + "les négociations reprendront à l'été prochain près du lac Léman.\n";
        Samples.bytes(folder.resolve("latin1.txt"), latin.getBytes(Charset.forName("ISO-8859-1")));

        ImportSummary summary = importAll(aCase, folder);

        assertThat(summary.imported()).isEqualTo(2);
        assertThat(summary.failed()).isEmpty();
        Document utf8Document = bySourceEnd(aCase, "utf8.txt");
        assertThat(text(aCase, utf8Document)).isEqualTo(utf8);
        assertThat(utf8Document.metadata().mediaType()).isEqualTo("text/plain");
        assertThat(utf8Document.metadata().title()).isEqualTo("utf8.txt");
        assertThat(utf8Document.id()).hasSize(64).matches("[0-9a-f]+");
        Document latinDocument = bySourceEnd(aCase, "latin1.txt");
        assertThat(text(aCase, latinDocument)).isEqualTo(latin);
        assertThat(latinDocument.metadata().language()).isEqualTo("fr");
        assertThat(latinDocument.metadata().modified()).isPresent();
        assertThat(latinDocument.stages()).contains("imported");
    }

    @Test
    void markdownIsKeptAsTextAndTitledByItsHeading() throws Exception {
        Case aCase = newCase("markdown");
        String markdown = "# Briefing on the northern corridor\n\nThe convoy left *Tromsø* on 3 March.\n";
        Path file = Samples.text(folder("md").resolve("briefing.md"), markdown);

        importAll(aCase, file);

        Document document = byTitle(aCase, "Briefing on the northern corridor");
        assertThat(document.metadata().mediaType()).isEqualTo("text/x-web-markdown");
        assertThat(text(aCase, document)).isEqualTo(markdown);
    }

    @Test
    void htmlKeepsTheMainTextTitleAndLinksWithoutNavigation() throws Exception {
        Case aCase = newCase("html");
        String html = "<!DOCTYPE html><html lang=en><head><title>Port strike enters second week</title>"
                + "<meta name=author content=\"Maria Keller\"><meta name=date content=\"2024-04-02\"></head><body>"
                + "<header><a href=/>Home</a> <a href=/world>World</a> <a href=/sport>Sport</a></header>"
                + "<nav><ul><li><a href=/a>Politics</a></li><li><a href=/b>Economy</a></li>"
                + "<li><a href=/c>Culture</a></li></ul></nav>"
                + "<main><article><h1>Port strike enters second week</h1>"
                + "<p>Dock workers in Rotterdam extended their strike on Tuesday, the union said.</p>"
                + "<p>The ministry published <a href=\"https://example.org/statement\">a statement</a> "
                + "calling for talks.</p></article></main>"
                + "<footer>Copyright 2024 The Daily Example. All rights reserved.</footer>"
                + "<script>var tracking = 1;</script></body></html>";
        Path file = Samples.text(folder("html").resolve("strike.html"), html);

        importAll(aCase, file);

        Document document = byTitle(aCase, "Port strike enters second week");
        String text = text(aCase, document);
        assertThat(document.metadata().mediaType()).isEqualTo("text/html");
        assertThat(document.metadata().authors()).containsExactly("Maria Keller");
        assertThat(document.metadata().created()).contains(Instant.parse("2024-04-02T00:00:00Z"));
        assertThat(text).contains("Dock workers in Rotterdam extended their strike on Tuesday, the union said.")
                .contains("a statement <https://example.org/statement>")
                .doesNotContain("Politics").doesNotContain("Copyright").doesNotContain("tracking")
                .doesNotContain("Sport");
        assertThat(document.metadata().language()).isEqualTo("en");
    }

    @Test
    void pdfKeepsTheTextOfEachPageAndWhereEachPageStarts() throws Exception {
        Case aCase = newCase("pdf");
        Path file = Samples.pdf(folder("pdf").resolve("report.pdf"), "Quarterly security report", "J. Okafor",
                List.of("First page: the delegation arrived in Nairobi.",
                        "Second page: talks with the ministry continued.",
                        "Third page: a statement was issued on Friday."),
                null);

        ImportSummary summary = importAll(aCase, file);

        assertThat(summary.failed()).isEmpty();
        Document document = byTitle(aCase, "Quarterly security report");
        assertThat(document.metadata().mediaType()).isEqualTo("application/pdf");
        assertThat(document.metadata().pages()).isEqualTo(3);
        assertThat(document.metadata().authors()).containsExactly("J. Okafor");
        assertThat(document.metadata().created()).contains(Instant.parse("2024-03-14T09:30:00Z"));
        DocumentText text = store.text(aCase, document.id()).orElseThrow();
        assertThat(text.pageStarts()).hasSize(3).startsWith(0);
        assertThat(text.text().substring(text.pageStarts().get(1))).startsWith("Second page");
        assertThat(text.text().substring(text.pageStarts().get(2))).startsWith("Third page");
        assertThat(text.pageAt(text.text().indexOf("Nairobi"))).isEqualTo(1);
        assertThat(text.pageAt(text.text().indexOf("Friday"))).isEqualTo(3);
    }

    @Test
    void officeDocumentsGiveTheirTextAndProperties() throws Exception {
        Case aCase = newCase("office");
        Path folder = folder("office");
        Samples.docx(folder.resolve("memo.docx"), "Memo on the grain deal", "Lena Fischer",
                List.of("The grain deal was signed in Istanbul.", "Shipments resume on Monday."));
        Samples.odt(folder.resolve("minutes.odt"), "Minutes of the council", "Pedro Alves",
                List.of("The council met in Lisbon.", "The motion was carried."));
        Samples.rtf(folder.resolve("note.rtf"), "Field note", "Aiko Tanaka",
                List.of("Observers counted forty trucks near the border.", "Nobody was hurt."));

        ImportSummary summary = importAll(aCase, folder);

        assertThat(summary.failed()).isEmpty();
        Document docx = byTitle(aCase, "Memo on the grain deal");
        assertThat(docx.metadata().mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.metadata().authors()).containsExactly("Lena Fischer");
        assertThat(docx.metadata().created()).contains(Instant.parse("2024-05-02T10:00:00Z"));
        assertThat(text(aCase, docx)).contains("The grain deal was signed in Istanbul.")
                .contains("Shipments resume on Monday.");
        Document odt = byTitle(aCase, "Minutes of the council");
        assertThat(odt.metadata().mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(odt.metadata().authors()).contains("Pedro Alves");
        assertThat(text(aCase, odt)).contains("The council met in Lisbon.").contains("The motion was carried.");
        Document rtf = byTitle(aCase, "Field note");
        assertThat(rtf.metadata().mediaType()).isEqualTo("application/rtf");
        assertThat(rtf.metadata().authors()).containsExactly("Aiko Tanaka");
        assertThat(text(aCase, rtf)).contains("Observers counted forty trucks near the border.");
    }

    @Test
    void wordNinetySevenDocumentsMadeWithLibreOffice() throws Exception {
        Path folder = folder("doc");
        Path odt = Samples.odt(folder.resolve("source/letter.odt"), "Letter to the ambassador", "Omar Haddad",
                List.of("Your Excellency, the talks in Amman will resume.", "Respectfully yours."));
        Files.createDirectories(folder.resolve("out"));
        Path doc = Samples.docWithLibreOffice(odt, folder.resolve("out"));
        Assumptions.assumeTrue(doc != null, "LibreOffice is not installed: no DOC file can be made here");
        Case aCase = newCase("doc");

        ImportSummary summary = importAll(aCase, doc);

        assertThat(summary.failed()).isEmpty();
        Document document = bySourceEnd(aCase, "letter.doc");
        assertThat(document.metadata().mediaType()).isEqualTo("application/msword");
        assertThat(text(aCase, document)).contains("the talks in Amman will resume");
        assertThat(document.metadata().title()).isEqualTo("Letter to the ambassador");
    }

    @Test
    void emailsBecomeDocumentsWithTheirAttachmentsAsChildren() throws Exception {
        Case aCase = newCase("eml");
        String eml = Samples.eml("Nadia Karim <nadia.karim@example.org>", "Convoy schedule for Thursday",
                "Tue, 9 Apr 2024 14:05:00 +0200", "The convoy leaves Amman at dawn on Thursday.",
                "schedule.txt", "Departure 05:30 from the northern gate. Arrival in Zarqa at 07:00.");
        Path file = Samples.text(folder("eml").resolve("convoy.eml"), eml);

        ImportSummary summary = importAll(aCase, file);

        assertThat(summary.failed()).isEmpty();
        assertThat(summary.imported()).isEqualTo(2);
        Document mail = byTitle(aCase, "Convoy schedule for Thursday");
        assertThat(mail.metadata().mediaType()).isEqualTo("message/rfc822");
        assertThat(mail.metadata().authors()).containsExactly("Nadia Karim");
        assertThat(mail.metadata().created()).contains(Instant.parse("2024-04-09T12:05:00Z"));
        assertThat(text(aCase, mail)).startsWith("From: Nadia Karim <nadia.karim@example.org>\n")
                .contains("Subject: Convoy schedule for Thursday")
                .contains("The convoy leaves Amman at dawn on Thursday.").doesNotContain("Departure");
        List<Document> children = store.children(aCase, mail.id());
        assertThat(children).singleElement().satisfies(child -> {
            assertThat(child.parentId()).contains(mail.id());
            assertThat(child.metadata().title()).isEqualTo("schedule.txt");
            assertThat(child.sources()).singleElement().asString().endsWith("convoy.eml!/schedule.txt");
            assertThat(text(aCase, child)).isEqualTo(
                    "Departure 05:30 from the northern gate. Arrival in Zarqa at 07:00.");
        });
    }

    @Test
    void mailboxesGiveOneDocumentPerMessage() throws Exception {
        Case aCase = newCase("mbox");
        String mbox = "From nadia@example.org Tue Apr  9 14:05:00 2024\n"
                + Samples.simpleEml("nadia@example.org", "First message", "Tue, 9 Apr 2024 14:05:00 +0000",
                        "The first message mentions Beirut.\n>From the field, all is quiet.")
                + "\nFrom omar@example.org Wed Apr 10 09:00:00 2024\n"
                + Samples.simpleEml("Omar <omar@example.org>", "Second message", "Wed, 10 Apr 2024 09:00:00 +0000",
                        "The second message mentions Damascus.")
                + "\n";
        Path file = Samples.text(folder("mbox").resolve("archive.mbox"), mbox);

        ImportSummary summary = importAll(aCase, file);

        assertThat(summary.failed()).isEmpty();
        Document mailbox = bySourceEnd(aCase, "archive.mbox");
        assertThat(mailbox.metadata().mediaType()).isEqualTo("application/mbox");
        assertThat(text(aCase, mailbox)).contains("First message").contains("Second message");
        List<Document> messages = store.children(aCase, mailbox.id());
        assertThat(messages).extracting(d -> d.metadata().title()).containsExactly("First message",
                "Second message");
        assertThat(text(aCase, messages.get(0))).contains("Beirut").contains("\nFrom the field, all is quiet.");
        assertThat(messages.get(1).metadata().authors()).containsExactly("Omar");
        assertThat(text(aCase, messages.get(1))).contains("Damascus");
    }

    @Test
    void aMessageSavedWithItsEnvelopeLineIsOneDocument() throws Exception {
        Case aCase = newCase("envelope");
        String saved = "From nadia@example.org Tue Apr  9 14:05:00 2024\n"
                + Samples.simpleEml("nadia@example.org", "Checkpoint", "Tue, 9 Apr 2024 14:05:00 +0000",
                        "The checkpoint near Tartus reopened.");
        Path file = Samples.text(folder("envelope").resolve("1234.eml"), saved);

        ImportSummary summary = importAll(aCase, file);

        assertThat(summary.failed()).isEmpty();
        assertThat(summary.imported()).isEqualTo(1);
        Document message = bySourceEnd(aCase, "1234.eml");
        assertThat(message.metadata().mediaType()).isEqualTo("message/rfc822");
        assertThat(message.metadata().title()).isEqualTo("Checkpoint");
        assertThat(text(aCase, message)).contains("Tartus").doesNotContain("2024\nFrom:");
        assertThat(store.children(aCase, message.id())).isEmpty();
    }

    @Test
    void zipAndTarArchivesAreOpenedRecursively() throws Exception {
        Case aCase = newCase("archives");
        Path folder = folder("archives");
        Map<String, byte[]> inner = new LinkedHashMap<>();
        inner.put("deep/inner.txt", Samples.utf8("A note inside the inner archive about Odessa."));
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("docs/readme.txt", Samples.utf8("The outer archive holds notes about Kharkiv."));
        outer.put("docs/inner.zip", Samples.zip(inner));
        Samples.bytes(folder.resolve("bundle.zip"), Samples.zip(outer));
        Map<String, byte[]> tarEntries = new LinkedHashMap<>();
        tarEntries.put("notes/tar-note.txt", Samples.utf8("A note from a tar archive about Lviv."));
        Samples.bytes(folder.resolve("notes.tar"), Samples.tar(tarEntries));
        Map<String, byte[]> tgzEntries = new LinkedHashMap<>();
        tgzEntries.put("tgz-note.txt", Samples.utf8("A note from a compressed tar archive about Dnipro."));
        Samples.bytes(folder.resolve("more.tar.gz"), Samples.gzip(Samples.tar(tgzEntries)));

        ImportSummary summary = importAll(aCase, folder);

        assertThat(summary.failed()).isEmpty();
        Document zip = bySourceEnd(aCase, "bundle.zip");
        assertThat(zip.metadata().mediaType()).isEqualTo("application/zip");
        assertThat(text(aCase, zip)).isEqualTo("docs/readme.txt\ndocs/inner.zip");
        Document innerZip = bySourceEnd(aCase, "bundle.zip!/docs/inner.zip");
        assertThat(innerZip.parentId()).contains(zip.id());
        Document innerText = bySourceEnd(aCase, "bundle.zip!/docs/inner.zip!/deep/inner.txt");
        assertThat(innerText.parentId()).contains(innerZip.id());
        assertThat(text(aCase, innerText)).contains("Odessa");
        assertThat(text(aCase, bySourceEnd(aCase, "notes.tar!/notes/tar-note.txt"))).contains("Lviv");
        assertThat(text(aCase, bySourceEnd(aCase, "more.tar.gz!/tgz-note.txt"))).contains("Dnipro");
        assertThat(summary.imported()).isEqualTo(8);
    }
}
