package dev.ariadne.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The document verbs of the exported headless product, run as processes on a folder the test writes: {@code import}
 * (with a bad file among good ones), {@code docs}, {@code text}, {@code search}, and importing again.
 */
class DocumentsCommandLineTest {

    /** Plain text with CRLF, a non-ASCII letter and no final newline: {@code text} must give it back byte for byte. */
    static final String MEMO = "Memo to the delegation\r\nThe café in Tartu opens at 9:00; bring the "
            + "quarterly figures.\r\nNo final newline";

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Ministry statement</title></head>
            <body><nav><a href="/">Home</a> | <a href="/press">Press</a></nav>
            <main><h1>Statement on the visit</h1>
            <p>The ministry welcomed the trade delegation from Narva and signed a memorandum on hydrogen.</p>
            </main><footer>Copyright the ministry</footer></body></html>
            """;

    @TempDir
    Path work;

    Path folder() throws IOException {
        Path in = work.resolve("in");
        Files.createDirectories(in.resolve("web"));
        Files.write(in.resolve("memo.txt"), MEMO.getBytes(StandardCharsets.UTF_8));
        Files.writeString(in.resolve("web/statement.html"), PAGE, StandardCharsets.UTF_8);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        return in;
    }

    Path newCase() {
        Path folder = work.resolve("case");
        Run create = Run.headless(work, "case", "create", folder.toString());
        assertThat(create.exitCode()).as(create.describe()).isZero();
        return folder;
    }

    @Test
    void importListsTheBadFileAndTheOthersCanBeListedReadAndSearched() throws IOException {
        Path in = folder();
        Path aCase = newCase();

        Run imported = Run.headless(work, "import", aCase.toString(), in.toString(), "--json");

        assertThat(imported.exitCode()).as(imported.describe()).isZero();
        JsonObject summary = JsonParser.parseString(imported.out()).getAsJsonObject();
        assertThat(summary.get("imported").getAsInt()).as(imported.describe()).isEqualTo(2);
        assertThat(summary.get("duplicates").getAsInt()).isZero();
        assertThat(summary.get("unchanged").getAsInt()).isZero();
        JsonArray failed = summary.getAsJsonArray("failed");
        assertThat(failed).as(imported.describe()).hasSize(1);
        JsonObject empty = failed.get(0).getAsJsonObject();
        assertThat(empty.get("item").getAsString()).isEqualTo(in.resolve("empty.txt").toString());
        assertThat(empty.get("reason").getAsString()).containsIgnoringCase("empty");

        Run docs = Run.headless(work, "docs", aCase.toString(), "--json");
        assertThat(docs.exitCode()).as(docs.describe()).isZero();
        Map<String, JsonObject> bySource = new HashMap<>();
        for (JsonElement element : JsonParser.parseString(docs.out()).getAsJsonArray()) {
            JsonObject doc = element.getAsJsonObject();
            assertThat(doc.get("id").getAsString()).matches("[0-9a-f]{64}");
            assertThat(doc.getAsJsonArray("sources")).hasSize(1);
            bySource.put(doc.getAsJsonArray("sources").get(0).getAsString(), doc);
        }
        assertThat(bySource).containsOnlyKeys(in.resolve("memo.txt").toString(),
                in.resolve("web/statement.html").toString());
        JsonObject memo = bySource.get(in.resolve("memo.txt").toString());
        assertThat(memo.get("mediaType").getAsString()).startsWith("text/plain");
        JsonObject statement = bySource.get(in.resolve("web/statement.html").toString());
        assertThat(statement.get("mediaType").getAsString()).startsWith("text/html");
        assertThat(statement.get("title").getAsString()).isEqualTo("Ministry statement");
        assertThat(statement.get("language").getAsString()).isNotBlank();
        assertThat(statement.get("pages").getAsInt()).isZero();

        Run text = Run.headless(work, "text", aCase.toString(), memo.get("id").getAsString());
        assertThat(text.exitCode()).as(text.describe()).isZero();
        assertThat(text.out()).isEqualTo(MEMO);

        Run search = Run.headless(work, "search", aCase.toString(), "hydrogen", "--json");
        assertThat(search.exitCode()).as(search.describe()).isZero();
        JsonObject result = JsonParser.parseString(search.out()).getAsJsonObject();
        assertThat(result.get("totalHits").getAsLong()).isEqualTo(1);
        JsonObject hit = result.getAsJsonArray("hits").get(0).getAsJsonObject();
        assertThat(hit.get("documentId").getAsString()).isEqualTo(statement.get("id").getAsString());
        assertThat(hit.get("title").getAsString()).isEqualTo("Ministry statement");
        assertThat(hit.get("score").getAsFloat()).isPositive();
        JsonObject snippet = hit.getAsJsonArray("snippets").get(0).getAsJsonObject();
        String snippetText = snippet.get("text").getAsString();
        JsonArray range = snippet.getAsJsonArray("highlights").get(0).getAsJsonArray();
        assertThat(snippetText.substring(range.get(0).getAsInt(), range.get(1).getAsInt())).isEqualTo("hydrogen");

        Run plain = Run.headless(work, "search", aCase.toString(), "delegation", "--limit", "5");
        assertThat(plain.exitCode()).as(plain.describe()).isZero();
        assertThat(plain.out()).contains("[delegation]").contains("2 hits");
    }

    @Test
    void importingAgainSkipsUnchangedFilesAndCountsACopyAsADuplicate() throws IOException {
        Path in = folder();
        Path aCase = newCase();
        Run first = Run.headless(work, "import", aCase.toString(), in.toString(), "--exclude", "empty.txt");
        assertThat(first.exitCode()).as(first.describe()).isZero();
        assertThat(first.out()).as(first.describe()).startsWith("Imported 2, duplicates 0, unchanged 0, failed 0.");
        Files.write(in.resolve("copy.txt"), MEMO.getBytes(StandardCharsets.UTF_8));

        Run again = Run.headless(work, "import", aCase.toString(), in.toString(), "--exclude", "empty.txt",
                "--json");

        assertThat(again.exitCode()).as(again.describe()).isZero();
        JsonObject summary = JsonParser.parseString(again.out()).getAsJsonObject();
        assertThat(summary.get("imported").getAsInt()).as(again.describe()).isZero();
        assertThat(summary.get("duplicates").getAsInt()).isEqualTo(1);
        assertThat(summary.get("unchanged").getAsInt()).isEqualTo(2);
        assertThat(summary.getAsJsonArray("failed")).isEmpty();
        Run docs = Run.headless(work, "docs", aCase.toString());
        assertThat(docs.out()).as(docs.describe()).contains(in.resolve("copy.txt").toString())
                .contains("2 documents.");
    }

    @Test
    void theSampleCaseImportsCompletelyAsDemoDoesAndOnlyOnce() {
        Path sample = Run.home().resolve("product/sample-case");
        Path aCase = newCase();

        Run first = Run.headless(work, "import", aCase.toString(), sample.toString(), "--exclude", "README.md",
                "--json");

        assertThat(first.exitCode()).as(first.describe()).isZero();
        JsonObject summary = JsonParser.parseString(first.out()).getAsJsonObject();
        assertThat(summary.getAsJsonArray("failed")).as(first.describe()).isEmpty();
        assertThat(summary.get("imported").getAsInt()).as("12 files and the mail attachment").isEqualTo(13);
        Run docs = Run.headless(work, "docs", aCase.toString(), "--json");
        Map<String, JsonObject> byType = new HashMap<>();
        int attachments = 0;
        for (JsonElement element : JsonParser.parseString(docs.out()).getAsJsonArray()) {
            JsonObject doc = element.getAsJsonObject();
            byType.put(doc.get("mediaType").getAsString(), doc);
            attachments += doc.get("parentId").isJsonNull() ? 0 : 1;
            assertThat(doc.get("sources").getAsJsonArray().toString()).doesNotContain("README.md");
        }
        assertThat(attachments).isEqualTo(1);
        assertThat(byType.get("application/pdf").get("pages").getAsInt()).isEqualTo(2);

        Run again = Run.headless(work, "import", aCase.toString(), sample.toString(), "--exclude", "README.md",
                "--json");
        JsonObject second = JsonParser.parseString(again.out()).getAsJsonObject();
        assertThat(second.get("imported").getAsInt()).as(again.describe()).isZero();
        assertThat(second.get("unchanged").getAsInt()).isEqualTo(12);
    }

    @Test
    void aBadQueryOrAFolderThatIsNoCaseExitsWithOneAndSaysWhy() throws IOException {
        Path aCase = newCase();

        Run bad = Run.headless(work, "search", aCase.toString(), "title:(visit");
        assertThat(bad.exitCode()).as(bad.describe()).isEqualTo(1);
        assertThat(bad.err()).as(bad.describe()).contains("ariadne search: ");

        Run noCase = Run.headless(work, "import", work.resolve("nowhere").toString(), folder().toString());
        assertThat(noCase.exitCode()).as(noCase.describe()).isEqualTo(1);
        assertThat(noCase.err()).as(noCase.describe()).contains("ariadne import: ");
    }
}
