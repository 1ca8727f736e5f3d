package dev.ariadne.extract.nlp4j.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ObjectOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.tukaani.xz.XZInputStream;

import edu.emory.mathcs.nlp.common.collection.tree.PrefixNode;
import edu.emory.mathcs.nlp.common.collection.tree.PrefixTree;
import edu.emory.mathcs.nlp.component.template.OnlineComponent;

/**
 * Build-time converter from NLP4J's English lexica and models (the {@code nlp4j-english} jar, 261 MB of xz-compressed
 * serialized hash maps) to what the bundle ships: four compact lexicon files ({@link LexiconFile}) and the part-of-speech
 * and named-entity models as plain serialized streams without their weights, which go to files of their own
 * ({@link ModelWeights}).
 *
 * <p>Run by exec-maven-plugin in the {@code compile} phase of this module's build, in a JVM of its own, with the
 * output folder as argument (the bundle's {@code nlp4j/} resource folder); the English jar must be on its class path.
 * Does nothing when the folder already holds a complete store of the current format (its {@value #STAMP} file is
 * written last). Not used at run time.
 */
public final class StoreBuilder {

    /** The file written last, naming the format and the sizes of the other files. */
    public static final String STAMP = "store.properties";
    /** The version of the whole store (lexicon format, model split); a new one makes the build convert again. */
    static final int FORMAT = 2;
    static final String NER_MODEL = "en-ner.ser";
    static final String POS_MODEL = "en-pos.ser";
    static final String NER_WEIGHTS = "en-ner.weights";
    static final String POS_WEIGHTS = "en-pos.weights";
    static final String SOURCE = "edu/emory/mathcs/nlp/";

    private StoreBuilder() {
    }

    /** @param args the output folder */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        if (Files.exists(out.resolve(STAMP))) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(out.resolve(STAMP))) {
                p.load(in);
            }
            if (String.valueOf(FORMAT).equals(p.getProperty("format"))) {
                System.out.println("NLP4J compact store is up to date in " + out);
                return;
            }
        }
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        // each file is written atomically, so one already there (from an interrupted run) is complete
        if (!Files.exists(out.resolve(NER_WEIGHTS))) {
            splitModel("models/en-ner.xz", out.resolve(NER_MODEL), out.resolve(NER_WEIGHTS));
        }
        if (!Files.exists(out.resolve(POS_WEIGHTS))) {
            splitModel("models/en-pos.xz", out.resolve(POS_MODEL), out.resolve(POS_WEIGHTS));
        }
        if (!Files.exists(out.resolve(CompactLexica.AMBIGUITY))) {
            writeLists(read("lexica/en-ambiguity-classes-simplified-lowercase.xz"),
                    out.resolve(CompactLexica.AMBIGUITY));
        }
        if (!Files.exists(out.resolve(CompactLexica.CLUSTERS))) {
            writeLists(read("lexica/en-brown-clusters-simplified-lowercase.xz"), out.resolve(CompactLexica.CLUSTERS));
        }
        if (!Files.exists(out.resolve(CompactLexica.GAZETTEERS))) {
            writeGazetteers(read("lexica/en-named-entity-gazetteers-simplified.xz"),
                    out.resolve(CompactLexica.GAZETTEERS));
        }
        if (!Files.exists(out.resolve(CompactLexica.EMBEDDINGS))) {
            writeEmbeddings(read("lexica/en-word-embeddings-undigitalized.xz"), out.resolve(CompactLexica.EMBEDDINGS));
        }
        Properties p = new Properties();
        p.setProperty("format", String.valueOf(FORMAT));
        for (String f : StoreFiles.FILES) {
            p.setProperty("size." + f, String.valueOf(Files.size(out.resolve(f))));
        }
        try (OutputStream os = Files.newOutputStream(out.resolve(STAMP))) {
            p.store(os, "NLP4J 1.1.3 English NER store");
        }
        System.out.printf("NLP4J compact store written to %s in %d s%n", out, (System.nanoTime() - t0) / 1_000_000_000L);
    }

    private static InputStream source(String name) throws IOException {
        InputStream in = StoreBuilder.class.getClassLoader().getResourceAsStream(SOURCE + name);
        if (in == null) {
            throw new IOException("not on the class path: " + SOURCE + name + " (edu.emory.mathcs.nlp:nlp4j-english)");
        }
        return new XZInputStream(new BufferedInputStream(in, 1 << 16));
    }

    /** Reads one of the English jar's serialized objects. */
    static Object read(String name) throws IOException, ClassNotFoundException {
        long t = System.nanoTime();
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(source(name), 1 << 16))) {
            Object o = in.readObject();
            System.out.printf("read %s in %d ms%n", name, (System.nanoTime() - t) / 1_000_000);
            return o;
        }
    }

    /** A model without its weights (serialized) and its weights (in bulk, see {@link ModelWeights}). */
    private static void splitModel(String name, Path model, Path weights) throws IOException, ClassNotFoundException {
        OnlineComponent<?, ?> component = (OnlineComponent<?, ?>) read(name);
        Path tmpWeights = weights.resolveSibling(weights.getFileName() + ".tmp");
        ModelWeights.detach(component, tmpWeights);
        Path tmp = model.resolveSibling(model.getFileName() + ".tmp");
        try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp),
                1 << 16))) {
            out.writeObject(component);
        }
        Files.move(tmp, model, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(tmpWeights, weights, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A lexicon of word to list (ambiguity classes) or set (word clusters) of strings. */
    @SuppressWarnings("unchecked")
    static void writeLists(Object lexicon, Path to) throws IOException {
        LexiconWriter w = new LexiconWriter(0);
        for (Map.Entry<String, Collection<String>> e : new TreeMap<>((Map<String, Collection<String>>) lexicon)
                .entrySet()) {
            w.add(e.getKey(), new ArrayList<>(e.getValue()));
        }
        w.write(to);
    }

    /** The word embeddings, int8-quantised with a scale per word. */
    @SuppressWarnings("unchecked")
    static void writeEmbeddings(Object lexicon, Path to) throws IOException {
        Map<String, float[]> map = new TreeMap<>((Map<String, float[]>) lexicon);
        int dim = map.values().iterator().next().length;
        LexiconWriter w = new LexiconWriter(dim);
        for (Map.Entry<String, float[]> e : map.entrySet()) {
            w.addValue(e.getKey(), 0, e.getValue());
        }
        w.write(to);
    }

    /** The gazetteer trie, breadth first so that every parent's entry is known before its children's keys. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void writeGazetteers(Object lexicon, Path to) throws IOException {
        PrefixTree<String, Collection<String>> tree = (PrefixTree) lexicon;
        LexiconWriter w = new LexiconWriter(0);
        Deque<PrefixNode<String, Collection<String>>> nodes = new ArrayDeque<>();
        Deque<Integer> entries = new ArrayDeque<>();
        nodes.add(tree.getRoot());
        entries.add(-1);
        int next = 0;
        while (!nodes.isEmpty()) {
            PrefixNode<String, Collection<String>> node = nodes.poll();
            int entry = entries.poll();
            for (Map.Entry<String, PrefixNode<String, Collection<String>>> child : new TreeMap<>(node).entrySet()) {
                PrefixNode<String, Collection<String>> c = child.getValue();
                w.add(CompactLexica.gazetteerKey(entry, child.getKey()),
                        c.hasValue() ? new ArrayList<>(c.getValue()) : null);
                nodes.add(c);
                entries.add(next++);
            }
        }
        w.write(to);
    }
}
