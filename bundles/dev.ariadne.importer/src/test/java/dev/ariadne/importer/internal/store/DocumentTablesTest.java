package dev.ariadne.importer.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.importer.internal.store.DocumentTables.NewDocument;
import dev.ariadne.importer.internal.store.DocumentTables.SourceRow;

class DocumentTablesTest {

    private Connection connection;

    @BeforeEach
    void createTables() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID());
        DocumentsSchema.createTables(connection);
        DocumentsSchema.inlineTexts(connection);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private static String id(char c) {
        return String.valueOf(c).repeat(64);
    }

    private static NewDocument document(String id, String parent, String path) {
        DocumentMetadata metadata = new DocumentMetadata("Title " + id.charAt(0), List.of("Ann", "Bo\nb"),
                Optional.of(Instant.parse("2024-01-02T03:04:05Z")), Optional.empty(), "text/plain", "en", 2, 42);
        return new NewDocument(id, parent, metadata, "page one page two", List.of(0, 9), -1,
                new SourceRow(path, 42, 1_000L), true);
    }

    @Test
    void aStoredDocumentReadsBackWithItsTextSourcesAndStages() throws SQLException {
        DocumentTables.insert(connection, document(id('a'), null, "/in/a.txt"));

        Document read = DocumentTables.get(connection, id('a')).orElseThrow();

        assertThat(read.metadata().title()).isEqualTo("Title a");
        assertThat(read.metadata().authors()).containsExactly("Ann", "Bo b");
        assertThat(read.metadata().created()).contains(Instant.parse("2024-01-02T03:04:05Z"));
        assertThat(read.sources()).containsExactly("/in/a.txt");
        assertThat(read.stages()).containsExactly(DocumentTables.IMPORTED);
        assertThat(read.parentId()).isEmpty();
        assertThat(DocumentTables.text(connection, id('a')).orElseThrow().pageStarts()).containsExactly(0, 9);
        assertThat(DocumentTables.registeredUnder(connection, "/in", '/')).hasEntrySatisfying("/in/a.txt", r -> {
            assertThat(r.documentId()).isEqualTo(id('a'));
            assertThat(r.mtimeMicros()).isEqualTo(1_000L);
        });
        assertThat(DocumentTables.registeredUnder(connection, "/in/a.txt", '/')).containsOnlyKeys("/in/a.txt");
        assertThat(DocumentTables.registeredUnder(connection, "/i", '/')).isEmpty();
    }

    @Test
    void aSecondSourceIsADuplicateOnceAndListsKeepImportOrder() throws SQLException {
        DocumentTables.insert(connection, document(id('b'), null, "/in/b.txt"));
        DocumentTables.insert(connection, document(id('a'), id('b'), "/in/b.txt!/a.txt"));

        assertThat(DocumentTables.addSource(connection, id('b'), new SourceRow("/copy/b.txt", 42, 5L), true))
                .isTrue();
        assertThat(DocumentTables.addSource(connection, id('b'), new SourceRow("/copy/b.txt", 42, 6L), true))
                .isFalse();

        assertThat(DocumentTables.list(connection, 0, 10)).extracting(Document::id).containsExactly(id('b'), id('a'));
        assertThat(DocumentTables.get(connection, id('b')).orElseThrow().duplicates()).isEqualTo(1);
        assertThat(DocumentTables.children(connection, id('b'))).extracting(Document::id).containsExactly(id('a'));
        assertThat(DocumentTables.count(connection)).isEqualTo(2);
        assertThat(DocumentTables.registeredUnder(connection, "/copy", '/').get("/copy/b.txt").mtimeMicros())
                .isEqualTo(6L);
    }

    @Test
    void pendingDocumentsMissAStageOrHaveAnOlderVersion() throws SQLException {
        DocumentTables.insert(connection, document(id('a'), null, "/a"));
        DocumentTables.insert(connection, document(id('b'), null, "/b"));
        DocumentTables.markStage(connection, id('a'), "index", "1");
        DocumentTables.markStage(connection, id('b'), "index", "2");

        assertThat(DocumentTables.pending(connection, Map.of("index", "2"))).containsExactly(id('a'));
        assertThat(DocumentTables.pending(connection, Map.of())).isEmpty();
        assertThat(DocumentTables.stages(connection, id('b'))).containsEntry("index", "2");
    }

    @Test
    void textsLongerThanARowHoldAreKeptAsLargeObjects() throws SQLException {
        String longText = "x".repeat(DocumentTables.MAX_INLINE + 1);
        NewDocument small = document(id('a'), null, "/a");
        NewDocument large = new NewDocument(id('b'), null, small.metadata(), longText, List.of(0), -1,
                new SourceRow("/b", 1, 1L), false);

        DocumentTables.insert(connection, small);
        DocumentTables.insert(connection, large);

        assertThat(DocumentTables.text(connection, id('a')).orElseThrow().text()).isEqualTo("page one page two");
        assertThat(DocumentTables.text(connection, id('b')).orElseThrow().text()).isEqualTo(longText);
    }

    @Test
    void pagesLongerThanOneStatementsIdsReadTheirSourcesStagesAndTextsWhole() throws SQLException {
        List<NewDocument> documents = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            String id = String.format("%064x", i);
            documents.add(document(id, null, "/many/" + i + ".txt"));
        }
        DocumentTables.insertAll(connection, documents, List.of());
        for (int i = 0; i < 250; i += 2) {
            DocumentTables.markStage(connection, String.format("%064x", i), "index", "1");
        }

        List<Document> page = DocumentTables.list(connection, 0, 250);
        List<String> ids = new ArrayList<>(page.stream().map(Document::id).toList());
        ids.add(1, id('z'));
        Map<String, DocumentText> texts = DocumentTables.texts(connection, ids);

        assertThat(page).hasSize(250);
        assertThat(page.get(249).sources()).containsExactly("/many/249.txt");
        assertThat(page.get(248).stages()).containsExactlyInAnyOrder(DocumentTables.IMPORTED, "index");
        assertThat(page.get(249).stages()).containsExactly(DocumentTables.IMPORTED);
        assertThat(texts.keySet()).containsExactlyElementsOf(page.stream().map(Document::id).toList());
        assertThat(texts.get(String.format("%064x", 201)).text()).isEqualTo("page one page two");
    }

    @Test
    void aFailedInsertLeavesNothingBehind() throws SQLException {
        DocumentTables.insert(connection, document(id('a'), null, "/a"));

        assertThatThrownBy(() -> DocumentTables.insert(connection, document(id('a'), null, "/again")))
                .isInstanceOf(SQLException.class);

        assertThat(DocumentTables.registeredUnder(connection, "/again", '/')).isEmpty();
        assertThat(DocumentTables.get(connection, id('a')).orElseThrow().sources()).containsExactly("/a");
        assertThat(connection.getAutoCommit()).isTrue();
    }
}
