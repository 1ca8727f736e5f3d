package dev.ariadne.cli.internal.eval;

import static dev.ariadne.api.entities.EntityType.DATE;
import static dev.ariadne.api.entities.EntityType.EMAIL;
import static dev.ariadne.api.entities.EntityType.LOCATION;
import static dev.ariadne.api.entities.EntityType.ORGANIZATION;
import static dev.ariadne.api.entities.EntityType.PERSON;
import static dev.ariadne.api.entities.EntityType.QUANTITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import dev.ariadne.api.entities.EntityType;

class ScorerTest {

    static final Offset<Double> EPS = within(1e-9);

    static Span span(int start, int end, EntityType type) {
        return new Span(start, end, "t" + start, type, null);
    }

    static Span span(int start, int end, EntityType type, String entity) {
        return new Span(start, end, "t" + start, type, entity);
    }

    @Test
    void countsGiveThePrecisionRecallAndF1OfTheirDefinitionWithTheConventionsForEmptySets() {
        Counts c = new Counts(3, 1, 2);
        assertThat(c.precision()).isCloseTo(0.75, EPS);
        assertThat(c.recall()).isCloseTo(0.6, EPS);
        assertThat(c.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, EPS);
        assertThat(Counts.ZERO.f1()).as("nothing to find, nothing found").isEqualTo(1.0);
        assertThat(new Counts(0, 0, 4).precision()).isEqualTo(1.0);
        assertThat(new Counts(0, 0, 4).f1()).isZero();
        assertThat(new Counts(0, 2, 0).precision()).isZero();
        assertThat(new Counts(0, 2, 0).f1()).isZero();
    }

    @Test
    void exactAndOverlapCountsPerTypeAndOverallFromAHandMadeDocument() {
        List<Span> gold = List.of(span(0, 11, PERSON), span(20, 26, PERSON), span(30, 36, LOCATION),
                span(40, 50, DATE));
        List<Span> predicted = List.of(span(0, 11, PERSON), span(19, 26, PERSON), span(30, 36, LOCATION),
                span(60, 65, ORGANIZATION), span(70, 80, EMAIL));

        Score score = Scorer.score(List.of(new EvalDocument("a", "id-a", gold, predicted)));

        assertThat(score.exact().get(PERSON)).isEqualTo(new Counts(1, 1, 1));
        assertThat(score.exact().get(LOCATION)).isEqualTo(new Counts(1, 0, 0));
        assertThat(score.exact().get(DATE)).isEqualTo(new Counts(0, 0, 1));
        assertThat(score.exact().get(ORGANIZATION)).isEqualTo(new Counts(0, 1, 0));
        assertThat(score.exact().get(QUANTITY)).isEqualTo(Counts.ZERO);
        assertThat(score.exact()).as("e-mail is not scored").doesNotContainKey(EMAIL);
        assertThat(score.exactOverall()).isEqualTo(new Counts(2, 2, 2));
        assertThat(score.exactOverall().f1()).isCloseTo(0.5, EPS);

        assertThat(score.overlap().get(PERSON)).isEqualTo(new Counts(2, 0, 0));
        assertThat(score.overlap().get(DATE).recall()).isZero();
        assertThat(score.overlapOverall()).isEqualTo(new Counts(3, 1, 1));
        assertThat(score.overlapOverall().precision()).isCloseTo(0.75, EPS);
        assertThat(score.overlapOverall().recall()).isCloseTo(0.75, EPS);

        Score.DocumentResult doc = score.documents().get(0);
        assertThat(doc.missed()).containsExactly(span(40, 50, DATE));
        assertThat(doc.spurious()).containsExactly(span(60, 65, ORGANIZATION));
        assertThat(doc.boundary()).containsExactly(new Score.Pair(span(20, 26, PERSON), span(19, 26, PERSON)));
        assertThat(doc.perfect()).isFalse();
    }

    @Test
    void overlapNeedsTheSameTypeAndTouchingSpansDoNotOverlap() {
        List<Span> gold = List.of(span(0, 6, LOCATION), span(10, 14, PERSON));
        List<Span> predicted = List.of(span(0, 6, ORGANIZATION), span(14, 20, PERSON));

        Score score = Scorer.score(List.of(new EvalDocument("a", "id", gold, predicted)));

        assertThat(score.overlapOverall()).isEqualTo(new Counts(0, 2, 2));
    }

    @Test
    void eachSpanIsMatchedOnceAndTheMatchingIsAsLargeAsPossible() {
        // One prediction covering two gold spans is one hit, not two.
        Score covering = Scorer.score(List.of(new EvalDocument("a", "id",
                List.of(span(0, 5, DATE), span(6, 10, DATE)), List.of(span(0, 10, DATE)))));
        assertThat(covering.overlap().get(DATE)).isEqualTo(new Counts(1, 0, 1));

        // Gold [0,10) overlaps P1 most, but P1 is the only partner of gold [8,20): a greedy choice finds one pair,
        // the best matching two.
        Score chained = Scorer.score(List.of(new EvalDocument("a", "id",
                List.of(span(0, 10, PERSON), span(8, 20, PERSON)), List.of(span(2, 12, PERSON), span(0, 3, PERSON)))));
        assertThat(chained.overlap().get(PERSON)).isEqualTo(new Counts(2, 0, 0));
        assertThat(chained.exact().get(PERSON)).isEqualTo(new Counts(0, 2, 2));

        // A duplicate prediction of an exact span is a false positive in both matchings.
        Score duplicate = Scorer.score(List.of(new EvalDocument("a", "id", List.of(span(0, 4, QUANTITY)),
                List.of(span(0, 4, QUANTITY), span(0, 4, QUANTITY)))));
        assertThat(duplicate.exact().get(QUANTITY)).isEqualTo(new Counts(1, 1, 0));
        assertThat(duplicate.overlap().get(QUANTITY)).isEqualTo(new Counts(1, 1, 0));
    }

    @Test
    void exactPairsAreKeptWhenOverlapMatchingAddsTheRest() {
        // Gold [0,5) is predicted exactly; the loose prediction [3,9) must go to gold [6,9), not steal [0,5).
        Score score = Scorer.score(List.of(new EvalDocument("a", "id", List.of(span(0, 5, DATE), span(6, 9, DATE)),
                List.of(span(3, 9, DATE), span(0, 5, DATE)))));

        assertThat(score.exact().get(DATE)).isEqualTo(new Counts(1, 1, 1));
        assertThat(score.overlap().get(DATE)).isEqualTo(new Counts(2, 0, 0));
        assertThat(score.documents().get(0).boundary())
                .containsExactly(new Score.Pair(span(6, 9, DATE), span(3, 9, DATE)));
    }

    @Test
    void countsAddUpOverDocuments() {
        EvalDocument a = new EvalDocument("a", "1", List.of(span(0, 3, PERSON)), List.of(span(0, 3, PERSON)));
        EvalDocument b = new EvalDocument("b", "2", List.of(span(0, 3, PERSON)), List.of(span(5, 8, PERSON)));

        Score score = Scorer.score(List.of(a, b));

        assertThat(score.exact().get(PERSON)).isEqualTo(new Counts(1, 1, 1));
        assertThat(score.documents()).extracting(Score.DocumentResult::perfect).containsExactly(true, false);
    }

    @Test
    void bCubedClusteringOfAHandMadeGrouping() {
        // Gold: A = {1, 2, 3}, B = {4, 5}. Predicted: "a" = {1, 2}, "B" = {3, 4, 5}.
        // Precision per mention 1, 1, 1/3, 2/3, 2/3; recall 2/3, 2/3, 1/3, 1, 1: both average 11/15.
        List<Score.Pair> pairs = List.of(
                pair(1, "A", "a"), pair(2, "A", "a"), pair(3, "A", "B"), pair(4, "B", "B"), pair(5, "B", "B"));

        Score.Clustering clustering = Scorer.clustering(pairs);

        assertThat(clustering.mentions()).isEqualTo(5);
        assertThat(clustering.precision()).isCloseTo(11.0 / 15, EPS);
        assertThat(clustering.recall()).isCloseTo(11.0 / 15, EPS);
        assertThat(clustering.f1()).isCloseTo(11.0 / 15, EPS);
        assertThat(clustering.nameAccuracy()).as("names compared ignoring case").isCloseTo(0.8, EPS);
    }

    @Test
    void clusteringSplitsLowerRecallAndLumpsLowerPrecision() {
        Score.Clustering split = Scorer.clustering(List.of(pair(1, "A", "x"), pair(2, "A", "y")));
        assertThat(split.precision()).isCloseTo(1.0, EPS);
        assertThat(split.recall()).isCloseTo(0.5, EPS);

        Score.Clustering lumped = Scorer.clustering(List.of(pair(1, "A", "x"), pair(2, "B", "x")));
        assertThat(lumped.precision()).isCloseTo(0.5, EPS);
        assertThat(lumped.recall()).isCloseTo(1.0, EPS);

        assertThat(Scorer.clustering(List.of()).f1()).isEqualTo(1.0);
    }

    @Test
    void clusteringIsComputedOverMatchedMentionsAcrossDocumentsAndPerType() {
        EvalDocument a = new EvalDocument("a", "1", List.of(span(0, 11, PERSON, "Olaf Scholz")),
                List.of(span(0, 11, PERSON, "Olaf Scholz")));
        EvalDocument b = new EvalDocument("b", "2",
                List.of(span(0, 6, PERSON, "Olaf Scholz"), span(10, 16, LOCATION, "Warsaw")),
                List.of(span(0, 6, PERSON, "Scholz"), span(10, 16, LOCATION, "Warsaw"), span(30, 40, PERSON, "X")));

        Score score = Scorer.score(List.of(a, b));

        assertThat(score.clustering().mentions()).as("the spurious X is not clustered").isEqualTo(3);
        assertThat(score.clusteringByType().get(PERSON).recall()).isCloseTo(0.5, EPS);
        assertThat(score.clusteringByType().get(LOCATION).f1()).isCloseTo(1.0, EPS);
        assertThat(score.clusteringByType().get(DATE).mentions()).isZero();
    }

    static Score.Pair pair(int i, String gold, String predicted) {
        return new Score.Pair(span(i * 10, i * 10 + 5, PERSON, gold), span(i * 10, i * 10 + 5, PERSON, predicted));
    }
}
