package dev.ariadne.extract.nlp4j.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import edu.emory.mathcs.nlp.component.template.feature.Field;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexica;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.component.template.util.BILOU;

/**
 * NLP4J's lexica component backed by the compact store: it sets on each token node the same ambiguity classes, word
 * clusters, word embedding and named-entity gazetteer tags as NLP4J's own {@link GlobalLexica} would from its hash
 * maps, but looks them up in memory-mapped {@link LexiconFile}s. The keys are the node fields NLP4J's English decode
 * configuration names for each lexicon.
 *
 * <p>The gazetteers are a trie stored as a hash of (parent entry, token) pairs: the key of a node is the parent's
 * entry in base 36, a space, and the token. As in NLP4J, each position gets only the longest phrase starting there.
 *
 * <p>Made by {@link Nlp4jEngine} while loading; {@link #process(NLPNode[])} is then called by the decoding threads,
 * concurrently (it only reads the files and writes to the nodes of its own sentence).
 */
final class CompactLexica extends GlobalLexica<NLPNode> {

    static final String AMBIGUITY = "ambiguity-classes.lex";
    static final String CLUSTERS = "word-clusters.lex";
    static final String EMBEDDINGS = "word-embeddings.lex";
    static final String GAZETTEERS = "gazetteers.lex";

    static final Field AMBIGUITY_FIELD = Field.word_form_simplified_lowercase;
    static final Field CLUSTERS_FIELD = Field.word_form_simplified_lowercase;
    static final Field EMBEDDINGS_FIELD = Field.word_form_undigitalized;
    static final Field GAZETTEERS_FIELD = Field.word_form_simplified;

    private final LexiconFile ambiguity;
    private final List<List<String>> ambiguityLists;
    private final LexiconFile clusters;
    private final List<Set<String>> clusterSets;
    private final LexiconFile embeddings;
    private final LexiconFile gazetteers;
    private final List<List<String>> gazetteerTags;

    CompactLexica(LexiconFile ambiguity, LexiconFile clusters, LexiconFile embeddings, LexiconFile gazetteers) {
        super(new ByteArrayInputStream("<configuration/>".getBytes(StandardCharsets.UTF_8)));
        this.ambiguity = ambiguity;
        this.ambiguityLists = ambiguity.valueTable();
        this.clusters = clusters;
        List<Set<String>> sets = new ArrayList<>();
        for (List<String> l : clusters.valueTable()) {
            sets.add(Collections.unmodifiableSet(new LinkedHashSet<>(l)));
        }
        this.clusterSets = List.copyOf(sets);
        this.embeddings = embeddings;
        this.gazetteers = gazetteers;
        List<List<String>> tags = new ArrayList<>();
        for (List<String> l : gazetteers.valueTable()) {
            List<String> bilou = new ArrayList<>(4 * l.size());
            for (String tag : l) {
                bilou.add(BILOU.toBILOUTag(BILOU.U, tag));
                bilou.add(BILOU.toBILOUTag(BILOU.B, tag));
                bilou.add(BILOU.toBILOUTag(BILOU.I, tag));
                bilou.add(BILOU.toBILOUTag(BILOU.L, tag));
            }
            tags.add(List.copyOf(bilou));
        }
        this.gazetteerTags = List.copyOf(tags);
    }

    @Override
    public void process(List<NLPNode[]> document) {
        for (NLPNode[] nodes : document) {
            process(nodes);
        }
    }

    @Override
    public void process(NLPNode[] nodes) {
        for (int i = 1; i < nodes.length; i++) {
            NLPNode node = nodes[i];
            int e = ambiguity.find(node.getValue(AMBIGUITY_FIELD));
            node.setAmbiguityClasses(e < 0 ? null : ambiguityLists.get(ambiguity.value(e)));
            e = clusters.find(node.getValue(CLUSTERS_FIELD));
            node.setWordClusters(e < 0 ? null : clusterSets.get(clusters.value(e)));
            e = embeddings.find(node.getValue(EMBEDDINGS_FIELD));
            node.setWordEmbedding(e < 0 ? null : embeddings.vector(e));
        }
        processGazetteers(nodes);
    }

    private void processGazetteers(NLPNode[] nodes) {
        for (int begin = 1; begin < nodes.length; begin++) {
            int parent = -1;
            int value = -1;
            int last = -1;
            for (int i = begin; i < nodes.length; i++) {
                int e = gazetteers.find(gazetteerKey(parent, nodes[i].getValue(GAZETTEERS_FIELD)));
                if (e < 0) {
                    break;
                }
                parent = e;
                int v = gazetteers.value(e);
                if (v >= 0) {
                    value = v;
                    last = i;
                }
            }
            if (value < 0) {
                continue;
            }
            List<String> bilou = gazetteerTags.get(value);
            for (int t = 0; t < bilou.size(); t += 4) {
                if (last == begin) {
                    nodes[begin].addNamedEntityGazetteer(bilou.get(t));
                } else {
                    nodes[begin].addNamedEntityGazetteer(bilou.get(t + 1));
                    nodes[last].addNamedEntityGazetteer(bilou.get(t + 3));
                    for (int j = begin + 1; j < last; j++) {
                        nodes[j].addNamedEntityGazetteer(bilou.get(t + 2));
                    }
                }
            }
        }
    }

    /** The key of a gazetteer trie node: its parent's entry (-1 for the root) and its token. */
    static String gazetteerKey(int parent, String token) {
        return Integer.toString(parent, 36) + ' ' + token;
    }
}
