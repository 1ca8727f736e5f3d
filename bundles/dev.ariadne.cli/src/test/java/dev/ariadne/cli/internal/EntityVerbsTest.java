package dev.ariadne.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.ExtractionService;
import dev.ariadne.api.entities.Mention;
import dev.ariadne.api.entities.ResolvedMention;
import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.api.jobs.Job;

class EntityVerbsTest {

    @TempDir
    Path tmp;

    final TestIo io = new TestIo();
    final FakeCaseService cases = new FakeCaseService();
    final FakeEntityService entities = new FakeEntityService();
    boolean extractedAll;

    static final Entity SCHOLZ = new Entity("e1", "Olaf Scholz", EntityType.PERSON, List.of("Scholz"), 5, 2,
            Optional.of(LocalDate.of(2024, 5, 1)), Optional.of(LocalDate.of(2024, 6, 2)));
    static final Entity GEORGIA_PLACE = new Entity("e2", "Georgia", EntityType.LOCATION, List.of(), 3, 1,
            Optional.empty(), Optional.empty());
    static final Entity GEORGIA_PERSON = new Entity("e3", "Georgia", EntityType.PERSON, List.of("Georgie"), 1, 1,
            Optional.empty(), Optional.empty());
    static final Entity TBILISI = new Entity("e4", "Tbilisi", EntityType.LOCATION, List.of("Tiflis"), 2, 1,
            Optional.empty(), Optional.empty());

    final DocumentStore store = new DocumentStore() {
        @Override
        public int count(Case aCase) {
            return 1;
        }

        @Override
        public List<Document> list(Case aCase, int offset, int limit) {
            return List.of();
        }

        @Override
        public Optional<Document> get(Case aCase, String documentId) {
            return documentId.equals("d1") ? Optional.of(new Document("d1", new DocumentMetadata("Memo", List.of(),
                    Optional.empty(), Optional.empty(), "text/plain", "en", 0, 10), List.of("/m.txt"),
                    Optional.empty(), Set.of())) : Optional.empty();
        }

        @Override
        public Optional<DocumentText> text(Case aCase, String documentId) {
            return Optional.empty();
        }

        @Override
        public List<Document> children(Case aCase, String documentId) {
            return List.of();
        }

        @Override
        public void markStage(Case aCase, String documentId, String stage) {
        }
    };

    final ExtractionService extraction = new ExtractionService() {
        @Override
        public Job<Integer> extract(Case aCase, boolean all) {
            extractedAll = all;
            return new DoneJob<>("Extract entities", 2, 3,
                    List.of(new ItemError("d9", "time budget ran out", Instant.EPOCH)));
        }

        @Override
        public List<String> extractors() {
            return List.of("rules/1.0", "nlp4j/1.1.3");
        }
    };

    final Services services = new Services() {
        @Override
        public <T> T require(Class<T> type, String what) {
            Object service = type == EntityService.class ? entities
                    : type == DocumentStore.class ? store
                    : type == ExtractionService.class ? extraction : cases;
            return type.cast(service);
        }
    };

    Path aCase() {
        Path dir = tmp.resolve("case");
        cases.cases.put(dir, new CaseInfo(dir, "id", "Case", Instant.EPOCH, 1, false, Optional.empty(), 0));
        entities.entities.addAll(List.of(SCHOLZ, GEORGIA_PLACE, GEORGIA_PERSON, TBILISI));
        return dir;
    }

    int run(Verb verb, String name, String... args) throws CliException {
        return verb.run(Arguments.parse(name, List.of(args), verb.options()), new Invocation(name, io.output, services));
    }

    @Test
    void typesAreReadInAnyCaseOrByAnUnambiguousStart() throws UsageException {
        assertThat(EntityViews.type("person", "--type", "x")).isEqualTo(EntityType.PERSON);
        assertThat(EntityViews.type("ORG", "--type", "x")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(EntityViews.type(" loc ", "--type", "x")).isEqualTo(EntityType.LOCATION);
        for (String bad : List.of("p", "planet", "")) {
            assertThatThrownBy(() -> EntityViews.type(bad, "--type", "x")).isInstanceOf(UsageException.class)
                    .hasMessageContaining("PERSON, ORGANIZATION");
        }
    }

    @Test
    void entitiesJsonHasEveryFieldAndHonoursTypeFilterAndLimit() throws Exception {
        Path dir = aCase();

        assertThat(run(new EntitiesVerb(), "entities", dir.toString(), "--json", "--type", "per")).isZero();

        JsonArray array = JsonParser.parseString(io.out()).getAsJsonArray();
        assertThat(array).hasSize(2);
        JsonObject scholz = array.get(0).getAsJsonObject();
        assertThat(scholz.keySet()).containsExactlyInAnyOrder("id", "name", "type", "aliases", "mentions",
                "documents", "firstDate", "lastDate");
        assertThat(scholz.get("id").getAsString()).isEqualTo("e1");
        assertThat(scholz.get("name").getAsString()).isEqualTo("Olaf Scholz");
        assertThat(scholz.get("type").getAsString()).isEqualTo("PERSON");
        assertThat(scholz.getAsJsonArray("aliases").toString()).isEqualTo("[\"Scholz\"]");
        assertThat(scholz.get("mentions").getAsInt()).isEqualTo(5);
        assertThat(scholz.get("documents").getAsInt()).isEqualTo(2);
        assertThat(scholz.get("firstDate").getAsString()).isEqualTo("2024-05-01");
        assertThat(array.get(1).getAsJsonObject().get("lastDate").isJsonNull()).isTrue();
        assertThat(cases.open).isEmpty();

        io.out.reset();
        run(new EntitiesVerb(), "entities", dir.toString(), "--json", "--filter", "tifl", "--limit", "1");
        assertThat(JsonParser.parseString(io.out()).getAsJsonArray()).hasSize(1);
        assertThat(entities.calls).contains("entities null 'tifl' 0 1");
    }

    @Test
    void entitiesAreReadPageByPageUpToTheLimit() throws Exception {
        Path dir = aCase();
        for (int i = 0; i < 2500; i++) {
            entities.entities.add(new Entity("x" + i, "Name " + i, EntityType.MISC, List.of(), 1, 1,
                    Optional.empty(), Optional.empty()));
        }

        run(new EntitiesVerb(), "entities", dir.toString(), "--type", "misc", "--limit", "2100");

        assertThat(entities.calls).containsSubsequence("entities MISC '' 0 1000", "entities MISC '' 1000 1000",
                "entities MISC '' 2000 100");
        assertThat(io.out()).contains("Showing 2,100 of 2,500 entities.");
        assertThatThrownBy(() -> EntitiesVerb.limit(Optional.of("0"), "entities"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--limit");
        assertThat(EntitiesVerb.limit(Optional.empty(), "entities")).isEqualTo(EntitiesVerb.MAX_LIMIT);
    }

    @Test
    void entitiesTableShowsAlignedRowsAndTheCount() throws Exception {
        run(new EntitiesVerb(), "entities", aCase().toString());

        String[] lines = io.out().split("\n");
        assertThat(lines[0]).startsWith("ID").contains("TYPE").contains("MENTIONS").contains("NAME")
                .contains("ALIASES");
        assertThat(lines[1]).startsWith("e1").contains("PERSON").contains("Olaf Scholz").endsWith("Scholz");
        assertThat(lines[1].indexOf("Olaf Scholz")).isEqualTo(lines[0].indexOf("NAME"));
        assertThat(io.out()).endsWith("4 entities.\n");
    }

    @Test
    void mentionsJsonHasExactlyTheSixFieldsOfTheContract() throws Exception {
        Path dir = aCase();
        entities.mentions.add(new ResolvedMention(new Mention("d1", 10, 16, "Scholz", EntityType.PERSON, 0.9, null,
                "rules/1"), "e1", "Olaf Scholz", null));
        entities.mentions.add(new ResolvedMention(new Mention("d2", 0, 6, "Moscow", EntityType.LOCATION, 0.9, null,
                "rules/1"), "e9", "Moscow", "Russia"));

        assertThat(run(new MentionsVerb(), "mentions", dir.toString(), "--doc", "D1", "--json")).isZero();

        JsonArray array = JsonParser.parseString(io.out()).getAsJsonArray();
        assertThat(array).hasSize(1);
        JsonObject m = array.get(0).getAsJsonObject();
        assertThat(m.keySet()).containsExactly("document", "start", "end", "text", "type", "entity");
        assertThat(m.get("document").getAsString()).isEqualTo("d1");
        assertThat(m.get("start").getAsInt()).isEqualTo(10);
        assertThat(m.get("end").getAsInt()).isEqualTo(16);
        assertThat(m.get("text").getAsString()).isEqualTo("Scholz");
        assertThat(m.get("type").getAsString()).isEqualTo("PERSON");
        assertThat(m.get("entity").getAsString()).isEqualTo("Olaf Scholz");

        io.out.reset();
        run(new MentionsVerb(), "mentions", dir.toString());
        assertThat(entities.calls).contains("mentions null");
        assertThat(io.out()).contains("Document d1\n").contains("10-16").contains("'Scholz'  → Olaf Scholz")
                .contains("'Moscow'  → Moscow (for Russia)").contains("2 mentions.");
    }

    @Test
    void mentionsOfAnUnknownDocumentFailAndCloseTheCase() {
        Path dir = aCase();

        assertThatThrownBy(() -> run(new MentionsVerb(), "mentions", dir.toString(), "--doc", "ffff"))
                .isInstanceOf(CliException.class).hasMessageContaining("no document ffff");
        assertThat(cases.open).isEmpty();
    }

    @Test
    void anAmbiguousNameWithoutTypeIsAUsageErrorListingTheTypes() {
        Path dir = aCase();

        assertThatThrownBy(() -> run(new RenameVerb(), "rename", dir.toString(), "georgia", "Sakartvelo"))
                .isInstanceOf(UsageException.class).hasMessageContaining("'georgia' names entities of 2 types")
                .hasMessageContaining("PERSON").hasMessageContaining("LOCATION").hasMessageContaining("--type");
        assertThat(entities.ledger).isEmpty();
        assertThat(cases.open).isEmpty();
    }

    @Test
    void renameFindsTheEntityByAliasAndRecordsItsCanonicalName() throws Exception {
        Path dir = aCase();

        assertThat(run(new RenameVerb(), "rename", dir.toString(), "scholz", "Olaf Scholz (SPD)")).isZero();

        assertThat(entities.ledger).containsExactly(new Correction.Rename("Olaf Scholz", EntityType.PERSON,
                "Olaf Scholz (SPD)"));
        assertThat(io.out()).isEqualTo("Done: rename PERSON 'Olaf Scholz' to 'Olaf Scholz (SPD)'.\n");

        io.out.reset();
        run(new RenameVerb(), "rename", dir.toString(), "Georgia", "Sakartvelo", "--type", "location", "--json");
        JsonObject json = JsonParser.parseString(io.out()).getAsJsonObject();
        assertThat(json.get("kind").getAsString()).isEqualTo("rename");
        assertThat(json.get("type").getAsString()).isEqualTo("LOCATION");
        assertThat(json.get("newName").getAsString()).isEqualTo("Sakartvelo");
    }

    @Test
    void anUnknownNameFailsWithExitCodeOne() {
        Path dir = aCase();

        assertThatThrownBy(() -> run(new DeleteVerb(), "delete", dir.toString(), "Atlantis"))
                .isInstanceOf(CliException.class).hasMessageContaining("no entity is named 'Atlantis'")
                .extracting(e -> ((CliException) e).exitCode()).isEqualTo(1);
        assertThatThrownBy(() -> run(new DeleteVerb(), "delete", dir.toString(), "Tbilisi", "--type", "person"))
                .isInstanceOf(CliException.class).hasMessageContaining("no PERSON entity is named 'Tbilisi'");
    }

    @Test
    void argumentsAreCheckedBeforeTheCaseIsOpened() {
        Path dir = aCase();

        assertThatThrownBy(() -> run(new RenameVerb(), "rename", dir.toString(), "Scholz"))
                .isInstanceOf(UsageException.class).hasMessageContaining("<new-name>");
        assertThatThrownBy(() -> run(new MergeVerb(), "merge", dir.toString(), "Tbilisi"))
                .isInstanceOf(UsageException.class).hasMessageContaining("<other>");
        assertThatThrownBy(() -> run(new SplitVerb(), "split", dir.toString(), "Tbilisi", "Tiflis"))
                .isInstanceOf(UsageException.class).hasMessageContaining("<alias>");
        assertThatThrownBy(() -> run(new RetypeVerb(), "retype", dir.toString(), "Tbilisi", "city"))
                .isInstanceOf(UsageException.class).hasMessageContaining("<new-type> must be one of");
        assertThatThrownBy(() -> run(new DeleteVerb(), "delete", dir.toString(), "Tbilisi", "extra"))
                .isInstanceOf(UsageException.class).hasMessageContaining("unexpected argument 'extra'");
        assertThatThrownBy(() -> run(new DeleteVerb(), "delete", dir.toString(), "Tbilisi", "--type", "town"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--type must be one of");
        assertThat(cases.calls).isEmpty();
    }

    @Test
    void retypeMergeSplitAndDeleteMakeTheirCorrections() throws Exception {
        Path dir = aCase();

        run(new RetypeVerb(), "retype", dir.toString(), "Georgie", "loc");
        run(new MergeVerb(), "merge", dir.toString(), "Georgia", "tiflis", "Tbilisi", "--type", "LOCATION");
        run(new SplitVerb(), "split", dir.toString(), "Olaf Scholz", "Scholz senior", "Scholz", "Herr Scholz");
        run(new DeleteVerb(), "delete", dir.toString(), "Olaf Scholz", "--type", "PERSON");

        assertThat(entities.ledger).containsExactly(
                new Correction.Retype("Georgia", EntityType.PERSON, EntityType.LOCATION),
                new Correction.Merge(EntityType.LOCATION, "Georgia", List.of("Tbilisi")),
                new Correction.Split("Olaf Scholz", EntityType.PERSON, "Scholz senior", List.of("Scholz",
                        "Herr Scholz")),
                new Correction.Delete("Olaf Scholz", EntityType.PERSON));
        assertThat(io.err()).as("an alias the entity does not go by is warned about")
                .contains("not known by the alias 'Herr Scholz'").doesNotContain("alias 'Scholz'");
        assertThat(io.out()).contains("Done: merge LOCATION 'Tbilisi' into 'Georgia'.")
                .contains("Done: delete PERSON 'Olaf Scholz'.");
    }

    @Test
    void mergingAnEntityOfAnotherTypeOrItselfFails() {
        Path dir = aCase();

        assertThatThrownBy(() -> run(new MergeVerb(), "merge", dir.toString(), "Tbilisi", "Olaf Scholz"))
                .isInstanceOf(CliException.class).hasMessageContaining("must be of its type LOCATION");
        assertThatThrownBy(() -> run(new MergeVerb(), "merge", dir.toString(), "Tbilisi", "Tiflis"))
                .isInstanceOf(CliException.class).hasMessageContaining("is already 'Tbilisi'");
        assertThatThrownBy(() -> run(new RetypeVerb(), "retype", dir.toString(), "Tbilisi", "location"))
                .isInstanceOf(CliException.class).hasMessageContaining("already of type LOCATION");
        assertThat(entities.ledger).isEmpty();
    }

    @Test
    void aCorrectionTheServiceRefusesFailsWithItsReason() {
        Path dir = aCase();
        entities.entities.add(new Entity("e5", "Locked", EntityType.MISC, List.of(), 1, 1, Optional.empty(),
                Optional.empty()));

        assertThatThrownBy(() -> run(new DeleteVerb(), "delete", dir.toString(), "Locked"))
                .isInstanceOf(CliException.class).hasMessageContaining("could not delete MISC 'Locked'")
                .hasMessageContaining("the ledger is read-only");
        assertThat(cases.open).isEmpty();
    }

    @Test
    void undoAndRedoSayWhatTheyDidOrThatThereWasNothing() throws Exception {
        Path dir = aCase();
        assertThat(run(new UndoVerb(), "undo", dir.toString())).isZero();
        assertThat(io.out()).isEqualTo("Nothing to undo.\n");
        run(new DeleteVerb(), "delete", dir.toString(), "Tbilisi");
        io.out.reset();

        run(new UndoVerb(), "undo", dir.toString());
        assertThat(io.out()).isEqualTo("Undone: delete LOCATION 'Tbilisi'.\n");
        assertThat(entities.ledger).isEmpty();

        io.out.reset();
        run(new RedoVerb(), "redo", dir.toString(), "--json");
        JsonObject json = JsonParser.parseString(io.out()).getAsJsonObject();
        assertThat(json.getAsJsonObject("redone").get("kind").getAsString()).isEqualTo("delete");
        assertThat(json.getAsJsonObject("redone").get("entity").getAsString()).isEqualTo("Tbilisi");
        io.out.reset();
        run(new RedoVerb(), "redo", dir.toString(), "--json");
        assertThat(JsonParser.parseString(io.out()).getAsJsonObject().get("redone").isJsonNull()).isTrue();
    }

    @Test
    void ledgerListsExportsAndImports() throws Exception {
        Path dir = aCase();
        run(new DeleteVerb(), "delete", dir.toString(), "Tbilisi");
        run(new RenameVerb(), "rename", dir.toString(), "Scholz", "O. Scholz");
        io.out.reset();

        run(new LedgerVerb(), "ledger", dir.toString());
        assertThat(io.out()).isEqualTo("1. delete LOCATION 'Tbilisi'\n2. rename PERSON 'Olaf Scholz' to"
                + " 'O. Scholz'\n2 corrections in force.\n");

        Path file = tmp.resolve("ledger.json");
        run(new LedgerVerb(), "ledger", dir.toString(), "--export", file.toString());
        assertThat(Files.readString(file)).isEqualTo("{\"corrections\":2}");
        assertThat(io.err()).contains("Wrote 2 corrections to " + file);

        io.out.reset();
        run(new LedgerVerb(), "ledger", dir.toString(), "--export", "-");
        io.output.out().println(" still open");
        assertThat(io.out()).isEqualTo("{\"corrections\":2} still open\n");

        io.out.reset();
        run(new LedgerVerb(), "ledger", dir.toString(), "--import", file.toString(), "--json");
        assertThat(entities.imported).isEqualTo("{\"corrections\":2}");
        assertThat(JsonParser.parseString(io.out()).getAsJsonObject().get("applied").getAsInt()).isEqualTo(2);

        assertThatThrownBy(() -> run(new LedgerVerb(), "ledger", dir.toString(), "--import", "a", "--export", "b"))
                .isInstanceOf(UsageException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> run(new LedgerVerb(), "ledger", dir.toString(), "--import",
                tmp.resolve("missing.json").toString())).isInstanceOf(CliException.class)
                .hasMessageContaining("could not import the ledger");
    }

    @Test
    void ledgerJsonListsEveryCorrectionWithItsKindAndDescription() throws Exception {
        Path dir = aCase();
        run(new MergeVerb(), "merge", dir.toString(), "Tbilisi", "Georgia", "--type", "LOCATION");
        io.out.reset();

        run(new LedgerVerb(), "ledger", dir.toString(), "--json");

        JsonObject merge = JsonParser.parseString(io.out()).getAsJsonArray().get(0).getAsJsonObject();
        assertThat(merge.get("kind").getAsString()).isEqualTo("merge");
        assertThat(merge.get("into").getAsString()).isEqualTo("Tbilisi");
        assertThat(merge.getAsJsonArray("others").toString()).isEqualTo("[\"Georgia\"]");
        assertThat(merge.get("description").getAsString()).isEqualTo("merge LOCATION 'Georgia' into 'Tbilisi'");
    }

    @Test
    void extractRunsTheJobAndSummarisesExtractorsFailuresAndEntities() throws Exception {
        Path dir = aCase();

        assertThat(run(new ExtractVerb(), "extract", dir.toString(), "--all")).isZero();

        assertThat(extractedAll).isTrue();
        assertThat(io.out()).contains("Extractors: rules/1.0, nlp4j/1.1.3")
                .contains("Documents extracted 2 of 3 examined, failed 1.")
                .contains("  failed: d9: time budget ran out")
                .contains("Entities: PERSON 2, LOCATION 2; 4 in all.");
        assertThat(io.err()).as("the progress printer's summary").isNotEmpty();

        io.out.reset();
        run(new ExtractVerb(), "extract", dir.toString(), "--json");
        assertThat(extractedAll).isFalse();
        JsonObject json = JsonParser.parseString(io.out()).getAsJsonObject();
        assertThat(json.get("documents").getAsInt()).isEqualTo(2);
        assertThat(json.get("examined").getAsInt()).isEqualTo(3);
        assertThat(json.getAsJsonArray("extractors")).hasSize(2);
        assertThat(json.getAsJsonArray("failed").get(0).getAsJsonObject().get("reason").getAsString())
                .isEqualTo("time budget ran out");
        assertThat(json.getAsJsonObject("entities").get("PERSON").getAsInt()).isEqualTo(2);
        assertThat(new String(io.out.toByteArray(), StandardCharsets.UTF_8)).startsWith("{");
    }

    @Test
    void helpTextsKeepToOneHundredColumnsAndNameEveryOption() {
        for (Verb verb : List.of(new EntitiesVerb(), new MentionsVerb(), new RenameVerb(), new RetypeVerb(),
                new MergeVerb(), new SplitVerb(), new DeleteVerb(), new UndoVerb(), new RedoVerb(), new LedgerVerb(),
                new ExtractVerb(), new EvalVerb())) {
            String help = verb.help();
            assertThat(help.lines()).as(verb.getClass().getSimpleName()).allMatch(line -> line.length() <= 100);
            for (String option : verb.options().flags()) {
                assertThat(help).as(verb.getClass().getSimpleName()).contains("--" + option);
            }
            for (String option : verb.options().values()) {
                assertThat(help).as(verb.getClass().getSimpleName()).contains("--" + option);
            }
        }
    }
}
