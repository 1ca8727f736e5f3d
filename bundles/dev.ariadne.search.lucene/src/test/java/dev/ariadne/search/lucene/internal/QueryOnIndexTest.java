package dev.ariadne.search.lucene.internal;

import static dev.ariadne.search.lucene.internal.Documents.document;
import static dev.ariadne.search.lucene.internal.Documents.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.search.SearchException;

/** Every query form of {@link CaseQueryParser} against the fields of {@link IndexFields}, on an in-memory index. */
class QueryOnIndexTest {

    static final Instant IMPORTED = Instant.parse("2025-01-15T09:00:00Z");

    SearchAnalyzer analyzer = new SearchAnalyzer();
    TestClock clock = new TestClock(IMPORTED);
    CaseIndex index;

    @BeforeEach
    void indexFourDocuments() throws IOException {
        index = CaseIndex.open("test", new ByteBuffersDirectory(), analyzer, IndexSettings.DEFAULTS, clock);
        add(document("d1", "State visit to Vienna", "text/plain; charset=UTF-8", "en", "2024-03-05T10:00:00Z",
                "/cases/a/statements/visit.txt", "Anna Müller"),
                "The state visit of the minister to Vienna was announced on Monday. Officials met at the Hofburg.");
        add(document("d2", "Harbour report", "application/pdf", "en", "2023-11-20T08:00:00Z",
                "/cases/a/reports/harbour.pdf", "John Smith"),
                "Shipping through the harbour of Rotterdam grew. The minister did not visit.");
        add(document("d3", "Besuch in Wien", "text/html", "de", "2024-07-01T00:00:00Z",
                "/cases/a/web/besuch.html"),
                "Der Staatsbesuch in Wien wurde verschoben. Die Ministerin reiste nach Graz.");
        add(document("d4", "Re: visit schedule", "message/rfc822", "en", null, "/cases/a/mail/m1.eml",
                "Carla Rossi"),
                "Please confirm the e-mail about the schedule. Regards, Carla");
        index.refresh();
    }

    private void add(Document document, String body) throws IOException {
        index.index(document, text(document, body));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> ids(String query) throws Exception {
        Query parsed = CaseQueryParser.parse(query, analyzer);
        TopDocs top = index.search(searcher -> searcher.search(parsed, 10));
        List<String> ids = new ArrayList<>();
        for (ScoreDoc doc : top.scoreDocs) {
            ids.add(index.search(searcher -> searcher.storedFields().document(doc.doc).get(IndexFields.ID)));
        }
        return ids;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "visit                                  | d1 d2 d4",
        "\"state visit\"                          | d1",
        "\"minister visit\"~3                     | d2",
        "minister vienna                        | d1",
        "minister AND NOT vienna                | d2",
        "wien OR vienna                         | d1 d3",
        "+visit -harbour                        | d1 d4",
        "(wien OR vienna) AND title:besuch      | d3",
        "vien*                                  | d1",
        "*ffizials                              | ",
        "*fficials                              | d1",
        "v?enna                                 | d1",
        "rotterdm~                              | d2",
        "rotterdm~1                             | d2",
        "title:harbour                          | d2",
        "author:smith                           | d2",
        "author:muller                          | d1",
        "authors:Müller                         | d1",
        "type:pdf                               | d2",
        "type:\"application/pdf\"                 | d2",
        "type:application\\/pdf                  | d2",
        "type:mail                              | d4",
        "type:html                              | d3",
        "type:plain                             | d1",
        "lang:de                                | d3",
        "LANGUAGE:EN AND harbour                | d2",
        "year:2024                              | d1 d3",
        "year:[2023 TO 2024]                    | d1 d2 d3",
        "year:{2023 TO 2025]                    | d1 d3 d4",
        "year:2025                              | d4",
        "date:[2024-01-01 TO 2024-06-30]        | d1",
        "date:2024-07-01                        | d3",
        "date:2023                              | d2",
        "date:2024-03                           | d1",
        "date:[2024-07-01 TO *]                 | d3 d4",
        "date:{2024-07-01 TO *]                 | d4",
        "date:[* TO 2024-03-05]                 | d1 d2",
        "date:[* TO 2024-03-05}                 | d2",
        "date:[2024-03-05T09:00:00Z TO 2024-03-05T11:00:00Z] | d1",
        "folder:\"/cases/a/mail\"                 | d4",
        "e-mail                                 | d4",
        "id:d3                                  | d3",
        "body:harbour                           | d2",
        "schedule                               | d4",
    })
    void findsWhatTheQueryAsksFor(String query, String expected) throws Exception {
        List<String> wanted = expected == null ? List.of() : List.of(expected.strip().split("\\s+"));
        assertThat(ids(query.strip())).containsExactlyInAnyOrderElementsOf(wanted);
    }

    @Test
    void aBlankQueryAndMatchAllFindEveryDocument() throws Exception {
        assertThat(ids("")).hasSize(4);
        assertThat(ids("   ")).hasSize(4);
        assertThat(ids("*:*")).hasSize(4);
    }

    @Test
    void theTitleWeighsMoreThanTheBody() throws Exception {
        assertThat(ids("visit").get(0)).isIn("d1", "d4");
        assertThat(ids("harbour").get(0)).isEqualTo("d2");
    }

    @Test
    void indexingADocumentAgainReplacesIt() throws Exception {
        Document again = document("d2", "Harbour report, revised", "application/pdf", "en", "2023-11-20T08:00:00Z",
                "/cases/a/reports/harbour.pdf", "John Smith");
        index.index(again, text(again, "Nothing about ships any more."));
        index.refresh();
        assertThat(ids("rotterdam")).isEmpty();
        assertThat(ids("revised")).containsExactly("d2");
        assertThat(index.count()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"state visit                  | Column 1: the phrase that starts here is not closed",
        "visit \"state                  | Column 7: the phrase that starts here is not closed",
        "(visit OR state              | Column 1: the group that opens here with '(' is not closed",
        "visit AND                    | Column 10: the query ends too soon; expected a word, a phrase or a group",
        "visit AND OR state           | Column 11: unexpected 'OR'",
        "foo:bar                      | Column 1: Unknown field 'foo'",
        "visit title:x nothere:y      | Column 15: Unknown field 'nothere'",
        "date:yesterday               | Column 1: 'yesterday' is not a date",
        "date:[2024-01-01 TO soon]    | Column 1: 'soon' is not a date",
        "year:abc                     | Column 1: 'abc' is not a year",
        "date:20*                     | Column 1: 'date:20' is not a date",
        "year:20~                     | Column 1: 'year:20' is not a year",
        "visit^                       | Column 7",
    })
    void aQueryThatCannotBeReadSaysWhere(String query, String message) {
        assertThatThrownBy(() -> CaseQueryParser.parse(query.strip(), analyzer))
                .isInstanceOf(SearchException.class)
                .hasMessageStartingWith(message.strip());
    }

    @Test
    void aDocumentWithoutADateGetsTheImportTimeAndKeepsItWhenIndexedAgain() throws Exception {
        assertThat(ids("year:2025")).containsExactly("d4");
        clock.now = Instant.parse("2026-06-01T00:00:00Z");
        Document again = document("d4", "Re: visit schedule", "message/rfc822", "en", null, "/cases/a/mail/m1.eml");
        index.index(again, text(again, "Please confirm."));
        index.refresh();
        assertThat(ids("date:2025-01-15")).containsExactly("d4");
    }
}
