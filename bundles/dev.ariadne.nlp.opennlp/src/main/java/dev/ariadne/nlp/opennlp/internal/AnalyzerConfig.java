package dev.ariadne.nlp.opennlp.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the OpenNLP analyzer, PID {@value #PID}; read by {@link OpenNlpAnalyzer} at activation and
 * whenever it changes, without a restart. The caps keep a text without sentence punctuation (a table, a log, a
 * 10 MB line) from reaching the entity extractors as one enormous sentence.
 */
@ObjectClassDefinition(id = AnalyzerConfig.PID, name = "Language analysis (OpenNLP)",
        description = "How English text is split into sentences and tokens.")
public @interface AnalyzerConfig {

    /** The configuration PID. */
    String PID = "dev.ariadne.nlp.opennlp";

    /** The most tokens one sentence may have before it is split. */
    @AttributeDefinition(name = "Longest sentence (tokens)", min = "20", max = "10000",
            description = "A longer run of text without a sentence end is split into pieces of at most this many "
                    + "tokens, preferably after a comma, semicolon or colon.")
    int maxSentenceTokens() default Segmenter.DEFAULT_MAX_TOKENS;

    /** The most characters one sentence may span before it is split. */
    @AttributeDefinition(name = "Longest sentence (characters)", min = "200", max = "1000000",
            description = "A longer run of text without a sentence end is cut into pieces of at most this many "
                    + "characters, at white space where there is some, before it is tokenized.")
    int maxSentenceChars() default Segmenter.DEFAULT_MAX_CHARS;
}
