package dev.ariadne.nlp.opennlp.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import dev.ariadne.api.nlp.LanguageAnalyzer;
import dev.ariadne.api.nlp.Sentence;
import dev.ariadne.api.nlp.Token;

/**
 * The analyzer on a real framework: found as a service by its language property, reading OpenNLP's models from
 * its own embedded jars, exporting nothing.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class LanguageAnalyzerIT {

    @InjectBundleContext
    BundleContext context;

    @Test
    void analysesEnglishWithTagsThroughTheService(
            @InjectService(filter = "(" + LanguageAnalyzer.LANGUAGES + "=en)", timeout = 5000)
            LanguageAnalyzer analyzer) {
        String text = "Berger in Warsaw\nDate: 2026-03-12\n\nChancellor Anna Berger arrived in Warsaw on Thursday. "
                + "Dr. Nowak's aides met her at the U.S. embassy.";
        List<Sentence> sentences = analyzer.analyze(text, "und", true);
        assertThat(sentences).hasSize(4);
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
                assertThat(t.tag()).isNotBlank();
            }
        }
        Token warsaw = sentences.get(2).tokens().stream().filter(t -> t.text().equals("Warsaw")).findFirst()
                .orElseThrow();
        assertThat(warsaw.tag()).isEqualTo("PROPN");
        assertThat(sentences.get(3).tokens()).extracting(Token::text).contains("Dr.", "Nowak", "'s", "U.S.");
    }

    @Test
    void exportsNothingAndDeclaresItsLanguage(@InjectService(timeout = 5000) LanguageAnalyzer analyzer) {
        Bundle bundle = FrameworkUtil.getBundle(analyzer.getClass());
        assertThat(bundle.getSymbolicName()).isEqualTo("dev.ariadne.nlp.opennlp");
        assertThat(bundle.getHeaders().get(Constants.EXPORT_PACKAGE)).isNull();
        ServiceReference<LanguageAnalyzer> ref = context.getServiceReference(LanguageAnalyzer.class);
        assertThat(ref.getProperty(LanguageAnalyzer.LANGUAGES)).isEqualTo(new String[] {"en", "und"});
    }

    @Test
    void capsSentencesAsConfigured(@InjectService(timeout = 5000) LanguageAnalyzer analyzer,
            @InjectService(timeout = 5000) ConfigurationAdmin configAdmin) throws Exception {
        String text = "word ".repeat(500).strip();
        assertThat(analyzer.analyze(text, "en", false)).hasSize(2); // 400 + 100 by default
        Configuration config = configAdmin.getConfiguration("dev.ariadne.nlp.opennlp", "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("maxSentenceTokens", 50);
        config.update(properties);
        try {
            long deadline = System.nanoTime() + 10_000_000_000L;
            int sentences = 0;
            while (System.nanoTime() < deadline) { // the configuration reaches the component asynchronously
                sentences = analyzer.analyze(text, "en", false).size();
                if (sentences == 10) {
                    break;
                }
                Thread.sleep(20);
            }
            assertThat(sentences).isEqualTo(10);
        } finally {
            config.delete();
        }
    }
}
