package dev.ariadne.extract.nlp4j.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.feature.FeatureTemplate;
import edu.emory.mathcs.nlp.learning.util.FeatureMap;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

/**
 * NLP4J decoding with its models' feature maps as fastutil hash maps (as NLP4J reads them) and as
 * {@link FeatureIndex}es, alternately in one JVM on the same engine: thread CPU seconds per pass over a folder of
 * {@code .txt} files, and the spans found (which must be the same). Not a test; run by hand:
 *
 * <pre>
 * java -cp "$CP" dev.ariadne.extract.nlp4j.internal.FeatureIndexBenchmark &lt;corpus folder&gt; &lt;store cache&gt; [rounds]
 * </pre>
 *
 * with the class path of the bundle's tests (see BENCHMARKS.md, "Entities: NLP4J engine").
 */
public final class FeatureIndexBenchmark {

    private FeatureIndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Nlp4jEngine engine = Nlp4jEngine.load(
                StoreFiles.locate(FeatureIndexBenchmark.class.getClassLoader(), Path.of(args[1])));
        Field components = Nlp4jEngine.class.getDeclaredField("components");
        components.setAccessible(true);
        Field featureMap = FeatureTemplate.class.getDeclaredField("feature_map");
        featureMap.setAccessible(true);
        List<List<Object2IntMap<String>>> inModels = new ArrayList<>();
        List<List<Object2IntMap<String>>> indexes = new ArrayList<>();
        List<List<Object2IntMap<String>>> hashMaps = new ArrayList<>();
        for (Object c : (List<?>) components.get(engine)) {
            if (c instanceof OnlineComponent<?, ?> model) {
                List<Object2IntMap<String>> maps = ((FeatureMap) featureMap.get(model.getFeatureTemplate()))
                        .getIndexMaps();
                inModels.add(maps);
                indexes.add(new ArrayList<>(maps));
                List<Object2IntMap<String>> copies = new ArrayList<>();
                for (Object2IntMap<String> m : maps) {
                    Object2IntOpenHashMap<String> copy = new Object2IntOpenHashMap<>(m);
                    copy.defaultReturnValue(m.defaultReturnValue());
                    copies.add(copy);
                }
                hashMaps.add(copies);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round <= rounds; round++) { // round 0 warms up
            for (boolean index : new boolean[] {false, true}) {
                for (int i = 0; i < inModels.size(); i++) {
                    inModels.get(i).clear();
                    inModels.get(i).addAll(index ? indexes.get(i) : hashMaps.get(i));
                }
                long cpu = threads.getCurrentThreadCpuTime();
                long spans = 0;
                for (String t : texts) {
                    spans += engine.recognize(t).size();
                }
                System.out.printf(Locale.ROOT, "round %d, %s: %.2f s thread CPU, %d spans%n", round,
                        index ? "feature index" : "fastutil maps", (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
                        spans);
            }
        }
    }
}
