package dev.ariadne.extract.itest;

import static dev.ariadne.api.entities.EntityType.LOCATION;
import static dev.ariadne.api.entities.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.ResolvedMention;
import dev.ariadne.api.events.Topics;

/** Extraction during import with a fake extractor; corrections, undo, and corrections on later imports. */
class ExtractionIT extends ExtractionTestBase {

    @Test
    void importExtractsCorrectsAndReplaysOnLaterDocuments() throws Exception {
        register("fake", "1", 100, phrases("Olaf Scholz", PERSON, "Scholz", PERSON, "Warsaw", LOCATION, "Berlin",
                LOCATION, "Moscow", LOCATION));
        List<String> changes = new CopyOnWriteArrayList<>();
        Hashtable<String, Object> topic = new Hashtable<>();
        topic.put(EventConstants.EVENT_TOPIC, Topics.ENTITY_CHANGED);
        registrations.add(context.registerService(EventHandler.class,
                event -> changes.add((String) event.getProperty(Topics.CASE_ID)), topic));

        Case aCase = newCase("extract");
        Path files = newFolder("files");
        write(files, "visit.txt", "Scholz in Warsaw\nDate: 2024-03-05\n\nChancellor Olaf Scholz met his hosts "
                + "in Warsaw on Tuesday. Scholz's visit was short. Moscow said nothing.\n");
        write(files, "trip.txt", "Berlin notes\n\nThe delegation flew from Berlin to Warsaw.\n");
        importAll(aCase, files);

        Document visit = bySourceEnd(aCase, "visit.txt");
        assertThat(visit.stages()).contains("entities");
        List<ResolvedMention> mentions = entities.mentions(aCase, visit.id());
        String text = store.text(aCase, visit.id()).orElseThrow().text();
        assertThat(mentions).allMatch(m -> text.substring(m.mention().start(), m.mention().end())
                .equals(m.mention().text()));
        assertThat(mentions).extracting(m -> m.mention().text() + "=" + m.entityName()).containsExactly(
                "Scholz=Olaf Scholz", "Warsaw=Warsaw", "Olaf Scholz=Olaf Scholz", "Warsaw=Warsaw",
                "Scholz=Olaf Scholz", "Moscow=Moscow");
        assertThat(mentions.get(5).metonymyOf()).isEqualTo("Russia");
        Entity warsaw = entities.find(aCase, "Warsaw", LOCATION).orElseThrow();
        assertThat(warsaw.mentions()).isEqualTo(3);
        assertThat(warsaw.documents()).isEqualTo(2);
        assertThat(entities.documentsMentioning(aCase, "Scholz")).containsExactly(visit.id());
        waitFor("an entity event for the case", () -> changes.contains(aCase.id()));

        // corrections apply case-wide at once
        entities.correct(aCase, new Correction.Rename("Warsaw", LOCATION, "Warszawa"));
        entities.correct(aCase, new Correction.Delete("Berlin", LOCATION));
        assertThat(entities.find(aCase, "Warszawa", LOCATION)).map(Entity::mentions).contains(3);
        assertThat(entities.find(aCase, "Berlin", LOCATION)).isEmpty();
        assertThat(entities.undo(aCase)).contains(new Correction.Delete("Berlin", LOCATION));
        assertThat(entities.find(aCase, "Berlin", LOCATION)).isPresent();
        assertThat(entities.redo(aCase)).isPresent();
        assertThat(entities.find(aCase, "Berlin", LOCATION)).isEmpty();

        // a document imported later gets the corrections, and a lone surname the case's full name
        Path more = newFolder("more");
        write(more, "later.txt", "Later\n\nScholz returned to Warsaw via Berlin.\n");
        importAll(aCase, more);
        Document later = bySourceEnd(aCase, "later.txt");
        assertThat(entities.mentions(aCase, later.id())).extracting(m -> m.mention().text() + "=" + m.entityName())
                .containsExactly("Scholz=Olaf Scholz", "Warsaw=Warszawa");
        assertThat(entities.find(aCase, "Warszawa", LOCATION)).map(Entity::documents).contains(3);
        assertThat(entities.ledger(aCase)).hasSize(2);
    }

    @Test
    void aNewExtractorVersionReRunsTheStage() throws Exception {
        register("fake", "1", 100, phrases("Berlin", LOCATION));
        Case aCase = newCase("versions");
        Path files = newFolder("files");
        write(files, "a.txt", "Berlin and Paris.\n");
        importAll(aCase, files);
        assertThat(entities.find(aCase, "Paris", LOCATION)).isEmpty();

        registrations.remove(0).unregister();
        register("fake", "2", 100, phrases("Berlin", LOCATION, "Paris", LOCATION));
        Object count = extraction.extract(aCase, false).result().toCompletableFuture().get(WAIT.toSeconds(),
                TimeUnit.SECONDS);
        assertThat(count).isEqualTo(1);
        assertThat(entities.find(aCase, "Paris", LOCATION)).isPresent();
        Object again = extraction.extract(aCase, false).result().toCompletableFuture().get(WAIT.toSeconds(),
                TimeUnit.SECONDS);
        assertThat(again).isEqualTo(0);
    }
}
