package dev.ariadne.extract.nlp4j.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.entities.EntityExtractor;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.ExtractionContext;
import dev.ariadne.api.entities.Mention;
import dev.ariadne.api.nlp.Sentence;

/**
 * The NLP4J extractor in a real framework: registered with its properties, nothing loaded until the first call, then
 * the models deserialized through the bundle's class loader and the compact store copied to the bundle's data area.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class Nlp4jExtractorIT {

    static final String TEXT = "Chancellor Olaf Scholz met Donald Tusk in Warsaw on Monday. Siemens said sales rose"
            + " 15% to $4 million in March 2023.";

    @InjectBundleContext
    BundleContext context;
    @InjectService(timeout = 30_000, filter = "(ariadne.extractor.name=nlp4j)")
    ServiceAware<EntityExtractor> extractors;

    @Test
    void extractsEntitiesWithTheModelsLoadedAtFirstNeed() throws Exception {
        ServiceReference<EntityExtractor> ref = extractors.getServiceReference();
        assertThat(ref.getProperty(Constants.SERVICE_RANKING)).isEqualTo(100);
        assertThat(ref.getProperty(EntityExtractor.VERSION)).isEqualTo("1");
        Bundle bundle = ref.getBundle();
        assertThat(bundle.getHeaders().get(Constants.EXPORT_PACKAGE)).isNull();
        File store = bundle.getBundleContext().getDataFile("store");
        assertThat(store.exists()).as("store copied before the first extraction").isFalse();

        List<Mention> mentions = extractors.getService().extract(new DocumentText("d1", TEXT, List.of()), english());

        assertThat(mentions).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Olaf Scholz");
            assertThat(m.type()).isEqualTo(EntityType.PERSON);
            assertThat(m.start()).isEqualTo(TEXT.indexOf("Olaf"));
        });
        assertThat(mentions).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Warsaw");
            assertThat(m.type()).isEqualTo(EntityType.LOCATION);
        });
        assertThat(mentions).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("$4 million");
            assertThat(m.type()).isEqualTo(EntityType.QUANTITY);
        });
        assertThat(store.isDirectory()).isTrue();
        File[] copies = store.listFiles();
        assertThat(copies).hasSize(1);
        assertThat(Arrays.stream(copies[0].list()).toList()).contains("word-embeddings.lex", "en-ner.ser");
    }

    static ExtractionContext english() {
        return new ExtractionContext() {
            @Override
            public Document document() {
                return null;
            }

            @Override
            public String language() {
                return "en";
            }

            @Override
            public Optional<LocalDate> documentDate() {
                return Optional.empty();
            }

            @Override
            public List<Sentence> sentences() {
                return List.of();
            }

            @Override
            public List<Sentence> taggedSentences() {
                return List.of();
            }
        };
    }
}
