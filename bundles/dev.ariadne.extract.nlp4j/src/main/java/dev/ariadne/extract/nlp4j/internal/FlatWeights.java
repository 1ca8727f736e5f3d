package dev.ariadne.extract.nlp4j.internal;

import java.util.List;

import edu.emory.mathcs.nlp.learning.initialization.WeightGenerator;
import edu.emory.mathcs.nlp.learning.util.ColumnMajorVector;
import edu.emory.mathcs.nlp.learning.util.MajorVector;
import edu.emory.mathcs.nlp.learning.util.RowMajorVector;
import edu.emory.mathcs.nlp.learning.util.SparseItem;
import edu.emory.mathcs.nlp.learning.util.SparseVector;

/**
 * An NLP4J weight matrix held in a plain {@code float[]} and scored by plain loops, in place of NLP4J's
 * {@link ColumnMajorVector} or {@link RowMajorVector}. NLP4J keeps its weights in a {@code FloatGapList} and scores a
 * sparse feature vector through a stream with a filter and a lambda: in a process where many other streams run (the
 * product), the JIT's type profile of the JDK's shared stream code holds many lambdas, so none of it is inlined and
 * NLP4J's thread spent about a quarter more CPU time per token than in a process running NLP4J alone. These loops
 * share no call site with other code and add the same products in the same order, so the scores are the same to the
 * bit.
 *
 * <p>Made by {@link ModelWeights#attach} on a loading thread, once per matrix; read-only afterwards, so any number of
 * extraction threads may score with one at once. Decoding only: the training methods of {@link MajorVector} that
 * change or grow the weights are not supported.
 */
final class FlatWeights extends MajorVector {

    private static final long serialVersionUID = 1L;
    private final float[] w;
    /** Whether the weights of one feature for all labels lie together (NLP4J's column-major layout). */
    private final boolean byFeature;

    private FlatWeights(float[] values, int features, int labels, boolean byFeature) {
        this.w = values;
        this.byFeature = byFeature;
        feature_size = features;
        label_size = labels;
    }

    /** A matrix with the layout and sizes of {@code template} (as NLP4J read it, no weights) over {@code values}. */
    static FlatWeights of(MajorVector template, float[] values) {
        int features = template.getFeatureSize();
        int labels = template.getLabelSize();
        if ((long) features * labels != values.length) {
            throw new IllegalArgumentException("a " + features + " x " + labels + " matrix cannot hold "
                    + values.length + " weights");
        }
        if (template instanceof ColumnMajorVector) {
            return new FlatWeights(values, features, labels, true);
        } else if (template instanceof RowMajorVector) {
            return new FlatWeights(values, features, labels, false);
        }
        throw new IllegalArgumentException("unknown NLP4J weight layout " + template.getClass().getName());
    }

    @Override
    public float get(int index) {
        return w[index];
    }

    @Override
    public int size() {
        return w.length;
    }

    @Override
    public int indexOf(int label, int feature) {
        return byFeature ? feature * label_size + label : label * feature_size + feature;
    }

    @Override
    public void addScores(SparseVector x, float[] scores) {
        List<SparseItem> items = x.getVector();
        if (byFeature) {
            for (int k = 0, n = items.size(); k < n; k++) {
                SparseItem item = items.get(k);
                if (item.getIndex() < feature_size) {
                    float value = item.getValue();
                    int at = item.getIndex() * label_size;
                    for (int label = 0; label < scores.length; label++) {
                        scores[label] += w[at++] * value;
                    }
                }
            }
        } else {
            for (int label = 0; label < scores.length; label++) {
                int base = label * feature_size;
                float sum = scores[label];
                for (int k = 0, n = items.size(); k < n; k++) {
                    SparseItem item = items.get(k);
                    if (item.getIndex() < feature_size) {
                        sum += w[base + item.getIndex()] * item.getValue();
                    }
                }
                scores[label] = sum;
            }
        }
    }

    @Override
    public void addScores(float[] x, float[] scores) {
        int at = 0;
        if (byFeature) {
            for (float value : x) {
                for (int label = 0; label < scores.length; label++) {
                    scores[label] += w[at++] * value;
                }
            }
        } else {
            for (int label = 0; label < scores.length; label++) {
                float sum = scores[label];
                for (float value : x) {
                    sum += w[at++] * value;
                }
                scores[label] = sum;
            }
        }
    }

    @Override
    public boolean expand(int labels, int features, WeightGenerator generator) {
        throw new UnsupportedOperationException("decoding weights cannot grow");
    }

    @Override
    protected void setRowSize(int size) {
        throw new UnsupportedOperationException("decoding weights cannot be resized");
    }

    @Override
    protected void setColumnSize(int size) {
        throw new UnsupportedOperationException("decoding weights cannot be resized");
    }

    @Override
    protected MajorVector createInstance() {
        throw new UnsupportedOperationException("decoding weights are not copied");
    }
}
