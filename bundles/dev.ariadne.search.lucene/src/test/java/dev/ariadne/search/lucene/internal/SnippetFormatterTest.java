package dev.ariadne.search.lucene.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import dev.ariadne.api.search.SearchResult.Snippet;
import dev.ariadne.search.lucene.internal.SnippetHighlighter.SnippetFormatter;
import dev.ariadne.search.lucene.internal.SnippetHighlighter.SnippetList;

class SnippetFormatterTest {

    final SnippetFormatter formatter = new SnippetFormatter(40);

    private static Passage passage(int start, int end, int... matches) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        for (int i = 0; i < matches.length; i += 2) {
            passage.addMatch(matches[i], matches[i + 1], new BytesRef("t"), 1);
        }
        return passage;
    }

    private List<Snippet> format(String content, Passage... passages) {
        return ((SnippetList) formatter.format(passages, content)).snippets();
    }

    @Test
    void aPassageKeepsItsOffsetAndItsMatchesRelativeToIt() {
        String content = "Intro. The harbour was closed. Outro.";
        int start = content.indexOf("The");
        int match = content.indexOf("harbour");
        Snippet snippet = format(content, passage(start, content.indexOf(" Outro"), match, match + 7)).get(0);
        assertThat(snippet.start()).isEqualTo(start);
        assertThat(snippet.text()).isEqualTo("The harbour was closed.");
        assertThat(snippet.highlights()).containsExactly(4, 11);
    }

    @Test
    void surroundingWhiteSpaceIsTrimmedAndTheOffsetMoves() {
        String content = "  \n the port \n";
        Snippet snippet = format(content, passage(0, content.length(), 8, 12)).get(0);
        assertThat(snippet.start()).isEqualTo(4);
        assertThat(snippet.text()).isEqualTo("the port");
        assertThat(snippet.highlights()).containsExactly(4, 8);
    }

    @Test
    void overlappingMatchesMergeAndUnsortedMatchesAreSorted() {
        String content = "alpha beta gamma";
        Snippet snippet = format(content, passage(0, content.length(), 11, 16, 0, 5, 3, 8)).get(0);
        assertThat(snippet.highlights()).containsExactly(0, 8, 11, 16);
    }

    @Test
    void aLongPassageIsCutAroundItsFirstMatchAtWordBoundaries() {
        String content = "lorem ipsum ".repeat(30) + "NEEDLE" + " dolor sit".repeat(30);
        int match = content.indexOf("NEEDLE");
        Snippet snippet = format(content, passage(0, content.length(), match, match + 6)).get(0);
        assertThat(snippet.text().length()).isLessThanOrEqualTo(60);
        assertThat(snippet.text()).contains("NEEDLE");
        assertThat(content.substring(snippet.start(), snippet.start() + snippet.text().length()))
                .isEqualTo(snippet.text());
        assertThat(snippet.text()).doesNotStartWith(" ").doesNotEndWith(" ");
        int[] highlight = snippet.highlights();
        assertThat(snippet.text().substring(highlight[0], highlight[1])).isEqualTo("NEEDLE");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String content = "\uD83D\uDE00".repeat(100) + "x";
        Snippet snippet = format(content, passage(1, content.length(), 200, 201)).get(0);
        assertThat(Character.isLowSurrogate(snippet.text().charAt(0))).isFalse();
        assertThat(snippet.text()).endsWith("x");
    }

    @Test
    void theBodyQueryKeepsOnlyPositiveClausesOnTheBody() {
        Query body = new TermQuery(new Term(IndexFields.BODY, "port"));
        Query title = new BoostQuery(new TermQuery(new Term(IndexFields.TITLE, "port")), 2);
        Query phrase = new PhraseQuery(IndexFields.BODY, "state", "visit");
        Query excluded = new TermQuery(new Term(IndexFields.BODY, "harbour"));
        Query query = new BooleanQuery.Builder()
                .add(new BooleanQuery.Builder().add(body, BooleanClause.Occur.SHOULD)
                        .add(title, BooleanClause.Occur.SHOULD).build(), BooleanClause.Occur.MUST)
                .add(phrase, BooleanClause.Occur.MUST)
                .add(excluded, BooleanClause.Occur.MUST_NOT)
                .add(new TermQuery(new Term(IndexFields.LANG, "en")), BooleanClause.Occur.FILTER)
                .build();

        Query highlighted = SnippetHighlighter.bodyQuery(query);

        assertThat(highlighted).isInstanceOf(BooleanQuery.class);
        assertThat(((BooleanQuery) highlighted).clauses()).extracting(BooleanClause::getQuery)
                .containsExactly(body, phrase);
        assertThat(SnippetHighlighter.bodyQuery(new BoostQuery(body, 3))).isEqualTo(body);
        assertThat(SnippetHighlighter.bodyQuery(new MatchAllDocsQuery())).isInstanceOf(MatchNoDocsQuery.class);
        assertThat(SnippetHighlighter.bodyQuery(title)).isInstanceOf(MatchNoDocsQuery.class);
    }
}
