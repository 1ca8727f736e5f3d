package dev.ariadne.nlp.opennlp.internal;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a {@link dev.ariadne.api.nlp.LanguageAnalyzer}: {@code ariadne.analyzer.languages}
 * (String[]), as {@link dev.ariadne.api.nlp.LanguageAnalyzer#LANGUAGES} defines it. Declared on the component class
 * and read by DS at build time only.
 */
@ComponentPropertyType
@interface AnalyzerProperties {

    /** Prefix of the property names. */
    String PREFIX_ = "ariadne.analyzer.";

    /** The ISO 639-1 codes the analyzer handles. */
    String[] languages();
}
