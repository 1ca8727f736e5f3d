package dev.ariadne.cli.internal.eval;

import java.util.List;
import java.util.Map;

import dev.ariadne.api.entities.EntityType;

/**
 * The outcome of {@link Scorer#score}: counts per type for exact and overlap matching, their micro-averaged totals,
 * the entity clustering scores and what went wrong in each document. Immutable; read by the {@code eval} verb.
 *
 * @param exact counts per scored type (every type of {@link Scorer#TYPES}) for exact matching
 * @param overlap counts per scored type for overlap matching
 * @param exactOverall the sum of {@code exact} over the scored types (micro average)
 * @param overlapOverall the sum of {@code overlap} over the scored types
 * @param clustering B-cubed clustering over every overlap-matched mention
 * @param clusteringByType the same, restricted to the mentions of one type
 * @param documents per document, in the order given
 */
public record Score(Map<EntityType, Counts> exact, Map<EntityType, Counts> overlap, Counts exactOverall,
        Counts overlapOverall, Clustering clustering, Map<EntityType, Clustering> clusteringByType,
        List<DocumentResult> documents) {

    public Score {
        exact = Map.copyOf(exact);
        overlap = Map.copyOf(overlap);
        clusteringByType = Map.copyOf(clusteringByType);
        documents = List.copyOf(documents);
    }

    /**
     * How well the predicted entities group the matched mentions the way gold does.
     *
     * <p>Over the N overlap-matched pairs, each mention m has a gold cluster G(m) (the matched mentions whose gold
     * entity has the same type and canonical name) and a predicted cluster P(m) (those whose predicted entity has the
     * same type and canonical name). B-cubed precision is the mean over m of |G(m) ∩ P(m)| / |P(m)|, recall the mean
     * of |G(m) ∩ P(m)| / |G(m)|, and F1 their harmonic mean: 1 when every gold entity maps to exactly one predicted
     * entity and back; lower when the predictions split an entity (recall drops) or lump entities together
     * (precision drops). Names themselves do not matter to it; {@code nameAccuracy} is the share of matched mentions
     * whose predicted canonical name equals the gold one, ignoring case.
     *
     * @param mentions N, the number of matched mentions scored; all scores are 1 when it is 0
     * @param precision B-cubed precision
     * @param recall B-cubed recall
     * @param f1 B-cubed F1, the clustering accuracy the {@code eval} verb reports
     * @param nameAccuracy share of matched mentions given the gold canonical name
     */
    public record Clustering(int mentions, double precision, double recall, double f1, double nameAccuracy) {
    }

    /** A gold span and the predicted span matched to it. */
    public record Pair(Span gold, Span predicted) {
    }

    /**
     * What went wrong in one document under overlap matching.
     *
     * @param name the document's name
     * @param documentId its id
     * @param missed gold spans matched to no prediction, by position
     * @param spurious predicted spans (of scored types) matched to no gold span, by position
     * @param boundary matched pairs whose spans differ (counted right by overlap matching, wrong by exact matching)
     */
    public record DocumentResult(String name, String documentId, List<Span> missed, List<Span> spurious,
            List<Pair> boundary) {

        public DocumentResult {
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
            boundary = List.copyOf(boundary);
        }

        /** Whether nothing went wrong, even at the boundaries. */
        public boolean perfect() {
            return missed.isEmpty() && spurious.isEmpty() && boundary.isEmpty();
        }
    }
}
