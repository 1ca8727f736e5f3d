package dev.ariadne.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
