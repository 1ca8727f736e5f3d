package dev.ariadne.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.ExtractionService;
import dev.ariadne.api.entities.Mention;
import dev.ariadne.api.entities.ResolvedMention;
import dev.ariadne.api.importing.ImportService;
import dev.ariadne.api.importing.ImportSummary;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.cli.internal.eval.GoldFiles;

class EvalVerbTest {

    static final String TEXT = "Olaf Scholz met Tusk in Warsaw.";

    @TempDir
    Path tmp;

    final TestIo io = new TestIo();
    final FakeCaseService cases = new FakeCaseService();
    final FakeEntityService entities = new FakeEntityService();
    final List<Path> imported = new ArrayList<>();
    final List<Case> importedInto = new ArrayList<>();
    int extractions;

    final ImportService importer = (aCase, paths, options) -> {
        importedInto.add(aCase);
        imported.addAll(paths);
        return new DoneJob<>("Import", new ImportSummary(paths.size(), 0, 0, List.of()), paths.size(), List.of());
    };

    final ExtractionService extraction = new ExtractionService() {
        @Override
        public Job<String> extract(Case aCase, boolean all) {
            extractions++;
            return new DoneJob<>("Extract", "ok", 0, List.of());
        }

        @Override
        public List<String> extractors() {
            return List.of("rules/1");
        }
    };

    final DocumentStore store = new DocumentStore() {
        @Override
        public int count(Case aCase) {
            return 0;
        }

        @Override
        public List<Document> list(Case aCase, int offset, int limit) {
            return List.of();
        }

        @Override
        public Optional<Document> get(Case aCase, String documentId) {
            return Optional.empty();
        }

        @Override
        public Optional<DocumentText> text(Case aCase, String documentId) {
            return documentId.equals(GoldFiles.sha256(TEXT.getBytes(StandardCharsets.UTF_8)))
                    ? Optional.of(new DocumentText(documentId, TEXT, List.of())) : Optional.empty();
        }

        @Override
        public List<Document> children(Case aCase, String documentId) {
            return List.of();
        }

        @Override
        public void markStage(Case aCase, String documentId, String stage) {
        }
    };

    final Services services = new Services() {
        @Override
        public <T> T require(Class<T> type, String what) {
            Object service = type == EntityService.class ? entities
                    : type == DocumentStore.class ? store
                    : type == ExtractionService.class ? extraction
                    : type == ImportService.class ? importer : cases;
            return type.cast(service);
        }
    };

    Path evalSet() throws IOException {
        Path dir = tmp.resolve("eval");
        Files.createDirectories(dir.resolve("docs"));
        Files.createDirectories(dir.resolve("gold"));
        Files.writeString(dir.resolve("docs/meeting.txt"), TEXT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("docs/ungraded.txt"), "No gold here.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("gold/meeting.json"), """
                [{"start":0,"end":11,"text":"Olaf Scholz","type":"PERSON","entity":"Olaf Scholz"},
                 {"start":16,"end":20,"text":"Tusk","type":"PERSON","entity":"Donald Tusk"},
                 {"start":24,"end":30,"text":"Warsaw","type":"LOCATION","entity":"Warsaw"}]
                """, StandardCharsets.UTF_8);
        String id = GoldFiles.sha256(TEXT.getBytes(StandardCharsets.UTF_8));
        mention(id, 0, 11, EntityType.PERSON, "Olaf Scholz");
        mention(id, 16, 20, EntityType.PERSON, "Donald Tusk");
        mention(id, 21, 30, EntityType.LOCATION, "Warsaw");
        mention(id, 0, 4, EntityType.EMAIL, "x@y");
        return dir;
    }

    void mention(String document, int start, int end, EntityType type, String entity) {
        entities.mentions.add(new ResolvedMention(new Mention(document, start, end, TEXT.substring(start, end), type,
                1, null, "test/1"), entity, entity, null));
    }

    int run(String... args) throws CliException {
        EvalVerb verb = new EvalVerb();
        return verb.run(Arguments.parse("eval", List.of(args), verb.options()), new Invocation("eval", io.output,
                services));
    }

    @Test
    void scoresTheImportedDocumentsInATemporaryCaseAndDeletesIt() throws Exception {
        Path dir = evalSet();

        assertThat(run(dir.toString(), "--verbose")).isZero();

        assertThat(imported).extracting(p -> p.getFileName().toString()).containsExactly("meeting.txt",
                "ungraded.txt");
        assertThat(extractions).as("extraction of what the import left out").isEqualTo(1);
        Path caseFolder = importedInto.get(0).folder();
        assertThat(cases.calls.get(0)).startsWith("create ");
        assertThat(cases.open).isEmpty();
        assertThat(caseFolder.getParent()).as("the temporary case is deleted").doesNotExist();
        String out = io.out();
        assertThat(out).startsWith("Extractors: rules/1\n");
        assertThat(out).contains("Evaluated 1 document: 3 gold mentions, 3 predicted.\n"
                + "Import and extraction of 9 words took ").contains(" words/s.");
        assertThat(out).containsPattern("PERSON +2 +2 +1\\.000 +1\\.000 +1\\.000 +1\\.000 +1\\.000 +1\\.000");
        assertThat(out).containsPattern("LOCATION +1 +1 +0\\.000 +0\\.000 +0\\.000 +1\\.000 +1\\.000 +1\\.000");
        assertThat(out).containsPattern("overall +3 +3 +0\\.667 +0\\.667 +0\\.667 +1\\.000 +1\\.000 +1\\.000");
        assertThat(out).contains("Entity clustering (B-cubed over 3 matched mentions): P 1.000  R 1.000  F1 1.000");
        assertThat(out).containsPattern("overlap F1 overall +>= 0\\.95 +1\\.000  ok");
        assertThat(out).containsPattern("exact F1 overall +>= 0\\.92 +0\\.667  MISSED");
        assertThat(out).contains("Document meeting (").contains("boundary  LOCATION     [24, 30) 'Warsaw'"
                + "   predicted [21, 30) 'in Warsaw'");
        assertThat(out).contains("ungraded.txt has no gold file and is not scored");
        assertThat(EvalVerb.words("Olaf Scholz met Tusk in Warsaw, on 1.2.")).as("1 and 2 are two runs").isEqualTo(9);
    }

    @Test
    void jsonHasCountsPerTypeOverallClusteringTargetsAndErrors() throws Exception {
        Path dir = evalSet();

        run(dir.toString(), "--json", "--verbose");

        JsonObject json = JsonParser.parseString(io.out()).getAsJsonObject();
        assertThat(json.get("documents").getAsInt()).isEqualTo(1);
        assertThat(json.get("words").getAsInt()).as("of both documents").isEqualTo(6 + 3);
        JsonObject location = json.getAsJsonObject("types").getAsJsonObject("LOCATION");
        assertThat(location.getAsJsonObject("exact").get("fp").getAsInt()).isEqualTo(1);
        assertThat(location.getAsJsonObject("overlap").get("f1").getAsDouble()).isEqualTo(1.0);
        assertThat(json.getAsJsonObject("types").keySet()).containsExactly("PERSON", "ORGANIZATION", "LOCATION",
                "DATE", "QUANTITY");
        assertThat(json.getAsJsonObject("overall").getAsJsonObject("exact").get("f1").getAsDouble())
                .isEqualTo(0.6667);
        assertThat(json.getAsJsonObject("clustering").get("f1").getAsDouble()).isEqualTo(1.0);
        assertThat(json.getAsJsonArray("targets")).hasSize(6);
        JsonObject exactTarget = json.getAsJsonArray("targets").get(5).getAsJsonObject();
        assertThat(exactTarget.get("name").getAsString()).isEqualTo("exact F1 overall");
        assertThat(exactTarget.get("ok").getAsBoolean()).isFalse();
        JsonObject errors = json.getAsJsonArray("errors").get(0).getAsJsonObject();
        assertThat(errors.getAsJsonArray("boundary")).hasSize(1);
        assertThat(errors.getAsJsonArray("missed")).isEmpty();
        assertThat(json.getAsJsonArray("problems")).hasSize(1);
        assertThat(json.getAsJsonArray("extractors").toString()).isEqualTo("[\"rules/1\"]");
    }

    @Test
    void checkFailsWhenATargetIsMissedAndAGivenCaseIsCreatedAndKept() throws Exception {
        Path dir = evalSet();
        Path kept = tmp.resolve("kept");

        assertThatThrownBy(() -> run(dir.toString(), "--check", "--case", kept.toString()))
                .isInstanceOf(CliException.class).hasMessage("targets missed: exact F1 overall");

        assertThat(cases.calls).startsWith("inspect " + kept, "create " + kept + " null");
        assertThat(kept).isDirectory();
        assertThat(cases.open).isEmpty();
    }

    @Test
    void aFolderWithoutGoldIsRefusedBeforeAnyCaseIsMade() throws IOException {
        Path dir = tmp.resolve("empty");
        Files.createDirectories(dir.resolve("docs"));

        assertThatThrownBy(() -> run(dir.toString())).isInstanceOf(CliException.class)
                .hasMessageContaining("no document with a gold file");
        assertThatThrownBy(() -> run(tmp.resolve("nowhere").toString())).isInstanceOf(CliException.class)
                .hasMessageContaining("holds no docs/ folder");
        assertThat(cases.calls).isEmpty();
    }
}
