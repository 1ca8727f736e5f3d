package dev.ariadne.nlp.opennlp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.ariadne.api.nlp.Sentence;
import dev.ariadne.api.nlp.Token;

class OpenNlpAnalyzerTest {

    static OpenNlpAnalyzer analyzer;

    @BeforeAll
    static void readModels() {
        analyzer = new OpenNlpAnalyzer(new EnglishModels(OpenNlpAnalyzerTest.class.getClassLoader()));
    }

    /**
     * Offsets equal substrings, tokens inside their sentence, all in order, every visible char in a token. Plain
     * checks (a megabyte of text has some 200,000 tokens), with the offending sentence or token in the message.
     */
    static void assertWellFormed(String text, List<Sentence> sentences) {
        boolean[] covered = new boolean[text.length()];
        int last = 0;
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            if (s.start() < last || s.end() <= s.start() || s.end() > text.length() || tokens.isEmpty()
                    || tokens.get(0).start() != s.start() || tokens.get(tokens.size() - 1).end() != s.end()) {
                fail("bad sentence after offset " + last + ": " + s);
            }
            int prev = s.start();
            for (Token t : tokens) {
                if (t.start() < prev || t.end() <= t.start() || !t.text().equals(text.substring(t.start(), t.end()))) {
                    fail("bad token after offset " + prev + ": " + t);
                }
                for (int i = t.start(); i < t.end(); i++) {
                    covered[i] = true;
                }
                prev = t.end();
            }
            last = s.end();
        }
        for (int i = 0; i < text.length(); i++) {
            if (!covered[i] && !TextBlocks.isSpace(text.charAt(i))) {
                fail("char " + i + " '" + text.charAt(i) + "' is in no token");
            }
        }
    }

    static List<String> sentenceTexts(String text, List<Sentence> sentences) {
        return sentences.stream().map(s -> text.substring(s.start(), s.end())).collect(Collectors.toList());
    }

    static List<String> tokenTexts(List<Sentence> sentences) {
        return sentences.stream().flatMap(s -> s.tokens().stream()).map(Token::text).collect(Collectors.toList());
    }

    @Test
    void modelsAreReadOnTheFirstCallOnly() {
        OpenNlpAnalyzer fresh = new OpenNlpAnalyzer(new EnglishModels(getClass().getClassLoader()));
        fresh.limits(400, 20_000);
        assertThat(fresh.modelsLoaded()).isFalse();
        assertThat(fresh.analyze("", "en", false)).isEmpty();
        assertThat(fresh.modelsLoaded()).isFalse();
        fresh.analyze("One sentence.", "en", false);
        assertThat(fresh.modelsLoaded()).isTrue();
    }

    @Test
    void splitsSentencesAndKeepsAbbreviations() {
        String text = "U.S. officials met Dr. Jane Miller in Washington on Monday. She said the talks went well! "
                + "Did they agree? Not yet.";
        List<Sentence> sentences = analyzer.analyze(text, "en", false);
        assertWellFormed(text, sentences);
        assertThat(sentenceTexts(text, sentences)).containsExactly(
                "U.S. officials met Dr. Jane Miller in Washington on Monday.",
                "She said the talks went well!", "Did they agree?", "Not yet.");
        assertThat(tokenTexts(sentences)).contains("U.S.", "Dr.", "Miller", "Monday", ".");
        assertThat(sentences.get(0).tokens()).allSatisfy(t -> assertThat(t.tag()).isNull());
    }

    @Test
    void separatesQuotesAndPossessives() {
        String text = "\"We are neighbours, and neighbours talk,\" Berger told reporters. "
                + "Nowak's reply was short: \u201cWords are welcome.\u201d";
        List<Sentence> sentences = analyzer.analyze(text, "en", false);
        assertWellFormed(text, sentences);
        assertThat(sentences).hasSize(2);
        List<String> tokens = tokenTexts(sentences);
        assertThat(tokens).contains("\"", "neighbours", ",", "Berger", "Nowak", "'s", "\u201c", "Words", "\u201d");
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        String text = "Gen. Mark Lee met Sen. Ruth Cole at 5 p.m. in St. Louis, Mo. on Jan. 5 to talk about the U.K. "
                + "They agreed. John F. Kennedy Airport was closed.";
        List<Sentence> sentences = analyzer.analyze(text, "en", false);
        assertWellFormed(text, sentences);
        assertThat(sentenceTexts(text, sentences)).containsExactly(
                "Gen. Mark Lee met Sen. Ruth Cole at 5 p.m. in St. Louis, Mo. on Jan. 5 to talk about the U.K.",
                "They agreed.", "John F. Kennedy Airport was closed.");
        String numbers = "Sterling rose 0.4 per cent to $1.2845 after the decision. Between 1:40 a.m. and 5:15 a.m., "
                + "missiles hit the port. The bank approved $1.5 billion for housing.";
        assertThat(sentenceTexts(numbers, analyzer.analyze(numbers, "en", false))).containsExactly(
                "Sterling rose 0.4 per cent to $1.2845 after the decision.",
                "Between 1:40 a.m. and 5:15 a.m., missiles hit the port.",
                "The bank approved $1.5 billion for housing.");
        assertThat(tokenTexts(sentences)).contains("Gen.", "Sen.", "p.m.", "St.", "Mo.", "Jan.", "U.K.", "F.");
    }

    @Test
    void splitsCliticsHyphenEdgesAndKeepsAddresses() {
        String text = "Nowak's aides didn't say (see https://example.org/a?b=1, or mail info@example.org). "
                + "The India-Pakistan border is 3,300 km long; the ministers' talks weren't held on 5-6 May.";
        List<Sentence> sentences = analyzer.analyze(text, "en", false);
        assertWellFormed(text, sentences);
        List<String> tokens = tokenTexts(sentences);
        assertThat(tokens).contains("Nowak", "'s", "did", "n't", "https://example.org/a?b=1", "info@example.org",
                "ministers", "'", "were");
        assertThat(tokens).doesNotContain("-Pakistan", "5-");
        String money = "It cost \u00a3120 million, A$20 billion or $1.5bn in 2016's budget.";
        assertThat(tokenTexts(analyzer.analyze(money, "en", false))).containsSubsequence("\u00a3", "120",
                "million", ",", "A$", "20", "billion", "2016", "'s");
    }

    @Test
    void tagsPartsOfSpeechOnlyWhenAsked() {
        String text = "Chancellor Anna Berger arrived in Warsaw on Thursday.";
        List<Sentence> sentences = analyzer.analyze(text, "und", true);
        assertWellFormed(text, sentences);
        List<Token> tokens = sentences.get(0).tokens();
        assertThat(tokens).allSatisfy(t -> assertThat(t.tag()).isNotNull());
        assertThat(tokens.stream().filter(t -> t.text().equals("Warsaw")).findFirst().orElseThrow().tag())
                .isEqualTo("PROPN");
        assertThat(tokens.stream().filter(t -> t.text().equals("arrived")).findFirst().orElseThrow().tag())
                .isEqualTo("VERB");
    }

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertThat(analyzer.analyze("", "en", false)).isEmpty();
        assertThat(analyzer.analyze(" \n\t\u00a0\r\n  ", "en", true)).isEmpty();
    }

    @Test
    void aHeadlineAndItsDateLineAreSentencesOfTheirOwn() {
        String text = "Berger in Warsaw: a visit meant to mend a strained partnership\nDate: 2026-03-12\n\n"
                + "WARSAW, March 12 (Reuters) - Chancellor Anna Berger arrived in Warsaw on Thursday.\n";
        List<Sentence> sentences = analyzer.analyze(text, "en", false);
        assertWellFormed(text, sentences);
        assertThat(sentenceTexts(text, sentences)).containsExactly(
                "Berger in Warsaw: a visit meant to mend a strained partnership", "Date: 2026-03-12",
                "WARSAW, March 12 (Reuters) - Chancellor Anna Berger arrived in Warsaw on Thursday.");
    }

    @Test
    void aHardWrappedSentenceStaysWhole() {
        String text = "The delegation from the European Commission travelled on to Kyiv in the\n"
                + "afternoon, where President Olena Kovalenko received them at the palace and\n"
                + "spoke about reconstruction for an hour.\n";
        List<Sentence> sentences = analyzer.analyze(text, "en", false);
        assertWellFormed(text, sentences);
        assertThat(sentences).hasSize(1);
    }

    @Test
    void textWithoutPunctuationIsCutIntoCappedSentences() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            b.append("word").append(i % 17).append(i % 50 == 49 ? ", " : " ");
        }
        String text = b.toString();
        List<Sentence> sentences = analyzer.analyze(text, "en", false);
        assertWellFormed(text, sentences);
        assertThat(sentences.size()).isGreaterThanOrEqualTo((3000 + 60) / 400);
        assertThat(sentences).allSatisfy(s -> assertThat(s.tokens().size()).isLessThanOrEqualTo(400));
        // cut after a comma where one is near the cap
        assertThat(sentences.get(0).tokens().get(sentences.get(0).tokens().size() - 1).text()).isEqualTo(",");
    }

    @Test
    void aHugeWordIsCutByTheCharCap() {
        String text = "x".repeat(50_000) + " and then some words.";
        List<Sentence> sentences = analyzer.analyze(text, "en", false);
        assertWellFormed(text, sentences);
        assertThat(sentences).allSatisfy(s -> assertThat(s.end() - s.start()).isLessThanOrEqualTo(20_000));
    }

    @Test
    void tablesAllCapitalsAndOtherLanguagesAreWellFormed() {
        String table = "Year    Exports    Imports\n2023    1,204.5    998.1\n2024    1,310.0    1,020.7\n";
        List<Sentence> rows = analyzer.analyze(table, "en", false);
        assertWellFormed(table, rows);
        assertThat(rows).hasSize(3);
        for (String text : List.of("BREAKING: TROOPS CROSS THE BORDER NEAR KHARKIV. OFFICIALS CONFIRM.",
                "Die Bundesregierung hat am Mittwoch beschlossen, die Hilfe zu verdoppeln. Das ist neu.",
                "\u041c\u043e\u0441\u043a\u0432\u0430 \u0437\u0430\u044f\u0432\u0438\u043b\u0430. \ud83d\ude00 ok \u4e2d\u6587\u3002",
                "a\u200bb \u00a0 c\td\r\ne\u2028f")) {
            assertWellFormed(text, analyzer.analyze(text, "en", true));
        }
    }

    @Test
    void aMegabyteOfTextIsAnalysed() {
        StringBuilder b = new StringBuilder();
        String[] sentences = {
            "The minister said on Tuesday that the U.S. would send 2,500 more troops to the region.",
            "Talks in Geneva ended without agreement after almost 30 years of dispute.",
            "\"We will not give up,\" said Dr. Amal Haddad, who leads the delegation.",
            "Prices rose by 4.5% in March, the statistics office reported." };
        int i = 0;
        while (b.length() < 1 << 20) {
            b.append(sentences[i++ % sentences.length]).append(i % 5 == 0 ? "\n\n" : " ");
        }
        String text = b.toString();
        List<Sentence> result = analyzer.analyze(text, "en", false);
        assertWellFormed(text, result);
        assertThat(result.size()).isBetween(i * 9 / 10, i * 11 / 10);
    }

    @Test
    void anInterruptedCallStopsAndKeepsTheInterruptStatus() {
        String text = "One sentence. Another sentence.";
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> analyzer.analyze(text, "en", false)).isInstanceOf(CancellationException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(analyzer.analyze(text, "en", false)).hasSize(2);
    }

    @Test
    void concurrentCallsGiveTheSameResult() throws Exception {
        String text = "Moscow said on Friday that it had withdrawn its ambassador. The Kremlin gave no reason. "
                + "NATO officials in Brussels called the move regrettable.";
        List<Sentence> expected = analyzer.analyze(text, "en", true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Sentence>>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                boolean tags = i % 2 == 0;
                results.add(pool.submit(() -> analyzer.analyze(text, "en", tags)));
            }
            for (int i = 0; i < results.size(); i++) {
                List<Sentence> got = results.get(i).get();
                if (i % 2 == 0) {
                    assertThat(got).isEqualTo(expected);
                } else {
                    assertThat(got).hasSameSizeAs(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
