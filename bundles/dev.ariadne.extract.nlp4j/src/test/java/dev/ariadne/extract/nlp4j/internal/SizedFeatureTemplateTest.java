package dev.ariadne.extract.nlp4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;

/** Decoding with the sized feature vectors finds exactly what NLP4J's own template finds. */
class SizedFeatureTemplateTest {

    @Test
    void replacesTheTemplatesOfBothModels() throws Exception {
        Path store = CompactStoreTest.store();
        ClassLoader loader = getClass().getClassLoader();
        for (String[] model : new String[][] {{StoreBuilder.POS_MODEL, StoreBuilder.POS_WEIGHTS},
                {StoreBuilder.NER_MODEL, StoreBuilder.NER_WEIGHTS}}) {
            @SuppressWarnings("unchecked")
            OnlineComponent<NLPNode, ?> plain = (OnlineComponent<NLPNode, ?>) Nlp4jEngine.readModel(
                    store.resolve(model[0]), store.resolve(model[1]), loader, false);
            int features = plain.getFeatureTemplate().getFeatureList().size();
            assertThat(SizedFeatureTemplate.install(plain)).as(model[0]).isTrue();
            assertThat(plain.getFeatureTemplate()).isInstanceOf(SizedFeatureTemplate.class);
            assertThat(((SizedFeatureTemplate<?, ?>) plain.getFeatureTemplate()).capacity()).isGreaterThan(features);
            assertThat(SizedFeatureTemplate.install(plain)).as("installed once only").isFalse();
        }
    }

    @Test
    void findsTheSameSpansAsNlp4jsTemplate() throws Exception {
        Path store = CompactStoreTest.store();
        Nlp4jEngine sized = Nlp4jEngine.load(store, true);
        Nlp4jEngine plain = Nlp4jEngine.load(store, false);
        List<String> texts = new ArrayList<>(List.of(Nlp4jExtractorTest.NEWS));
        try (Stream<Path> docs = Files.list(Path.of("../../tests/eval/docs"))) {
            for (Path doc : docs.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(doc));
            }
        }
        assertThat(texts).hasSizeGreaterThan(20);
        int spans = 0;
        for (String text : texts) {
            List<Nlp4jEngine.Span> expected = plain.recognize(text);
            assertThat(sized.recognize(text)).isEqualTo(expected);
            spans += expected.size();
        }
        assertThat(spans).isGreaterThan(1000);
    }
}
