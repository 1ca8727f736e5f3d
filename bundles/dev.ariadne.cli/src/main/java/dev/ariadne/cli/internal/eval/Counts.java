package dev.ariadne.cli.internal.eval;

/**
 * True positives, false positives and false negatives, with the precision, recall and F1 they give.
 *
 * <p>Conventions for empty denominators: precision is 1 when nothing was predicted, recall is 1 when nothing was to
 * be found, and F1 is 0 when precision and recall are both 0. So a type absent from gold and predictions scores 1, and
 * one with gold but no prediction scores precision 1, recall 0, F1 0. Immutable; made by {@link Scorer}.
 *
 * @param truePositives predicted spans matched to a gold span
 * @param falsePositives predicted spans matched to none
 * @param falseNegatives gold spans matched to none
 */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {

    /** No span at all. */
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** The sum of both counts, field by field. */
    public Counts plus(Counts other) {
        return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    /** The number of gold spans: true positives and false negatives. */
    public int gold() {
        return truePositives + falseNegatives;
    }

    /** The number of predicted spans: true positives and false positives. */
    public int predicted() {
        return truePositives + falsePositives;
    }

    /** TP / (TP + FP), or 1 when nothing was predicted. */
    public double precision() {
        return predicted() == 0 ? 1.0 : (double) truePositives / predicted();
    }

    /** TP / (TP + FN), or 1 when there was nothing to find. */
    public double recall() {
        return gold() == 0 ? 1.0 : (double) truePositives / gold();
    }

    /** The harmonic mean of precision and recall, or 0 when both are 0. */
    public double f1() {
        return Scorer.f1(precision(), recall());
    }
}
