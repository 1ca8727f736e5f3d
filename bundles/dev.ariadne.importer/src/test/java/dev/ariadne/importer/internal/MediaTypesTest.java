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
}
