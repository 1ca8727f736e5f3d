package dev.ariadne.extract.nlp4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.magicwerk.brownies.collections.primitive.FloatGapList;

import edu.emory.mathcs.nlp.learning.util.ColumnMajorVector;
import edu.emory.mathcs.nlp.learning.util.MajorVector;
import edu.emory.mathcs.nlp.learning.util.RowMajorVector;
import edu.emory.mathcs.nlp.learning.util.SparseVector;

/** The flat weight matrices score exactly as NLP4J's own, in both layouts. */
class FlatWeightsTest {

    private static final int FEATURES = 300;
    private static final int LABELS = 17;

    /** NLP4J's matrix of the given layout holding {@code values}, as a model read from its file has it. */
    private static MajorVector nlp4j(MajorVector empty, float[] values) throws Exception {
        empty.expand(LABELS, FEATURES); // NLP4J takes the label count first
        Field weights = MajorVector.class.getDeclaredField("weights");
        weights.setAccessible(true);
        FloatGapList list = new FloatGapList(0);
        list.init(values.clone());
        weights.set(empty, list);
        return empty;
    }

    @Test
    void sparseAndDenseScoresAreBitForBitNlp4js() throws Exception {
        Random r = new Random(11);
        float[] values = new float[FEATURES * LABELS];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) r.nextGaussian();
        }
        for (MajorVector original : new MajorVector[] {nlp4j(new ColumnMajorVector(), values),
                nlp4j(new RowMajorVector(), values)}) {
            MajorVector flat = FlatWeights.of(original, values);
            assertThat(flat.getFeatureSize()).isEqualTo(FEATURES);
            assertThat(flat.getLabelSize()).isEqualTo(LABELS);
            assertThat(flat.get(5, 3)).isEqualTo(original.get(5, 3));
            for (int round = 0; round < 50; round++) {
                SparseVector x = new SparseVector();
                for (int k = 0, n = r.nextInt(40); k < n; k++) {
                    // now and then an index past the model's features, which both leave out
                    x.add(r.nextInt(FEATURES + 20), r.nextFloat());
                }
                float[] dense = new float[1 + r.nextInt(FEATURES - 1)];
                for (int i = 0; i < dense.length; i++) {
                    dense[i] = (float) r.nextGaussian();
                }
                float[] expected = new float[LABELS];
                float[] got = new float[LABELS];
                original.addScores(x, expected);
                flat.addScores(x, got);
                original.addScores(dense, expected);
                flat.addScores(dense, got);
                assertThat(got).as(original.getClass().getSimpleName()).containsExactly(expected);
            }
        }
    }

    @Test
    void refusesWeightsOfAnotherShape() throws Exception {
        MajorVector original = nlp4j(new ColumnMajorVector(), new float[FEATURES * LABELS]);
        assertThatThrownBy(() -> FlatWeights.of(original, new float[10])).isInstanceOf(IllegalArgumentException.class);
    }
}
