package dev.ariadne.extract.nlp4j.internal;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.entities.EntityExtractor;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.ExtractionContext;
import dev.ariadne.api.entities.Mention;

/**
 * The NLP4J 1.1.3 statistical named-entity recognizer as an {@link EntityExtractor} (name {@value #NAME}, version
 * {@value #VERSION}, {@code service.ranking} 100: the rules and gazetteer extractor, at 200, wins where they
 * disagree).
 *
 * <p>OntoNotes types map to Ariadne's: PERSON to PERSON; ORG to ORGANIZATION; GPE, LOC and FAC to LOCATION; DATE
 * and TIME to DATE; MONEY, PERCENT and QUANTITY to QUANTITY; NORP, EVENT, PRODUCT, WORK_OF_ART, LAW and LANGUAGE to
 * MISC; CARDINAL and ORDINAL are dropped. Spans leave out a leading "the", a trailing possessive and, for people,
 * leading titles. Documents whose language is known and not English get no mentions.
 *
 * <p>The engine is loaded in the background on the first call of {@link #extract} (which waits for it), never at
 * activation; it is then shared by all calls. Called by the extraction service on its worker threads, concurrently;
 * {@link #extract} checks for interruption between sentences and while waiting for the load.
 */
@Component(service = EntityExtractor.class, property = Constants.SERVICE_RANKING + ":Integer=100")
@ExtractorProperties(name = Nlp4jExtractor.NAME, version = Nlp4jExtractor.VERSION)
public final class Nlp4jExtractor implements EntityExtractor {

    static final String NAME = "nlp4j";
    static final String VERSION = "1";
    static final String SOURCE = NAME + "/" + VERSION;
    /** NLP4J gives no probability per entity; this says "statistical, usually right", below the rules' certainty. */
    static final double CONFIDENCE = 0.75;

    private static final Logger LOG = LoggerFactory.getLogger(Nlp4jExtractor.class);

    final EngineLoader loader;

    /** Activation by DS: only prepares the loader; the store is copied to the bundle's data area at first load. */
    @Activate
    public Nlp4jExtractor(BundleContext context) {
        File data = context.getDataFile("store");
        this.loader = loaderFor(data == null ? null : data.toPath());
    }

    /** For tests: an extractor over the store on the class path, loading on first need. */
    Nlp4jExtractor(EngineLoader loader) {
        this.loader = loader;
    }

    static EngineLoader loaderFor(Path cache) {
        return new EngineLoader(() -> {
            long t = System.nanoTime();
            Path store = StoreFiles.locate(Nlp4jExtractor.class.getClassLoader(), cache);
            Nlp4jEngine engine = Nlp4jEngine.load(store);
            LOG.info("NLP4J entity engine ready in {} ms", (System.nanoTime() - t) / 1_000_000);
            return engine;
        });
    }

    @Deactivate
    void deactivate() {
        loader.close();
    }

    @Override
    public List<Mention> extract(DocumentText text, ExtractionContext context) throws InterruptedException {
        String language = context.language() == null ? "und" : context.language().toLowerCase(Locale.ROOT);
        if (!language.equals("en") && !language.equals("und") && !language.isEmpty()) {
            return List.of();
        }
        String s = text.text();
        if (s.isBlank()) {
            return List.of();
        }
        Nlp4jEngine engine = loader.get();
        List<Mention> mentions = new ArrayList<>();
        for (Nlp4jEngine.Span span : engine.recognize(s)) {
            EntityType type = typeOf(span.label());
            if (type != null) {
                mentions.add(new Mention(text.documentId(), span.start(), span.end(),
                        s.substring(span.start(), span.end()), type, CONFIDENCE, null, SOURCE));
            }
        }
        return mentions;
    }

    /** The Ariadne type of an OntoNotes label, or {@code null} to drop it. */
    static EntityType typeOf(String label) {
        switch (label) {
            case "PERSON":
                return EntityType.PERSON;
            case "ORG":
                return EntityType.ORGANIZATION;
            case "GPE":
            case "LOC":
            case "FAC":
                return EntityType.LOCATION;
            case "DATE":
            case "TIME":
                return EntityType.DATE;
            case "MONEY":
            case "PERCENT":
            case "QUANTITY":
                return EntityType.QUANTITY;
            case "NORP":
            case "EVENT":
            case "PRODUCT":
            case "WORK_OF_ART":
            case "LAW":
            case "LANGUAGE":
                return EntityType.MISC;
            default:
                return null;
        }
    }
}
