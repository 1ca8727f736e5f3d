package dev.ariadne.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseInfo;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.importing.ImportOptions;
import dev.ariadne.api.importing.ImportService;
import dev.ariadne.api.importing.ImportSummary;
import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.api.search.SearchResult;

class DocumentVerbsTest {

    @TempDir
    Path tmp;

    final TestIo io = new TestIo();
    final FakeCaseService cases = new FakeCaseService();

    static final Document MEMO = new Document("ab12", new DocumentMetadata("Memo", List.of("R. Vale"),
            Optional.empty(), Optional.empty(), "text/plain", "en", 0, 42), List.of("/in/memo.txt", "/in/copy.txt"),
            Optional.empty(), Set.of("imported"));
    static final Document REPORT = new Document("cd34", new DocumentMetadata("Report", List.of(),
            Optional.empty(), Optional.empty(), "application/pdf", "de", 3, 9000), List.of("/in/report.pdf"),
            Optional.of("ab12"), Set.of("imported", "index"));

    final DocumentStore store = new DocumentStore() {
        @Override
        public int count(Case aCase) {
            return 2;
        }

        @Override
        public List<Document> list(Case aCase, int offset, int limit) {
            return List.of(MEMO, REPORT).subList(Math.min(2, offset), Math.min(2, offset + limit));
        }

        @Override
        public Optional<Document> get(Case aCase, String documentId) {
            return list(aCase, 0, 2).stream().filter(d -> d.id().equals(documentId)).findFirst();
        }

        @Override
        public Optional<DocumentText> text(Case aCase, String documentId) {
            return documentId.equals("ab12") ? Optional.of(new DocumentText("ab12", "Café\r\nno newline", List.of()))
                    : Optional.empty();
        }

        @Override
        public List<Document> children(Case aCase, String documentId) {
            return List.of();
        }

        @Override
        public void markStage(Case aCase, String documentId, String stage) {
            throw new UnsupportedOperationException();
        }
    };

    final Services services = new Services() {
        @Override
        public <T> T require(Class<T> type, String what) {
            if (type == ImportService.class) {
                ImportService importer = (aCase, paths, options) -> {
                    throw new AssertionError("no import without an open case");
                };
                return type.cast(importer);
            }
            return type.cast(type == DocumentStore.class ? store : cases);
        }
    };

    Path aCase() {
        Path dir = tmp.resolve("case");
        cases.cases.put(dir, new CaseInfo(dir, "id", "Case", Instant.EPOCH, 1, false, Optional.empty(), 0));
        return dir;
    }

    int run(Verb verb, String name, String... args) throws CliException {
        return verb.run(Arguments.parse(name, List.of(args), verb.options()), new Invocation(name, io.output, services));
    }

    @Test
    void importOptionsCarryEveryIncludeAndExcludeWithTheDefaultLimits() throws Exception {
        ImportVerb verb = new ImportVerb();
        ImportOptions options = ImportVerb.options(Arguments.parse("import",
                List.of("c", "p", "--include", "**/*.txt", "--exclude", "tmp", "--include", "*.md"), verb.options()));

        assertThat(options.include()).containsExactly("**/*.txt", "*.md");
        assertThat(options.exclude()).containsExactly("tmp");
        assertThat(options.perFileTimeout()).isEqualTo(ImportOptions.DEFAULTS.perFileTimeout());
        assertThat(options.maxExpansionRatio()).isEqualTo(ImportOptions.DEFAULTS.maxExpansionRatio());
    }

    @Test
    void importSummaryAsJsonHasTheCountsAndTheFailuresWithReasons() {
        ImportSummary summary = new ImportSummary(3, 1, 2,
                List.of(new ItemError("/in/empty.txt", "empty file (0 bytes)", Instant.EPOCH)));

        JsonObject json = ImportVerb.json(summary);

        assertThat(json.get("imported").getAsInt()).isEqualTo(3);
        assertThat(json.get("duplicates").getAsInt()).isEqualTo(1);
        assertThat(json.get("unchanged").getAsInt()).isEqualTo(2);
        JsonObject failed = json.getAsJsonArray("failed").get(0).getAsJsonObject();
        assertThat(failed.get("item").getAsString()).isEqualTo("/in/empty.txt");
        assertThat(failed.get("reason").getAsString()).isEqualTo("empty file (0 bytes)");

        ImportVerb.print(io.output, summary);
        assertThat(io.out()).startsWith("Imported 3, duplicates 1, unchanged 2, failed 1.")
                .contains("  failed: /in/empty.txt: empty file (0 bytes)");
    }

    @Test
    void importOfAFolderThatIsNoCaseFailsWithExitCodeOne() {
        assertThatThrownBy(() -> run(new ImportVerb(), "import", tmp.resolve("nothing").toString(), "x"))
                .isInstanceOf(CliException.class).hasMessageContaining("is not a case")
                .extracting(e -> ((CliException) e).exitCode()).isEqualTo(1);
    }

    @Test
    void docsJsonListsEveryDocumentWithAllItsSourcesAndClosesTheCase() throws Exception {
        Path dir = aCase();

        assertThat(run(new DocsVerb(), "docs", dir.toString(), "--json")).isZero();

        JsonArray docs = JsonParser.parseString(io.out()).getAsJsonArray();
        assertThat(docs).hasSize(2);
        JsonObject memo = docs.get(0).getAsJsonObject();
        assertThat(memo.get("id").getAsString()).isEqualTo("ab12");
        assertThat(memo.get("title").getAsString()).isEqualTo("Memo");
        assertThat(memo.get("mediaType").getAsString()).isEqualTo("text/plain");
        assertThat(memo.get("language").getAsString()).isEqualTo("en");
        assertThat(memo.get("pages").getAsInt()).isZero();
        assertThat(memo.get("parentId").isJsonNull()).isTrue();
        assertThat(memo.getAsJsonArray("sources")).hasSize(2);
        assertThat(docs.get(1).getAsJsonObject().get("parentId").getAsString()).isEqualTo("ab12");
        assertThat(cases.calls).containsExactly("open " + dir, "close " + dir);
        assertThat(cases.open).isEmpty();
    }

    @Test
    void docsTextShowsALinePerDocumentAndItsSources() throws Exception {
        assertThat(run(new DocsVerb(), "docs", aCase().toString())).isZero();

        assertThat(io.out()).contains("ab12  text/plain  en  -  Memo").contains("    /in/copy.txt")
                .contains("cd34  application/pdf  de  3 pages  Report").contains("2 documents.");
    }

    @Test
    void textWritesTheStoredTextAsUtf8BytesWithNothingAdded() throws Exception {
        assertThat(run(new TextVerb(), "text", aCase().toString(), "AB12")).isZero();

        assertThat(io.out.toByteArray()).isEqualTo("Café\r\nno newline".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textOfAnUnknownDocumentFailsAndClosesTheCase() {
        Path dir = aCase();

        assertThatThrownBy(() -> run(new TextVerb(), "text", dir.toString(), "ffff"))
                .isInstanceOf(CliException.class).hasMessageContaining("no document ffff");
        assertThat(cases.open).isEmpty();
    }

    @Test
    void searchLimitIsCheckedAndDefaultsToTen() throws Exception {
        SearchVerb verb = new SearchVerb();
        assertThat(SearchVerb.limit(Arguments.parse("search", List.of(), verb.options()), "search")).isEqualTo(10);
        assertThat(SearchVerb.limit(Arguments.parse("search", List.of("--limit", "3"), verb.options()), "search"))
                .isEqualTo(3);
        for (String bad : List.of("0", "-2", "ten", "")) {
            assertThatThrownBy(() -> SearchVerb.limit(
                    Arguments.parse("search", List.of("--limit=" + bad), verb.options()), "search"))
                    .isInstanceOf(UsageException.class).hasMessageContaining("--limit");
        }
    }

    @Test
    void snippetsAreHighlightedWithBracketsOrBoldOnOneLine() {
        SearchResult.Snippet snippet = new SearchResult.Snippet(10, "the state\nvisit of a visitor",
                new int[] {4, 9, 10, 15});

        assertThat(SearchVerb.highlight(snippet, false)).isEqualTo("the [state] [visit] of a visitor");
        assertThat(SearchVerb.highlight(snippet, true))
                .isEqualTo("the \u001b[1mstate\u001b[0m \u001b[1mvisit\u001b[0m of a visitor");
        assertThat(SearchVerb.highlight(new SearchResult.Snippet(0, "abc", new int[] {2, 9}), false))
                .as("a range past the end is skipped").isEqualTo("abc");
    }

    @Test
    void searchJsonHasHitsWithSnippetTextAndHighlightRanges() {
        SearchResult result = new SearchResult(7, List.of(new SearchResult.Hit("ab12", "Memo", 1.5f,
                List.of(new SearchResult.Snippet(3, "a visit", new int[] {2, 7})))), Map.of(), 4);

        JsonObject json = SearchVerb.json("visit", result);

        assertThat(json.get("totalHits").getAsLong()).isEqualTo(7);
        JsonObject hit = json.getAsJsonArray("hits").get(0).getAsJsonObject();
        assertThat(hit.get("documentId").getAsString()).isEqualTo("ab12");
        assertThat(hit.get("title").getAsString()).isEqualTo("Memo");
        assertThat(hit.get("score").getAsFloat()).isEqualTo(1.5f);
        JsonObject snippet = hit.getAsJsonArray("snippets").get(0).getAsJsonObject();
        assertThat(snippet.get("text").getAsString()).isEqualTo("a visit");
        assertThat(snippet.get("start").getAsInt()).isEqualTo(3);
        assertThat(snippet.getAsJsonArray("highlights").toString()).isEqualTo("[[2,7]]");

        SearchVerb.print(io.output, result);
        assertThat(io.out()).contains("1. Memo  (ab12, score 1.50)").contains("    a [visit]")
                .contains("7 hits, showing 1 (4 ms).");
    }
}
