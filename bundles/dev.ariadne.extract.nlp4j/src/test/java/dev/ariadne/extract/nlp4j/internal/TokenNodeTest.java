package dev.ariadne.extract.nlp4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;

/** The token node gives the feature templates the values NLP4J's own node gives. */
class TokenNodeTest {

    @Test
    void joinsAmbiguityClassesAsNlp4jDoes() {
        List<List<String>> cases = List.of(List.of(), List.of("NNP"), List.of("NN", "VB"), List.of("JJ", "NN", "RB"));
        for (List<String> classes : cases) {
            NLPNode nlp4j = new NLPNode(1, "word");
            TokenNode ours = new TokenNode(1, "word");
            nlp4j.setAmbiguityClasses(new ArrayList<>(classes));
            ours.setAmbiguityClasses(new ArrayList<>(classes));
            assertThat(ours.getAmbiguityClasses()).as("%s", classes).isEqualTo(nlp4j.getAmbiguityClasses());
        }
        assertThat(new TokenNode(1, "word").getAmbiguityClasses()).isNull();
    }

    @Test
    void theRootIsNlp4jsRoot() {
        TokenNode root = new TokenNode();
        NLPNode nlp4j = new NLPNode().toRoot();
        assertThat(root.getID()).isEqualTo(nlp4j.getID());
        assertThat(root.getWordForm()).isEqualTo(nlp4j.getWordForm());
    }
}
