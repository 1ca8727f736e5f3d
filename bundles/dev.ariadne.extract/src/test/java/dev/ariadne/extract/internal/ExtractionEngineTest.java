package dev.ariadne.extract.internal;

import static dev.ariadne.api.entities.EntityType.LOCATION;
import static dev.ariadne.api.entities.EntityType.ORGANIZATION;
import static dev.ariadne.api.entities.EntityType.PERSON;
import static dev.ariadne.extract.internal.Texts.document;
import static dev.ariadne.extract.internal.Texts.phrases;
import static dev.ariadne.extract.internal.Texts.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.ResolvedMention;

/** The engine on an H2 case: extraction, storage, entity counts and reads. */
class ExtractionEngineTest {

    @TempDir
    Path work;
    TestCase aCase;
    EntityStore store;
    ExtractionEngine engine;
    EntityServiceImpl service;

    @BeforeEach
    void start() throws Exception {
        aCase = new TestCase(work);
        store = new EntityStore();
        engine = new ExtractionEngine(store, new ExtractionEngine.Settings(5_000_000_000L, 200_000));
        service = new EntityServiceImpl(store);
    }

    @AfterEach
    void stop() throws Exception {
        engine.deactivate();
        aCase.close();
    }

    @Test
    void storesResolvedMentionsAndCountsEntities() throws Exception {
        engine.add(phrases("Olaf Scholz", PERSON, "Scholz", PERSON, "Berlin", LOCATION, "U.S.", LOCATION,
                "United States", LOCATION, "Moscow", LOCATION), "phrases", "1", 100);
        String t1 = "Chancellor Olaf Scholz met U.S. envoys in Berlin. Scholz said the United States agreed. "
                + "Moscow said no.";
        ExtractionEngine.Outcome outcome = engine.extract(aCase, document("d1", "2024-03-05T10:00:00Z"),
                text("d1", t1));
        assertThat(outcome.partial()).isFalse();
        List<ResolvedMention> mentions = service.mentions(aCase, "d1");
        assertThat(mentions).extracting(m -> m.mention().text() + "=" + m.entityName()).containsExactly(
                "Olaf Scholz=Olaf Scholz", "U.S.=United States", "Berlin=Berlin", "Scholz=Olaf Scholz",
                "United States=United States", "Moscow=Moscow");
        assertThat(mentions.get(5).metonymyOf()).isEqualTo("Russia");
        assertThat(mentions.get(2).metonymyOf()).isNull();

        engine.extract(aCase, document("d2", "2024-04-01T10:00:00Z"), text("d2", "Scholz flew to Berlin."));
        Entity scholz = service.find(aCase, "Olaf Scholz", PERSON).orElseThrow();
        assertThat(scholz.mentions()).isEqualTo(3);
        assertThat(scholz.documents()).isEqualTo(2);
        assertThat(scholz.firstDate()).contains(LocalDate.of(2024, 3, 5));
        assertThat(scholz.lastDate()).contains(LocalDate.of(2024, 4, 1));
        assertThat(scholz.aliases()).contains("Scholz");
        assertThat(service.find(aCase, "U.S.", LOCATION)).map(Entity::name).contains("United States");
        assertThat(service.count(aCase, null, "")).isEqualTo(4);
        assertThat(service.count(aCase, LOCATION, "")).isEqualTo(3);
        assertThat(service.entities(aCase, null, "sch", 0, 10)).extracting(Entity::name)
                .containsExactly("Olaf Scholz");
        assertThat(service.entities(aCase, null, "", 0, 10).get(0).name()).isEqualTo("Olaf Scholz");
        assertThat(service.documentsMentioning(aCase, "scholz")).containsExactlyInAnyOrder("d1", "d2");
        assertThat(service.topEntities(aCase, List.of("d1", "d2"), 2)).containsEntry("Olaf Scholz", 2)
                .containsEntry("Berlin", 2);
        assertThat(service.cooccurring(aCase, scholz.id(), 10)).extracting(c -> c.entity().name())
                .startsWith("Berlin");
        assertThat(service.mentionsOf(aCase, scholz.id())).hasSize(3);

        // extracting again gives the same state
        engine.extract(aCase, document("d1", "2024-03-05T10:00:00Z"), text("d1", t1));
        assertThat(service.find(aCase, "Olaf Scholz", PERSON).orElseThrow().mentions()).isEqualTo(3);
        assertThat(service.count(aCase, null, "")).isEqualTo(4);
    }

    @Test
    void extractingAgainLeavesTheEntitiesAsARecountWould() throws Exception {
        engine.add(phrases("Olaf Scholz", PERSON, "Scholz", PERSON, "Berlin", LOCATION, "Moscow", LOCATION,
                "Paris", LOCATION, "U.S.", LOCATION, "United States", LOCATION), "phrases", "1", 100);
        String d1 = "Olaf Scholz went to Berlin and Moscow. Scholz met U.S. envoys from the United States.";
        String d2 = "Berlin said the United States was cold.";
        engine.extract(aCase, document("d1", "2024-03-05T10:00:00Z"), text("d1", d1));
        engine.extract(aCase, document("d2", "2024-04-01T10:00:00Z"), text("d2", d2));
        List<String> first = dump(aCase);
        assertThat(first).isNotEmpty();

        // the same text again: nothing moves
        engine.extract(aCase, document("d1", "2024-03-05T10:00:00Z"), text("d1", d1));
        assertThat(dump(aCase)).isEqualTo(first);

        // other text: entities lost (Moscow), gained (Paris), counted again (Berlin), forms dropped (Scholz, U.S.),
        // and another date, each as a case built from scratch with the new texts holds them
        String changed = "Olaf Scholz went to Berlin, Berlin and Paris. The United States agreed.";
        engine.extract(aCase, document("d2", "2023-01-01T10:00:00Z"), text("d2", d2));
        engine.extract(aCase, document("d1", "2024-03-05T10:00:00Z"), text("d1", changed));
        TestCase fresh = new TestCase(work.resolve("fresh"));
        try {
            ExtractionEngine other = new ExtractionEngine(store, new ExtractionEngine.Settings(5_000_000_000L, 200_000));
            try {
                other.add(phrases("Olaf Scholz", PERSON, "Scholz", PERSON, "Berlin", LOCATION, "Moscow", LOCATION,
                        "Paris", LOCATION, "U.S.", LOCATION, "United States", LOCATION), "phrases", "1", 100);
                other.extract(fresh, document("d1", "2024-03-05T10:00:00Z"), text("d1", changed));
                other.extract(fresh, document("d2", "2023-01-01T10:00:00Z"), text("d2", d2));
                assertThat(dump(aCase)).isEqualTo(dump(fresh)).isNotEqualTo(first);
            } finally {
                other.deactivate();
            }
        } finally {
            fresh.close();
        }
    }

    /** The entities and their aliases as sorted lines. */
    private static List<String> dump(TestCase c) throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        try (java.sql.Connection connection = c.connect(); java.sql.Statement s = connection.createStatement()) {
            try (java.sql.ResultSet rs = s.executeQuery("SELECT id, name, name_lower, type, mentions, documents, "
                    + "first_date, last_date FROM entities")) {
                while (rs.next()) {
                    lines.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4)
                            + "|" + rs.getInt(5) + "|" + rs.getInt(6) + "|" + rs.getDate(7) + "|" + rs.getDate(8));
                }
            }
            try (java.sql.ResultSet rs = s.executeQuery("SELECT entity_id, alias, alias_lower FROM entity_aliases")) {
                while (rs.next()) {
                    lines.add("alias " + rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
                }
            }
        }
        java.util.Collections.sort(lines);
        return lines;
    }

    @Test
    void theHigherRankedExtractorWinsOverlaps() throws Exception {
        engine.add(phrases("Washington Post", ORGANIZATION), "ner", "1", 100);
        engine.add(phrases("Washington", LOCATION), "rules", "2", 200);
        engine.extract(aCase, document("d1", null), text("d1", "The Washington Post reported."));
        assertThat(service.mentions(aCase, "d1")).extracting(m -> m.mention().text() + "/" + m.mention().type())
                .containsExactly("Washington/LOCATION");
        assertThat(engine.snapshot()).extracting(ExtractionEngine.Extractor::label).containsExactly("rules/2", "ner/1");
    }

    @Test
    void aBudgetThatRunsOutLeavesAPartialMark() throws Exception {
        engine.settings(new ExtractionEngine.Settings(300_000_000L, 1000));
        engine.add((text, context) -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            throw new InterruptedException();
        }, "slow", "1", 10);
        engine.add(phrases("Berlin", LOCATION), "fast", "1", 100);
        String body = "Berlin is big. ".repeat(1000);
        long started = System.nanoTime();
        ExtractionEngine.Outcome outcome = engine.extract(aCase, document("d1", null), text("d1", body));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3000);
        assertThat(outcome.partial()).isTrue();
        Optional<EntityStore.Status> status = store.status(aCase, "d1");
        assertThat(status).map(EntityStore.Status::partial).contains(true);
        assertThat(service.mentions(aCase, "d1")).isNotEmpty();
    }

    @Test
    void aNameAloneFindsTheOnlyPersonOfTheCaseWithItAsFirstOrLastWord() throws Exception {
        try (Connection c = aCase.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO entities (id, name, name_lower, type, mentions, documents) VALUES "
                    + "('p1', 'Olaf Scholz', 'olaf scholz', 'PERSON', 1, 1), "
                    + "('p2', 'Anna Berger', 'anna berger', 'PERSON', 1, 1), "
                    + "('p3', 'Tomasz Berger', 'tomasz berger', 'PERSON', 1, 1), "
                    + "('p4', 'Madonna', 'madonna', 'PERSON', 1, 1), "
                    + "('p5', 'Jean-Claude van Damme', 'jean-claude van damme', 'PERSON', 1, 1), "
                    + "('p6', 'Hans 100% Maier', 'hans 100% maier', 'PERSON', 1, 1), "
                    + "('o1', 'Scholz Group', 'scholz group', 'ORGANIZATION', 1, 1)");
        }
        assertThat(store.uniquePerson(aCase, "Scholz")).contains("Olaf Scholz"); // the organisation is no person
        assertThat(store.uniquePerson(aCase, "olaf")).contains("Olaf Scholz");
        assertThat(store.uniquePerson(aCase, "Damme")).contains("Jean-Claude van Damme");
        assertThat(store.uniquePerson(aCase, "Jean-Claude")).contains("Jean-Claude van Damme");
        assertThat(store.uniquePerson(aCase, "Berger")).isEmpty(); // two people
        assertThat(store.uniquePerson(aCase, "Madonna")).isEmpty(); // a name of one word is no full name
        assertThat(store.uniquePerson(aCase, "van")).isEmpty(); // nor is a word in the middle
        assertThat(store.uniquePerson(aCase, "100%")).isEmpty();
        assertThat(store.uniquePerson(aCase, "%")).isEmpty();
    }

    @Test
    void documentsStoredInOneTransactionResolveNamesAgainstThoseBeforeThem() throws Exception {
        engine.add(phrases("Olaf Scholz", PERSON, "Scholz", PERSON), "phrases", "1", 100);
        String t1 = "Olaf Scholz arrived.";
        String t2 = "Scholz left.";
        List<ExtractionEngine.Outcome> outcomes = engine.store(aCase, List.of(
                engine.analyse(document("d1", null), text("d1", t1)),
                engine.analyse(document("d2", null), text("d2", t2))));
        assertThat(outcomes).extracting(ExtractionEngine.Outcome::mentions).containsExactly(1, 1);
        assertThat(service.mentions(aCase, "d2")).extracting(ResolvedMention::entityName)
                .containsExactly("Olaf Scholz");
        assertThat(store.entities(aCase, PERSON, "", 0, 10)).extracting(Entity::name, Entity::mentions,
                Entity::documents).containsExactly(tuple("Olaf Scholz", 2, 2));
    }

    @Test
    void mentionsBeyondTheLimitAreLeftOutWithAPartialMark() throws Exception {
        engine.settings(new ExtractionEngine.Settings(5_000_000_000L, 200_000, 10));
        engine.add(phrases("Berlin", LOCATION), "fast", "1", 100);
        ExtractionEngine.Outcome outcome = engine.extract(aCase, document("d1", null),
                text("d1", "Berlin and Berlin. ".repeat(20)));
        assertThat(outcome.partial()).isTrue();
        assertThat(outcome.mentions()).isEqualTo(10);
        assertThat(service.mentions(aCase, "d1")).hasSize(10);
        assertThat(store.status(aCase, "d1").orElseThrow().covered()).isEqualTo(4 * 19 + "Berlin and Berlin".length());
    }

    @Test
    void theDocumentDateComesFromMetadataOrADateLine() {
        assertThat(ExtractionEngine.documentDate(document("d", "2020-01-02T23:00:00Z"), ""))
                .contains(LocalDate.of(2020, 1, 2));
        assertThat(ExtractionEngine.documentDate(document("d", null), "Headline\nDate: 2024-05-06\nText"))
                .contains(LocalDate.of(2024, 5, 6));
        assertThat(ExtractionEngine.documentDate(document("d", null), "Headline\nText")).isEmpty();
    }

    @Test
    void chunksCoverTheTextAndEndAtSentences() {
        String body = "One sentence here. ".repeat(500);
        List<int[]> chunks = ExtractionEngine.chunks(body, 1000);
        assertThat(chunks.get(0)[0]).isZero();
        assertThat(chunks.get(chunks.size() - 1)[1]).isEqualTo(body.length());
        for (int i = 1; i < chunks.size(); i++) {
            assertThat(chunks.get(i)[0]).isEqualTo(chunks.get(i - 1)[1]);
            assertThat(body.charAt(chunks.get(i)[0] - 2)).isEqualTo('.');
        }
    }
}
