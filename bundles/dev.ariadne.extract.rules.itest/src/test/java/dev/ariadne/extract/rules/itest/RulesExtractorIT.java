package dev.ariadne.extract.rules.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.entities.EntityExtractor;
import dev.ariadne.api.entities.ExtractionContext;
import dev.ariadne.api.entities.Mention;
import dev.ariadne.api.nlp.Sentence;

/**
 * The rules extractor as the extraction service finds it on a real framework: one whiteboard service with its name,
 * version and ranking, the gazetteer read from the bundle, and nothing of the bundle exported.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class RulesExtractorIT {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000, filter = "(ariadne.extractor.name=rules)")
    ServiceAware<EntityExtractor> extractors;

    @Test
    void registersOneExtractorWithItsNameVersionAndRanking() {
        assertThat(extractors.getServiceReferences()).hasSize(1);
        ServiceReference<EntityExtractor> ref = extractors.getServiceReference();
        assertThat(ref.getProperty(EntityExtractor.VERSION)).isInstanceOf(String.class);
        assertThat((String) ref.getProperty(EntityExtractor.VERSION)).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(ref.getProperty(Constants.SERVICE_RANKING)).isEqualTo(200);
        assertThat(ref.getBundle().getSymbolicName()).isEqualTo("dev.ariadne.extract.rules");
    }

    @Test
    void extractsWithTheGazetteerShippedInTheBundle() throws Exception {
        String text = "KYIV, Nov. 26 (Reuters) - Ukraine's Foreign Ministry said on Thursday that almost 30 years of "
                + "trade worth $4.5 billion with the U.S. were at stake.";
        List<Mention> mentions = extractors.getService().extract(new DocumentText("doc", text, List.of()),
                new Context(LocalDate.of(2026, 11, 28)));
        List<String> found = mentions.stream().map(m -> m.type() + ":" + m.text() + "=" + m.normalized())
                .collect(Collectors.toList());
        assertThat(found).contains("LOCATION:KYIV=Kyiv", "DATE:Nov. 26=2026-11-26", "ORGANIZATION:Reuters=Reuters",
                "LOCATION:Ukraine=Ukraine", "ORGANIZATION:Foreign Ministry=Foreign Ministry",
                "DATE:Thursday=2026-11-26", "DATE:almost 30 years=P30Y", "QUANTITY:$4.5 billion=4500000000 USD",
                "LOCATION:U.S.=United States");
        String version = (String) extractors.getServiceReference().getProperty(EntityExtractor.VERSION);
        assertThat(mentions).allSatisfy(m -> {
            assertThat(m.source()).isEqualTo("rules/" + version);
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        });
    }

    @Test
    void exportsNothing() {
        Bundle bundle = extractors.getServiceReference().getBundle();
        assertThat(bundle.getHeaders().get(Constants.EXPORT_PACKAGE)).isNull();
        assertThat(bundle.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(FrameworkUtil.getBundle(getClass())).isNotEqualTo(bundle);
    }

    /** A context that knows the document date only. */
    private record Context(LocalDate date) implements ExtractionContext {

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
            return Optional.of(date);
        }

        @Override
        public List<Sentence> sentences() {
            return List.of();
        }

        @Override
        public List<Sentence> taggedSentences() {
            return List.of();
        }
    }
}
