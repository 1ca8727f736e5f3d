package dev.ariadne.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The entity verbs of the exported headless product, run as processes: {@code entities} and {@code mentions} after an
 * import (extraction runs as an import stage), a correction with {@code undo}, {@code redo} and {@code ledger}, and
 * {@code eval} on a tiny evaluation set the test writes. The first two share one imported case (an import loads the
 * extraction engines, the slowest step), and the correction test leaves it as it found it.
 */
class EntitiesCommandLineTest {

    static final String ARTICLE = """
            Germany and Poland agree on border fund
            Date: 2024-03-12

            German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk in Warsaw on Tuesday. Scholz said \
            Germany would give 2 billion euros to the fund by March 2025. The United Nations welcomed the deal, \
            and the European Union said it would add 500 million euros.
            """;

    static final String SHORT = """
            France names new envoy
            Date: 2023-11-02

            President Emmanuel Macron sent a new envoy to Berlin on 1 November 2023. Macron met the envoy in Paris.
            """;

    static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "DATE", "QUANTITY", "EMAIL",
            "URL", "PHONE", "MISC");

    @TempDir
    static Path work;

    /** The case holding {@link #ARTICLE}, imported once for the tests that read and correct it. */
    static Path aCase;

    @BeforeAll
    static void importTheArticle() throws IOException {
        Path in = work.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("border.txt"), ARTICLE, StandardCharsets.UTF_8);
        Path folder = work.resolve("case");
        Run create = Run.headless(work, "case", "create", folder.toString());
        assertThat(create.exitCode()).as(create.describe()).isZero();
        Run imported = Run.headless(work, "import", folder.toString(), in.toString());
        assertThat(imported.exitCode()).as(imported.describe()).isZero();
        aCase = folder;
    }

    static JsonArray array(Run run) {
        assertThat(run.exitCode()).as(run.describe()).isZero();
        return JsonParser.parseString(run.out()).getAsJsonArray();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void entitiesAndMentionsAsJsonHaveTheirShapeAndOffsetsIntoTheText() {
        String id = sha256(ARTICLE);

        Run entitiesRun = Run.headless(work, "entities", aCase.toString(), "--json");
        JsonArray entities = array(entitiesRun);
        assertThat(entities).as("extraction runs during the import: " + entitiesRun.describe()).isNotEmpty();
        for (JsonElement element : entities) {
            JsonObject entity = element.getAsJsonObject();
            assertThat(entity.keySet()).containsExactlyInAnyOrder("id", "name", "type", "aliases", "mentions",
                    "documents", "firstDate", "lastDate");
            assertThat(entity.get("name").getAsString()).isNotBlank();
            assertThat(TYPES).contains(entity.get("type").getAsString());
            assertThat(entity.get("mentions").getAsInt()).isPositive();
            assertThat(entity.get("documents").getAsInt()).isEqualTo(1);
        }

        Run textRun = Run.headless(work, "text", aCase.toString(), id);
        assertThat(textRun.exitCode()).as(textRun.describe()).isZero();
        String text = textRun.out();
        Run mentionsRun = Run.headless(work, "mentions", aCase.toString(), "--doc", id, "--json");
        JsonArray mentions = array(mentionsRun);
        assertThat(mentions).as(mentionsRun.describe()).isNotEmpty();
        List<String> seen = new ArrayList<>();
        for (JsonElement element : mentions) {
            JsonObject m = element.getAsJsonObject();
            assertThat(m.keySet()).containsExactly("document", "start", "end", "text", "type", "entity");
            assertThat(m.get("document").getAsString()).isEqualTo(id);
            int start = m.get("start").getAsInt();
            int end = m.get("end").getAsInt();
            assertThat(text.substring(start, end)).as("offsets index the text of 'ariadne text'")
                    .isEqualTo(m.get("text").getAsString());
            assertThat(TYPES).contains(m.get("type").getAsString());
            assertThat(m.get("entity").getAsString()).isNotBlank();
            seen.add(m.get("type").getAsString() + " " + m.get("text").getAsString());
        }
        assertThat(seen).as(mentionsRun.describe()).contains("LOCATION Warsaw", "PERSON Olaf Scholz");
        assertThat(array(Run.headless(work, "mentions", aCase.toString(), "--json")))
                .as("all documents: here the one").hasSize(mentions.size());

        Run table = Run.headless(work, "entities", aCase.toString(), "--type", "loc", "--filter", "warsaw");
        assertThat(table.exitCode()).as(table.describe()).isZero();
        assertThat(table.out()).as(table.describe()).contains("LOCATION").contains("Warsaw").contains("1 entity.");

        Run extract = Run.headless(work, "extract", aCase.toString(), "--json");
        assertThat(extract.exitCode()).as(extract.describe()).isZero();
        JsonObject summary = JsonParser.parseString(extract.out()).getAsJsonObject();
        assertThat(summary.get("examined").getAsInt()).isEqualTo(1);
        assertThat(summary.get("seconds").getAsDouble()).isNotNegative();
        assertThat(summary.get("documents").getAsInt()).as("extracted during the import already").isZero();
        assertThat(summary.getAsJsonArray("failed")).isEmpty();
        assertThat(summary.getAsJsonArray("extractors")).as(extract.describe()).isNotEmpty();
        assertThat(summary.getAsJsonObject("entities").get("LOCATION").getAsInt()).isPositive();
    }

    @Test
    void aRenameAppliesAtOnceAndUndoAndRedoRevertAndRepeatIt() {
        JsonArray locations = array(Run.headless(work, "entities", aCase.toString(), "--type", "LOCATION", "--json",
                "--filter", "Warsaw"));
        assertThat(locations).isNotEmpty();
        String name = locations.get(0).getAsJsonObject().get("name").getAsString();

        Run rename = Run.headless(work, "rename", aCase.toString(), name, "Warszawa", "--type", "location");
        assertThat(rename.exitCode()).as(rename.describe()).isZero();
        assertThat(rename.out()).isEqualTo("Done: rename LOCATION '" + name + "' to 'Warszawa'.\n");
        JsonArray renamed = array(Run.headless(work, "entities", aCase.toString(), "--filter", "Warszawa",
                "--json"));
        assertThat(renamed).hasSize(1);
        assertThat(renamed.get(0).getAsJsonObject().get("name").getAsString()).isEqualTo("Warszawa");
        assertThat(Run.headless(work, "mentions", aCase.toString(), "--json").out())
                .contains("\"entity\": \"Warszawa\"");

        Run undo = Run.headless(work, "undo", aCase.toString());
        assertThat(undo.exitCode()).as(undo.describe()).isZero();
        assertThat(undo.out()).isEqualTo("Undone: rename LOCATION '" + name + "' to 'Warszawa'.\n");
        assertThat(array(Run.headless(work, "entities", aCase.toString(), "--filter", "Warszawa", "--json")))
                .isEmpty();
        assertThat(array(Run.headless(work, "ledger", aCase.toString(), "--json"))).isEmpty();

        Run redo = Run.headless(work, "redo", aCase.toString(), "--json");
        assertThat(redo.exitCode()).as(redo.describe()).isZero();
        assertThat(JsonParser.parseString(redo.out()).getAsJsonObject().getAsJsonObject("redone").get("newName")
                .getAsString()).isEqualTo("Warszawa");
        JsonArray ledger = array(Run.headless(work, "ledger", aCase.toString(), "--json"));
        assertThat(ledger).hasSize(1);
        assertThat(ledger.get(0).getAsJsonObject().get("kind").getAsString()).isEqualTo("rename");
        Run again = Run.headless(work, "undo", aCase.toString(), "--json");
        assertThat(JsonParser.parseString(again.out()).getAsJsonObject().getAsJsonObject("undone").get("kind")
                .getAsString()).as(again.describe()).isEqualTo("rename");

        Run unknown = Run.headless(work, "delete", aCase.toString(), "Atlantis");
        assertThat(unknown.exitCode()).as(unknown.describe()).isEqualTo(1);
        assertThat(unknown.err()).contains("ariadne delete: no entity is named 'Atlantis'");
        Run badType = Run.headless(work, "entities", aCase.toString(), "--type", "planet");
        assertThat(badType.exitCode()).as(badType.describe()).isEqualTo(2);
        assertThat(badType.err()).contains("--type must be one of PERSON");
    }

    @Test
    void evalScoresATinyEvaluationSetAndFindsTheDocumentsByTheirBytes() throws IOException {
        Path eval = work.resolve("eval");
        Files.createDirectories(eval.resolve("docs"));
        Files.createDirectories(eval.resolve("gold"));
        Files.writeString(eval.resolve("docs/border.txt"), ARTICLE, StandardCharsets.UTF_8);
        Files.writeString(eval.resolve("docs/envoy.txt"), SHORT, StandardCharsets.UTF_8);
        Files.writeString(eval.resolve("gold/border.json"), gold(ARTICLE, "PERSON Olaf Scholz=Olaf Scholz",
                "PERSON Donald Tusk=Donald Tusk", "LOCATION Warsaw=Warsaw"), StandardCharsets.UTF_8);
        Files.writeString(eval.resolve("gold/envoy.json"), gold(SHORT, "PERSON Emmanuel Macron=Emmanuel Macron",
                "LOCATION Berlin=Berlin", "LOCATION Paris=Paris", "DATE 1 November 2023=2023-11-01"),
                StandardCharsets.UTF_8);
        Path kept = work.resolve("eval-case");

        Run run = Run.headless(work, "eval", eval.toString(), "--json", "--verbose", "--case", kept.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(json.get("documents").getAsInt()).isEqualTo(2);
        assertThat(json.getAsJsonObject("types").keySet()).containsExactly("PERSON", "ORGANIZATION", "LOCATION",
                "DATE", "QUANTITY");
        JsonObject overlap = json.getAsJsonObject("overall").getAsJsonObject("overlap");
        assertThat(overlap.get("tp").getAsInt() + overlap.get("fn").getAsInt()).isEqualTo(7);
        assertThat(overlap.get("tp").getAsInt()).as("the easiest names are found: " + run.describe())
                .isGreaterThanOrEqualTo(4);
        assertThat(json.getAsJsonArray("targets")).hasSize(6);
        assertThat(json.getAsJsonArray("errors")).hasSize(2);
        assertThat(json.getAsJsonArray("problems").toString()).as("stored texts equal the files")
                .doesNotContain("differs").doesNotContain("not in the case");

        // The kept case holds the same predictions the score counted.
        int predicted = 0;
        for (String text : List.of(ARTICLE, SHORT)) {
            for (JsonElement m : array(Run.headless(work, "mentions", kept.toString(), "--doc", sha256(text),
                    "--json"))) {
                predicted += Set.of("PERSON", "ORGANIZATION", "LOCATION", "DATE", "QUANTITY")
                        .contains(m.getAsJsonObject().get("type").getAsString()) ? 1 : 0;
            }
        }
        assertThat(json.getAsJsonObject("overall").get("predicted").getAsInt()).isEqualTo(predicted);

        Run plain = Run.headless(work, "eval", eval.toString(), "--case", kept.toString());
        assertThat(plain.exitCode()).as(plain.describe()).isZero();
        assertThat(plain.out()).contains("Evaluated 2 documents").contains("overlap F1 overall")
                .containsPattern("(ok|MISSED)");
    }

    /** A gold file for {@code text} from {@code "TYPE span text=entity"} items, each at its first occurrence. */
    static String gold(String text, String... items) {
        JsonArray array = new JsonArray();
        for (String item : items) {
            String type = item.substring(0, item.indexOf(' '));
            String span = item.substring(item.indexOf(' ') + 1, item.indexOf('='));
            int start = text.indexOf(span);
            assertThat(start).as(span).isNotNegative();
            JsonObject o = new JsonObject();
            o.addProperty("start", start);
            o.addProperty("end", start + span.length());
            o.addProperty("text", span);
            o.addProperty("type", type);
            o.addProperty("entity", item.substring(item.indexOf('=') + 1));
            array.add(o);
        }
        return array.toString();
    }
}
