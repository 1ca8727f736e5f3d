package dev.ariadne.extract.internal;

import static dev.ariadne.api.entities.EntityType.LOCATION;
import static dev.ariadne.api.entities.EntityType.ORGANIZATION;
import static dev.ariadne.api.entities.EntityType.PERSON;
import static dev.ariadne.extract.internal.Texts.document;
import static dev.ariadne.extract.internal.Texts.phrases;
import static dev.ariadne.extract.internal.Texts.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.Mention;
import dev.ariadne.api.undo.UndoService;
import dev.ariadne.api.undo.UndoableChange;

/** Corrections on an H2 case: applied case-wide, undone, redone, replayed on later documents, exported. */
class LedgerTest {

    static final String T1 = "Angela Merkel met Apple in Paris. Merkel and Nokia talked. Paris was calm.";
    static final String T2 = "Merkel visited Apple and Nokia near Paris.";

    @TempDir
    Path work;
    TestCase aCase;
    EntityStore store;
    ExtractionEngine engine;
    EntityServiceImpl service;

    @BeforeEach
    void start() throws Exception {
        aCase = new TestCase(work.resolve("a"));
        store = new EntityStore();
        engine = new ExtractionEngine(store, new ExtractionEngine.Settings(5_000_000_000L, 200_000));
        engine.add(phrases("Angela Merkel", PERSON, "Merkel", PERSON, "Apple", ORGANIZATION, "Nokia", ORGANIZATION,
                "Paris", LOCATION), "phrases", "1", 100);
        service = new EntityServiceImpl(store);
        engine.extract(aCase, document("d1", "2024-01-01T00:00:00Z"), text("d1", T1));
    }

    @AfterEach
    void stop() throws Exception {
        engine.deactivate();
        aCase.close();
    }

    private List<String> names(Case c) {
        return service.entities(c, null, "", 0, 100).stream()
                .map(e -> e.name() + ":" + e.type() + ":" + e.mentions()).sorted().toList();
    }

    @Test
    void renameAppliesCaseWideUndoesAndRedoes() throws Exception {
        service.correct(aCase, new Correction.Rename("Paris", LOCATION, "Paris, France"));
        assertThat(names(aCase)).contains("Paris, France:LOCATION:2").noneMatch(n -> n.startsWith("Paris:"));
        assertThat(service.find(aCase, "Paris", LOCATION)).map(Entity::name).contains("Paris, France");
        assertThat(service.undo(aCase)).containsInstanceOf(Correction.Rename.class);
        assertThat(names(aCase)).contains("Paris:LOCATION:2");
        assertThat(service.redo(aCase)).isPresent();
        assertThat(names(aCase)).contains("Paris, France:LOCATION:2");
        assertThat(service.redo(aCase)).isEmpty();
        // a later document follows the ledger
        engine.extract(aCase, document("d2", null), text("d2", T2));
        assertThat(names(aCase)).contains("Paris, France:LOCATION:3");
    }

    @Test
    void deleteHidesTheEntityNowAndInLaterDocuments() throws Exception {
        service.correct(aCase, new Correction.Delete("Apple", ORGANIZATION));
        assertThat(service.find(aCase, "Apple", ORGANIZATION)).isEmpty();
        engine.extract(aCase, document("d2", null), text("d2", T2));
        assertThat(service.find(aCase, "Apple", ORGANIZATION)).isEmpty();
        assertThat(service.mentions(aCase, "d2")).extracting(m -> m.mention().text())
                .containsExactly("Merkel", "Nokia", "Paris");
        service.undo(aCase);
        assertThat(service.find(aCase, "Apple", ORGANIZATION)).map(Entity::mentions).contains(2);
    }

    @Test
    void mergeRetypeAndSplit() throws Exception {
        service.correct(aCase, new Correction.Merge(ORGANIZATION, "Nokia", List.of("Apple")));
        assertThat(names(aCase)).contains("Nokia:ORGANIZATION:2").noneMatch(n -> n.startsWith("Apple"));
        assertThat(service.find(aCase, "Nokia", ORGANIZATION).orElseThrow().aliases()).contains("Apple");
        service.correct(aCase, new Correction.Split("Nokia", ORGANIZATION, "Apple Inc.", List.of("Apple")));
        assertThat(names(aCase)).contains("Nokia:ORGANIZATION:1", "Apple Inc.:ORGANIZATION:1");
        service.correct(aCase, new Correction.Retype("Paris", LOCATION, PERSON));
        assertThat(names(aCase)).contains("Paris:PERSON:2");
        assertThat(service.mentions(aCase, "d1")).filteredOn(m -> m.mention().text().equals("Paris"))
                .allMatch(m -> m.mention().type() == PERSON);
        // the new document sees all three
        engine.extract(aCase, document("d2", null), text("d2", T2));
        assertThat(names(aCase)).contains("Nokia:ORGANIZATION:2", "Apple Inc.:ORGANIZATION:2", "Paris:PERSON:3");
        // undo all three in turn
        service.undo(aCase);
        service.undo(aCase);
        service.undo(aCase);
        assertThat(names(aCase)).contains("Apple:ORGANIZATION:2", "Nokia:ORGANIZATION:2", "Paris:LOCATION:3");
        assertThat(service.ledger(aCase)).isEmpty();
        // a new correction drops the redo stack
        service.correct(aCase, new Correction.Delete("Nokia", ORGANIZATION));
        assertThat(service.redo(aCase)).isEmpty();
    }

    @Test
    void addMentionReplacesOverlappingMentionsAndSurvivesReextraction() throws Exception {
        int start = T1.indexOf("Paris was");
        Mention added = new Mention("d1", start, start + 5, "Paris", PERSON, 1.0, null, null);
        service.correct(aCase, new Correction.AddMention(added, "Paris Hilton"));
        assertThat(service.mentions(aCase, "d1")).filteredOn(m -> m.mention().start() == start)
                .extracting(m -> m.entityName() + "/" + m.mention().type()).containsExactly("Paris Hilton/PERSON");
        engine.extract(aCase, document("d1", "2024-01-01T00:00:00Z"), text("d1", T1));
        assertThat(service.mentions(aCase, "d1")).filteredOn(m -> m.mention().start() == start)
                .extracting(m -> m.entityName()).containsExactly("Paris Hilton");
        service.undo(aCase);
        assertThat(service.mentions(aCase, "d1")).filteredOn(m -> m.mention().start() == start)
                .extracting(m -> m.entityName()).containsExactly("Paris");
        assertThat(service.find(aCase, "Paris Hilton", PERSON)).isEmpty();
    }

    @Test
    void invalidCorrectionsChangeNothing() {
        assertThatThrownBy(() -> service.correct(aCase, new Correction.Rename("Nobody", PERSON, "X")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.correct(aCase, new Correction.Rename("Paris", LOCATION, " ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(service.ledger(aCase)).isEmpty();
    }

    @Test
    void anAliasNamesItsEntity() throws Exception {
        service.correct(aCase, new Correction.Rename("Merkel", PERSON, "Angela Dorothea Merkel"));
        assertThat(service.ledger(aCase)).containsExactly(
                new Correction.Rename("Angela Merkel", PERSON, "Angela Dorothea Merkel"));
        assertThat(names(aCase)).contains("Angela Dorothea Merkel:PERSON:2");
    }

    @Test
    void theLedgerTravelsToAnotherCase() throws Exception {
        service.correct(aCase, new Correction.Rename("Paris", LOCATION, "Paris, France"));
        service.correct(aCase, new Correction.Delete("Apple", ORGANIZATION));
        assertThatThrownBy(() -> service.correct(aCase,
                new Correction.Merge(PERSON, "Angela Merkel", List.of("Nobody Else", "Merkel"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing to merge");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.exportLedger(aCase, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"kind\": \"rename\"", "ariadne-entity-ledger");

        TestCase other = new TestCase(work.resolve("b"));
        try {
            engine.extract(other, document("d2", null), text("d2", T2 + " Angela Merkel too."));
            int applied = service.importLedger(other, new ByteArrayInputStream(out.toByteArray()));
            assertThat(applied).isEqualTo(2);
            assertThat(names(other)).contains("Paris, France:LOCATION:1").noneMatch(n -> n.startsWith("Apple"));
            assertThat(service.ledger(other)).hasSize(2);
        } finally {
            other.close();
        }
    }

    @Test
    void everyKindSurvivesJson() {
        List<Correction> all = List.of(new Correction.Rename("a", PERSON, "b"),
                new Correction.Retype("a", PERSON, LOCATION),
                new Correction.Merge(ORGANIZATION, "x", List.of("y", "z")),
                new Correction.Split("x", ORGANIZATION, "w", List.of("y")),
                new Correction.Delete("q", EntityType.DATE),
                new Correction.AddMention(new Mention("d", 1, 3, "ab", PERSON, 1.0, "n", "manual/1"), "Ab"));
        assertThat(LedgerJson.readLedger(LedgerJson.writeLedger(all))).isEqualTo(all);
        assertThatThrownBy(() -> LedgerJson.readLedger("{\"x\":1}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void correctionsGoOnThePlatformUndoHistory() throws Exception {
        List<UndoableChange> stack = new ArrayList<>();
        service.undoService = new UndoService() {
            @Override
            public void execute(Case c, UndoableChange change) throws Exception {
                change.apply();
                stack.add(change);
            }

            @Override
            public Optional<String> undo(Case c) throws Exception {
                UndoableChange change = stack.remove(stack.size() - 1);
                change.revert();
                return Optional.of(change.label());
            }

            @Override
            public Optional<String> redo(Case c) {
                return Optional.empty();
            }

            @Override
            public List<String> undoLabels(Case c) {
                return List.of();
            }

            @Override
            public List<String> redoLabels(Case c) {
                return List.of();
            }
        };
        service.correct(aCase, new Correction.Rename("Paris", LOCATION, "Lutetia"));
        assertThat(stack).extracting(UndoableChange::label).containsExactly("Rename 'Paris' to 'Lutetia'");
        stack.get(0).revert();
        assertThat(names(aCase)).contains("Paris:LOCATION:2");
        stack.get(0).apply();
        assertThat(names(aCase)).contains("Lutetia:LOCATION:2");
        assertThat(service.ledger(aCase)).hasSize(1);
    }
}
