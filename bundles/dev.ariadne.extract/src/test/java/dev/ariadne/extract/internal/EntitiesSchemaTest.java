package dev.ariadne.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ariadne.api.cases.CaseSchema;

/** The entities tables as the migrations leave them. */
class EntitiesSchemaTest {

    @TempDir
    Path folder;

    @Test
    void mentionIdsAreReservedManyAtATime() throws Exception {
        TestCase aCase = new TestCase(folder);
        try (Connection c = aCase.connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS "
                        + "WHERE TABLE_NAME = 'ENTITY_MENTIONS' AND COLUMN_NAME = 'ID'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getLong(1)).isEqualTo(EntitiesSchema.MENTION_ID_CACHE);
        } finally {
            aCase.close();
        }
    }

    @Test
    void peopleWrittenBeforeTheWordColumnsGetThemWhenTheCaseIsUpgraded() throws Exception {
        List<CaseSchema.Migration> migrations = new EntitiesSchema().migrations();
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:upgrade-" + System.nanoTime());
                Statement s = c.createStatement()) {
            for (CaseSchema.Migration migration : migrations.subList(0, migrations.size() - 1)) {
                migration.apply(c);
            }
            s.execute("INSERT INTO entities (id, name, name_lower, type, mentions, documents) VALUES "
                    + "('p', 'Jean-Claude van Damme', 'jean-claude van damme', 'PERSON', 1, 1), "
                    + "('m', 'Madonna', 'madonna', 'PERSON', 1, 1), "
                    + "('o', 'Scholz Group', 'scholz group', 'ORGANIZATION', 1, 1)");
            migrations.get(migrations.size() - 1).apply(c);
            try (ResultSet r = s.executeQuery("SELECT id, first_word, last_word FROM entities ORDER BY id")) {
                List<String> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(r.getString(1) + ": " + r.getString(2) + " / " + r.getString(3));
                }
                assertThat(rows).containsExactly("m: null / null", "o: null / null", "p: jean-claude / damme");
            }
        }
    }
}
