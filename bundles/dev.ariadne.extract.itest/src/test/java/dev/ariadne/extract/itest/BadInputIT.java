package dev.ariadne.extract.itest;

import static dev.ariadne.api.entities.EntityType.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Hashtable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;

/** Huge text without punctuation and an extractor that never ends: the time budget cuts it, with a partial mark. */
class BadInputIT extends ExtractionTestBase {

    static final String PID = "dev.ariadne.extract";

    @InjectService(timeout = 30_000)
    ConfigurationAdmin configAdmin;

    @AfterEach
    void resetConfiguration() throws Exception {
        configAdmin.getConfiguration(PID, "?").delete();
    }

    private void budget(double seconds) throws Exception {
        Configuration configuration = configAdmin.getConfiguration(PID, "?");
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("timeBudgetSeconds", seconds);
        configuration.update(properties);
        waitFor("the engine to take the budget", () -> {
            try {
                ServiceReference<?>[] refs = context.getServiceReferences(
                        "dev.ariadne.extract.internal.ExtractionEngine", null);
                return refs != null && Double.valueOf(seconds).equals(refs[0].getProperty("timeBudgetSeconds"));
            } catch (Exception e) {
                return false;
            }
        });
    }

    /** The partial flag and the milliseconds the extraction of a document took, from the entities area. */
    private static Object[] status(Case aCase, String documentId) throws Exception {
        try (Connection c = aCase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT partial, millis FROM entity_documents WHERE document_id = ?")) {
            s.setString(1, documentId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("an extraction status for %s", documentId).isTrue();
                return new Object[] {rs.getBoolean(1), rs.getLong(2)};
            }
        }
    }

    @Test
    void aTenMegabyteTextWithoutPunctuationEndsPartiallyWithinTheBudget() throws Exception {
        budget(2.0);
        register("fast", "1", 200, phrases("Berlin", LOCATION));
        register("endless", "1", 100, (text, context) -> {
            context.sentences();
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            throw new InterruptedException();
        });
        Case aCase = newCase("bad");
        Path files = newFolder("files");
        StringBuilder huge = new StringBuilder(10 * 1024 * 1024 + 100).append("Berlin ");
        while (huge.length() < 10 * 1024 * 1024) {
            huge.append("berlin wall ALL CAPS 12 34 56 BERLIN und Wien ohne Punkt | 7.5 | 8,25 ");
        }
        write(files, "huge.txt", huge.toString());
        write(files, "plain.txt", "no punctuation at all just Berlin and more words here");
        importAll(aCase, files);

        Document big = bySourceEnd(aCase, "huge.txt");
        Object[] bigStatus = status(aCase, big.id());
        assertThat(bigStatus[0]).isEqualTo(true);
        assertThat((Long) bigStatus[1]).isLessThan(2_000 + 5_000);
        assertThat(entities.mentions(aCase, big.id())).isNotEmpty();

        Document plain = bySourceEnd(aCase, "plain.txt");
        assertThat(status(aCase, plain.id())[0]).isEqualTo(true);

        // without the endless extractor the same text is extracted whole
        registrations.remove(registrations.size() - 1).unregister();
        waitFor("the endless extractor gone", () -> !extraction.extractors().contains("endless/1"));
        Case other = newCase("plain");
        Path more = newFolder("more");
        write(more, "plain.txt", "no punctuation at all just Berlin and more words here");
        importAll(other, more);
        Document again = bySourceEnd(other, "plain.txt");
        assertThat(status(other, again.id())[0]).isEqualTo(false);
        assertThat(entities.mentions(other, again.id())).extracting(m -> m.mention().text())
                .containsExactly("Berlin");
    }
}
