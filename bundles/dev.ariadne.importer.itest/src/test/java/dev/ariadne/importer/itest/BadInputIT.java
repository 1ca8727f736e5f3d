package dev.ariadne.importer.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.importing.DocumentImporter;
import dev.ariadne.api.importing.ImportOptions;
import dev.ariadne.api.importing.ImportSummary;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobState;

/** Bad input never stops an import: each bad file is listed with its reason and the good files are imported. */
class BadInputIT extends ImporterTestBase {

    @Test
    void badFilesAreListedWithTheirReasonsAndTheRestIsImported() throws Exception {
        Case aCase = newCase("bad");
        Path folder = folder("bad");
        Samples.text(folder.resolve("good.txt"), "A good file about the summit in Vienna.");
        Samples.bytes(folder.resolve("corrupt.pdf"), Samples.utf8("%PDF-1.7\n1 0 obj << /Type /Catalog >>\n"
                + "this is not a PDF at all, only its first line looks like one"));
        Path whole = Samples.pdf(folder.resolve("work/whole.pdf"), "Whole", "A", List.of("Text of a PDF that "
                + "will be cut in half.", "Second page."), null);
        byte[] pdf = Files.readAllBytes(whole);
        Samples.bytes(folder.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
        Files.delete(whole);
        Files.delete(whole.getParent());
        Samples.pdf(folder.resolve("secret.pdf"), "Secret", "B", List.of("Nobody may read this."), "s3cret");
        Samples.zipBomb(folder.resolve("bomb.zip"), 20L * 1024 * 1024);
        Samples.bytes(folder.resolve("empty.txt"), new byte[0]);
        byte[] junk = new byte[8192];
        new Random(42).nextBytes(junk);
        Samples.bytes(folder.resolve("junk.bin"), junk);
        Path realPdf = Samples.pdf(folder.resolve("actually-a-pdf.txt"), "A PDF in disguise", "C",
                List.of("The extension says text, the bytes say PDF."), null);
        Samples.text(folder.resolve("actually-text.pdf"), "Plain words about the border crossing at Narva, "
                + "written in a file whose name claims it is a PDF.");
        byte[] invalidUtf8 = concat(Samples.utf8("Valid start about Tbilisi "), new byte[] {(byte) 0xC3, 0x28,
            (byte) 0xFF, (byte) 0xFE}, Samples.utf8(" and a valid end about Batumi."));
        Samples.bytes(folder.resolve("invalid-utf8.txt"), invalidUtf8);
        Path deep = folder.resolve("deep");
        for (int i = 0; i < 150; i++) {
            deep = deep.resolve("level" + i);
        }
        Samples.text(deep.resolve("bottom.txt"), "The file at the bottom of a very deep folder, about Kyiv.");
        Files.createDirectories(folder.resolve("loop"));
        Files.createSymbolicLink(folder.resolve("loop/back"), folder.resolve("loop"));
        Path unreadable = Samples.text(folder.resolve("unreadable.txt"), "Nobody can read this file.");
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
        boolean permissionsApply = !Files.isReadable(unreadable);

        Job<ImportSummary> job = importer.importPaths(aCase, List.of(folder), withTimeout(Duration.ofSeconds(60)));
        ImportSummary summary = ItestSupport.result(job);

        assertThat(job.status().state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(reason(summary, "corrupt.pdf")).startsWith("not a readable PDF");
        assertThat(reason(summary, "secret.pdf")).isEqualTo("encrypted");
        assertThat(reason(summary, "bomb.zip")).contains("zip bomb");
        assertThat(reason(summary, "empty.txt")).isEqualTo("empty file");
        assertThat(reason(summary, "junk.bin")).isEqualTo("unsupported file type (application/octet-stream)");
        assertThat(reason(summary, "loop/back")).contains("symbolic link loop");
        assertThat(failure(summary, "truncated.pdf").isPresent() || sources(aCase).stream()
                .anyMatch(s -> s.endsWith("truncated.pdf"))).as("the truncated PDF is imported or listed").isTrue();
        if (permissionsApply) {
            assertThat(reason(summary, "unreadable.txt")).isEqualTo("permission denied");
        } else {
            // Tests run as root here, and root reads a file whatever its mode: the file is imported instead.
            assertThat(sources(aCase)).anyMatch(s -> s.endsWith("unreadable.txt"));
        }
        assertThat(job.errors()).extracting(e -> e.item()).containsAll(summary.failed().stream()
                .map(e -> e.item()).toList());
        assertThat(text(aCase, bySourceEnd(aCase, "good.txt"))).contains("Vienna");
        Document disguisedPdf = byTitle(aCase, "A PDF in disguise");
        assertThat(disguisedPdf.metadata().mediaType()).isEqualTo("application/pdf");
        assertThat(disguisedPdf.sources()).singleElement().isEqualTo(realPdf.toString());
        Document disguisedText = bySourceEnd(aCase, "actually-text.pdf");
        assertThat(disguisedText.metadata().mediaType()).isEqualTo("text/plain");
        assertThat(text(aCase, bySourceEnd(aCase, "invalid-utf8.txt"))).startsWith("Valid start about Tbilisi ")
                .endsWith(" and a valid end about Batumi.");
        assertThat(text(aCase, bySourceEnd(aCase, "bottom.txt"))).contains("Kyiv");
        assertThat(summary.failed()).noneMatch(e -> e.item().endsWith("bottom.txt"));
    }

    @Test
    void aParserThatHangsIsAbandonedAfterThePerFileLimit() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        DocumentImporter hanging = (in, fileName, mediaType) -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new java.io.IOException("interrupted");
        };
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(DocumentImporter.TYPES, new String[] {"text/x-web-markdown"});
        properties.put(Constants.SERVICE_RANKING, 1000);
        registrations.add(context.registerService(DocumentImporter.class, hanging, properties));
        Case aCase = newCase("timeout");
        Path folder = folder("timeout");
        Samples.text(folder.resolve("stuck.md"), "# Stuck\nThis parser never returns.");
        Samples.text(folder.resolve("fine.txt"), "This one is fine and mentions Sarajevo.");

        ImportSummary summary = ItestSupport.result(importer.importPaths(aCase, List.of(folder),
                withTimeout(Duration.ofMillis(500))));

        assertThat(reason(summary, "stuck.md")).isEqualTo("parsing took longer than the limit of 500 ms and was "
                + "abandoned");
        assertThat(text(aCase, bySourceEnd(aCase, "fine.txt"))).contains("Sarajevo");
    }

    @Test
    void archivesNestedDeeperThanTheLimitAreNotExpanded() throws Exception {
        byte[] archive = Samples.zip(java.util.Map.of("core.txt", Samples.utf8("The innermost note about Split.")));
        for (int level = 1; level <= 3; level++) {
            archive = Samples.zip(java.util.Map.of("level" + level + ".zip", archive));
        }
        Path file = Samples.bytes(folder("nested").resolve("nested.zip"), archive);
        Case aCase = newCase("nested");
        ImportOptions defaults = ImportOptions.DEFAULTS;

        ImportSummary summary = ItestSupport.result(importer.importPaths(aCase, List.of(file), new ImportOptions(
                List.of(), List.of(), defaults.perFileTimeout(), 2, defaults.maxExpansionRatio())));

        assertThat(reason(summary, "nested.zip!/level3.zip!/level2.zip"))
                .isEqualTo("archive nested deeper than 2 levels: not expanded");
        assertThat(sources(aCase)).noneMatch(s -> s.endsWith("core.txt"));
        assertThat(summary.imported()).isEqualTo(2);
    }

    @Test
    void aTwoHundredMegabyteTextFileIsStreamedAndItsTextCappedWithANote() throws Exception {
        Case aCase = newCase("huge");
        Path file = folder("huge").resolve("huge.txt");
        Files.createDirectories(file.getParent());
        byte[] block = ("The delegation from Vilnius reported again that the talks went on through the night. "
                .repeat(12_000)).getBytes(StandardCharsets.UTF_8);
        long target = 200L * 1024 * 1024;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < target; written += block.length) {
                out.write(block);
            }
        }

        ImportSummary summary = importAll(aCase, file);

        assertThat(summary.imported()).isEqualTo(1);
        assertThat(reason(summary, "huge.txt")).startsWith("text truncated at 32 MB");
        Document document = bySourceEnd(aCase, "huge.txt");
        assertThat(document.metadata().sizeBytes()).isEqualTo(Files.size(file));
        assertThat(store.text(aCase, document.id()).orElseThrow().text()).hasSize(32 * 1024 * 1024)
                .startsWith("The delegation from Vilnius");
        assertThat(document.metadata().language()).isEqualTo("en");
        Files.delete(file);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, offset, part.length);
            offset += part.length;
        }
        return all;
    }
}
