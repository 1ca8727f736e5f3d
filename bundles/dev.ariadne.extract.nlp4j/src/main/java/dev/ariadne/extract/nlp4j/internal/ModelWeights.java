package dev.ariadne.extract.nlp4j.internal;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.magicwerk.brownies.collections.primitive.FloatGapList;

import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.learning.util.MajorVector;
import edu.emory.mathcs.nlp.learning.util.WeightVector;

/**
 * Keeps an NLP4J model's weights out of its serialized form. NLP4J serializes its weight matrices (tens of millions
 * of floats) one {@code readFloat} at a time, which is most of a model's loading time; here they are written to a
 * file of their own and read back in bulk, and the serialized model keeps only its feature and label maps.
 *
 * <p>{@link #detach} is called by {@link StoreBuilder} at build time; {@link #attach} by {@link Nlp4jEngine} on its
 * loading threads, once per model, before the model is used: it puts the weights back as {@link FlatWeights}. File
 * layout: an int count of matrices, then per matrix an int kind (0 sparse, 1 dense, in that order; a missing matrix is
 * skipped), an int length and the floats, little-endian.
 */
final class ModelWeights {

    private static final Field WEIGHTS = weightsField();

    private ModelWeights() {
    }

    private static Field weightsField() {
        try {
            Field f = MajorVector.class.getDeclaredField("weights");
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("this NLP4J has no MajorVector.weights", e);
        }
    }

    /** Writes the model's weights to {@code file} and empties them in the model, ready to be serialized without. */
    static void detach(OnlineComponent<?, ?> model, Path file) throws IOException {
        WeightVector w = model.getOptimizer().getWeightVector();
        MajorVector[] vectors = {w.getSparseWeightVector(), w.getDenseWeightVector()};
        int count = 0;
        for (MajorVector v : vectors) {
            count += v == null ? 0 : 1;
        }
        try (OutputStream os = Files.newOutputStream(file);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
            out.writeInt(Integer.reverseBytes(count));
            for (int kind = 0; kind < 2; kind++) {
                MajorVector v = vectors[kind];
                if (v == null) {
                    continue;
                }
                int n = v.size();
                out.writeInt(Integer.reverseBytes(kind));
                out.writeInt(Integer.reverseBytes(n));
                for (int i = 0; i < n; i++) {
                    out.writeInt(Integer.reverseBytes(Float.floatToRawIntBits(v.get(i))));
                }
                WEIGHTS.set(v, new FloatGapList());
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the weights from {@code file} back into a model read without them. */
    static void attach(OnlineComponent<?, ?> model, Path file) throws IOException {
        WeightVector w = model.getOptimizer().getWeightVector();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()).order(ByteOrder.LITTLE_ENDIAN);
            int count = buf.getInt();
            for (int c = 0; c < count; c++) {
                int kind = buf.getInt();
                int n = buf.getInt();
                float[] values = new float[n];
                buf.asFloatBuffer().get(values);
                buf.position(buf.position() + n * 4);
                MajorVector v = kind == 0 ? w.getSparseWeightVector() : w.getDenseWeightVector();
                if (v == null) {
                    throw new IOException("weights for a matrix the model does not have: " + file);
                }
                MajorVector flat = FlatWeights.of(v, values);
                if (kind == 0) {
                    w.setSparseWeightVector(flat);
                } else {
                    w.setDenseWeightVector(flat);
                }
            }
        }
    }
}
