package dev.ariadne.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaTypesTest {

    final MediaTypes types = new MediaTypes(MediaTypesTest.class.getClassLoader());

    @TempDir
    Path temp;

    @Test
    void contentDecidesAndTheNameIsAHint() throws Exception {
        Path pdfNamedText = Files.write(temp.resolve("report.txt"),
                "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        Path textNamedPdf = Files.writeString(temp.resolve("fake.pdf"), "Only plain words here, nothing else.");
        Path markdown = Files.writeString(temp.resolve("notes.md"), "# Notes\n\nSome text.");

        assertThat(types.detect(pdfNamedText, "report.txt")).isEqualTo("application/pdf");
        assertThat(types.detect(textNamedPdf, "fake.pdf")).isEqualTo("text/plain");
        assertThat(types.detect(markdown, "notes.md")).isEqualTo("text/x-web-markdown");
    }

    @Test
    void containersAreLookedInto() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("a.txt"));
            zip.write("a".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        Path zip = Files.write(temp.resolve("archive.bin"), bytes.toByteArray());

        assertThat(types.detect(zip, "archive.bin")).isEqualTo("application/zip");
        assertThat(types.isContainer(MediaType.parse("application/vnd.oasis.opendocument.text"))).isTrue();
        assertThat(types.isContainer(MediaType.parse("text/plain"))).isFalse();
        assertThat(types.lineage("text/x-java-source")).containsSubsequence("text/x-java-source", "text/plain");
    }

    @Test
    void aNameTheFirstBytesConfirmIsTakenWithoutTheMagicPatterns() {
        byte[] page = "\uFEFF  <!DOCTYPE html><html><body>Hi</body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] prose = "Chapter one\n\nThe delegation left Vilnius at dawn.".getBytes(StandardCharsets.UTF_8);
        byte[] mail = "Return-Path: <a@example.org>\nSubject: Hello\n\nBody".getBytes(StandardCharsets.UTF_8);

        assertThat(types.byConfirmedName(page, page.length, "index.HTML")).isEqualTo("text/html");
        assertThat(types.byConfirmedName(prose, prose.length, "chapter.txt")).isEqualTo("text/plain");
        assertThat(types.byConfirmedName(prose, prose.length, "notes.md")).isEqualTo("text/x-web-markdown");
        assertThat(types.byConfirmedName(mail, mail.length, "hello.eml")).isEqualTo("message/rfc822");
    }

    @Test
    void whatTheFirstBytesDoNotConfirmGoesToTika() {
        byte[] pdf = "%PDF-1.4\n1 0 obj".getBytes(StandardCharsets.US_ASCII);
        byte[] markup = "<html><body>a page</body></html>".getBytes(StandardCharsets.US_ASCII);
        byte[] prose = "Only words.".getBytes(StandardCharsets.US_ASCII);
        byte[] binary = {'a', 'b', 0, 1, 2, 'c'};

        assertThat(types.byConfirmedName(pdf, pdf.length, "report.txt")).isNull();
        assertThat(types.byConfirmedName(markup, markup.length, "page.txt")).isNull();
        assertThat(types.byConfirmedName(prose, prose.length, "page.html")).isNull();
        assertThat(types.byConfirmedName(prose, prose.length, "mail.eml")).isNull();
        assertThat(types.byConfirmedName(binary, binary.length, "data.txt")).isNull();
        assertThat(types.byConfirmedName(prose, prose.length, "data.bin")).isNull();
        assertThat(types.byConfirmedName(prose, prose.length, "README")).isNull();
    }

    @Test
    void aMailboxOfOneMessageIsThatMessageAndOfTwoAMailbox() throws Exception {
        String message = "From: Nadia <nadia@example.org>\nSubject: Convoy\n\nThe convoy left at dawn.\n";
        Path one = Files.writeString(temp.resolve("one.eml"), "From nadia@example.org Tue Apr  9 14:05:00 2024\n"
                + message);
        Path two = Files.writeString(temp.resolve("two"), "From nadia@example.org Tue Apr  9 14:05:00 2024\n"
                + message + "\nFrom omar@example.org Wed Apr 10 09:00:00 2024\n" + message);
        Path quoted = Files.writeString(temp.resolve("quoted.mbox"), "From nadia@example.org Tue Apr  9 2024\n"
                + message + "From the field, nothing new.\n");

        assertThat(types.detect(one, "one.eml")).isEqualTo("message/rfc822");
        assertThat(types.detect(two, "two")).isEqualTo("application/mbox");
        assertThat(types.detect(quoted, "quoted.mbox")).isEqualTo("message/rfc822");
    }
}
