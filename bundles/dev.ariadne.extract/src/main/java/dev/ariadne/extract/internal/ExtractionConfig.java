package dev.ariadne.extract.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of entity extraction, PID {@value #PID}; read by {@link ExtractionEngine} at activation and whenever
 * it changes (the next document uses the new values), rendered by the Preferences dialog from its metatype.
 */
@ObjectClassDefinition(id = ExtractionConfig.PID, name = "Entity extraction",
        description = "Limits of the extraction of people, organisations, places, dates and amounts.")
public @interface ExtractionConfig {

    /** The configuration PID. */
    String PID = "dev.ariadne.extract";

    /** The longest time the extractors may spend on one document. */
    @AttributeDefinition(name = "Time budget per document (s)", min = "0.01",
            description = "The longest time all extractors together may spend on one document. When it runs out "
                    + "they are interrupted, what was found so far is kept and the document is marked as "
                    + "partially extracted.")
    double timeBudgetSeconds() default 120;

    /** The text given to the extractors at once. */
    @AttributeDefinition(name = "Chunk size (characters)", min = "1000",
            description = "Long documents are given to the extractors in pieces of about this many characters, "
                    + "cut at sentence ends, so a budget that runs out keeps the pieces already done.")
    int chunkChars() default 200_000;

    /** The most mentions kept per document. */
    @AttributeDefinition(name = "Mentions per document", min = "1",
            description = "The most mentions kept for one document; the rest of a document with more (a huge "
                    + "table of names) is left out and the document is marked as partially extracted.")
    int maxMentions() default 100_000;
}
