package dev.ariadne.extract.nlp4j.internal;

import java.io.InputStream;
import java.util.List;

import edu.emory.mathcs.nlp.common.util.IOUtils;
import edu.emory.mathcs.nlp.common.util.Language;
import edu.emory.mathcs.nlp.common.util.NLPUtils;
import edu.emory.mathcs.nlp.common.util.XMLUtils;
import edu.emory.mathcs.nlp.component.morph.MorphologicalAnalyzer;
import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexica;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;

/**
 * NLP4J's English pipeline loaded the way NLP4J ships it: lexica as hash maps and models from the xz-compressed
 * {@code nlp4j-english} jar (on the test class path). For the benchmark and the comparison with the compact store;
 * takes half a minute or more and about 2.5 GB of heap.
 */
final class OriginalPipeline {

    private OriginalPipeline() {
    }

    /** Loads the original lexica and models into an engine that decodes exactly as the compact one does. */
    static Nlp4jEngine load() throws Exception {
        GlobalLexica<NLPNode> lexica;
        try (InputStream config = IOUtils.getInputStreamsFromResource(
                "edu/emory/mathcs/nlp/configuration/config-decode-en.xml")) {
            lexica = new GlobalLexica<>(XMLUtils.getDocumentElement(config));
        }
        NLPComponent<NLPNode> pos = NLPUtils.getComponent("edu/emory/mathcs/nlp/models/en-pos.xz");
        NLPComponent<NLPNode> ner = NLPUtils.getComponent("edu/emory/mathcs/nlp/models/en-ner.xz");
        return new Nlp4jEngine(List.of(lexica, pos, new MorphologicalAnalyzer<>(Language.ENGLISH), ner));
    }
}
