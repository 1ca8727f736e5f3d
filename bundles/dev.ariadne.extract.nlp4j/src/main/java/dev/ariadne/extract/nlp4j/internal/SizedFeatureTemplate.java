package dev.ariadne.extract.nlp4j.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;

import org.w3c.dom.Element;

import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.feature.FeatureItem;
import edu.emory.mathcs.nlp.component.template.feature.FeatureTemplate;
import edu.emory.mathcs.nlp.component.template.node.AbstractNLPNode;
import edu.emory.mathcs.nlp.component.template.state.NLPState;
import edu.emory.mathcs.nlp.component.template.train.HyperParameter;
import edu.emory.mathcs.nlp.learning.util.SparseItem;
import edu.emory.mathcs.nlp.learning.util.SparseVector;

/**
 * A model's feature template that builds each token's sparse feature vector in a list allocated once, at the size
 * the template's features can reach.
 *
 * <p>NLP4J starts every token's vector as an empty {@code ArrayList} and adds one item per known feature, so the list
 * is copied into a larger array about eight times per token and model; in a profile of decoding that growth was a
 * quarter of the samples. The vector built here holds the same items in the same order.
 *
 * <p>Put in place by {@link #install} on the engine's loading threads, once per model, before the model is used;
 * read by any number of decoding threads at once afterwards (it holds the original template's features and maps and
 * changes nothing). It only replaces a template of NLP4J's own class: a subclass may build its features otherwise.
 */
final class SizedFeatureTemplate<N extends AbstractNLPNode<N>, S extends NLPState<N>> extends FeatureTemplate<N, S> {

    private static final long serialVersionUID = 1L;

    private final int capacity;

    private SizedFeatureTemplate(FeatureTemplate<N, S> original) {
        super(null, new HyperParameter()); // the features come from the original, not from a configuration
        for (Field f : FeatureTemplate.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                try {
                    f.set(this, f.get(original));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        // one item at most per single feature; a set feature (orthographic, prefixes) gives a few
        capacity = feature_list.size() + 4 * feature_set.size() + 1;
    }

    /**
     * Replaces the feature template of a model read for decoding.
     *
     * @return whether it was replaced (false when the model has none, or one of another class)
     */
    static <N extends AbstractNLPNode<N>, S extends NLPState<N>> boolean install(OnlineComponent<N, S> model) {
        FeatureTemplate<N, S> template = model.getFeatureTemplate();
        if (template == null || template.getClass() != FeatureTemplate.class) {
            return false;
        }
        model.setFeatureTemplate(new SizedFeatureTemplate<>(template));
        return true;
    }

    /** The length a token's vector is allocated with. */
    int capacity() {
        return capacity;
    }

    @Override
    protected void init(Element element) {
        // called by NLP4J's constructor; this template takes its features from the original instead
    }

    @Override
    public SparseVector createSparseVector(S state, boolean isTrain) {
        SparseVector x = new SparseVector();
        ((ArrayList<SparseItem>) x.getVector()).ensureCapacity(capacity);
        int type = 0;
        for (FeatureItem item : feature_set) {
            Collection<String> values = getFeatures(state, item);
            if (values != null) {
                for (String value : values) {
                    add(x, type, value, 1, isTrain);
                }
            }
            type++;
        }
        for (FeatureItem[] items : feature_list) {
            add(x, type++, getFeature(state, items), 1, isTrain);
        }
        return x;
    }
}
