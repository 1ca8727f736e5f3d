package dev.ariadne.extract.nlp4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import edu.emory.mathcs.nlp.common.collection.tree.PrefixNode;
import edu.emory.mathcs.nlp.common.collection.tree.PrefixTree;

/**
 * The compact store built into target/classes against NLP4J's original lexica, entry by entry: the same keys, the same
 * lists and sets, vectors within half a quantisation step. Reading the originals takes minutes (185 MB of xz for the
 * embeddings alone), so this runs only when asked: {@code -Dnlp4j.original=true}.
 */
@EnabledIfSystemProperty(named = "nlp4j.original", matches = "true")
class CompactStoreTest {

    static Path store() throws Exception {
        return StoreFiles.locate(CompactStoreTest.class.getClassLoader(), null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void embeddingsAreTheOriginalVectorsWithinQuantisation() throws Exception {
        Map<String, float[]> original = (Map<String, float[]>) StoreBuilder.read(
                "lexica/en-word-embeddings-undigitalized.xz");
        LexiconFile compact = LexiconFile.map(store().resolve(CompactLexica.EMBEDDINGS));

        assertThat(compact.size()).isEqualTo(original.size());
        double worst = 0;
        for (Map.Entry<String, float[]> e : original.entrySet()) {
            int entry = compact.find(e.getKey());
            assertThat(entry).as(e.getKey()).isNotNegative();
            float[] v = compact.vector(entry);
            float half = compact.scale(entry) / 2 + 1e-6f;
            for (int i = 0; i < v.length; i++) {
                double d = Math.abs(v[i] - e.getValue()[i]);
                worst = Math.max(worst, d);
                assertThat(d).as(e.getKey()).isLessThanOrEqualTo(half);
            }
        }
        System.out.println("largest difference of an embedding component: " + worst);
    }

    @Test
    @SuppressWarnings("unchecked")
    void ambiguityClassesAndClustersAreTheOriginalOnes() throws Exception {
        Map<String, List<String>> classes = (Map<String, List<String>>) StoreBuilder.read(
                "lexica/en-ambiguity-classes-simplified-lowercase.xz");
        LexiconFile a = LexiconFile.map(store().resolve(CompactLexica.AMBIGUITY));
        assertThat(a.size()).isEqualTo(classes.size());
        classes.forEach((k, v) -> assertThat(a.valueTable().get(a.value(a.find(k)))).as(k).isEqualTo(v));

        Map<String, Collection<String>> clusters = (Map<String, Collection<String>>) StoreBuilder.read(
                "lexica/en-brown-clusters-simplified-lowercase.xz");
        LexiconFile c = LexiconFile.map(store().resolve(CompactLexica.CLUSTERS));
        assertThat(c.size()).isEqualTo(clusters.size());
        clusters.forEach((k, v) -> assertThat(new HashSet<>(c.valueTable().get(c.value(c.find(k))))).as(k)
                .isEqualTo(new HashSet<>(v)));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void gazetteerTrieHasEveryOriginalNode() throws Exception {
        PrefixTree<String, Collection<String>> tree = (PrefixTree) StoreBuilder.read(
                "lexica/en-named-entity-gazetteers-simplified.xz");
        LexiconFile g = LexiconFile.map(store().resolve(CompactLexica.GAZETTEERS));
        Deque<PrefixNode<String, Collection<String>>> nodes = new ArrayDeque<>(List.of(tree.getRoot()));
        Deque<Integer> entries = new ArrayDeque<>(List.of(-1));
        int count = 0;
        while (!nodes.isEmpty()) {
            PrefixNode<String, Collection<String>> node = nodes.poll();
            int parent = entries.poll();
            for (Map.Entry<String, PrefixNode<String, Collection<String>>> child : node.entrySet()) {
                int entry = g.find(CompactLexica.gazetteerKey(parent, child.getKey()));
                assertThat(entry).as(child.getKey()).isNotNegative();
                PrefixNode<String, Collection<String>> c = child.getValue();
                if (c.hasValue()) {
                    assertThat(new HashSet<>(g.valueTable().get(g.value(entry)))).isEqualTo(new HashSet<>(c.getValue()));
                } else {
                    assertThat(g.value(entry)).isEqualTo(-1);
                }
                nodes.add(c);
                entries.add(entry);
                count++;
            }
        }
        assertThat(g.size()).isEqualTo(count);
    }
}
