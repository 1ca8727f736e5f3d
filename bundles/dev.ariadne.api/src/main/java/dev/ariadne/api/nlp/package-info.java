/**
 * Linguistic analysis shared by every extractor: sentences, tokens and part-of-speech tags with their offsets
 * in the document text. The {@link dev.ariadne.api.nlp.LanguageAnalyzer} is implemented by the OpenNLP bundle;
 * extractors get its result for the document they are given through
 * {@link dev.ariadne.api.entities.ExtractionContext#sentences()}, computed once per document.
 */
@Export
@Version("1.0.0")
package dev.ariadne.api.nlp;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
