/**
 * The OpenNLP implementation of {@link dev.ariadne.api.nlp.LanguageAnalyzer} for English: {@link
 * dev.ariadne.nlp.opennlp.internal.OpenNlpAnalyzer} is the DS component, {@link
 * dev.ariadne.nlp.opennlp.internal.Segmenter} the per-call work (text blocks, sentences, tokens, tags, caps) and
 * {@link dev.ariadne.nlp.opennlp.internal.EnglishModels} the lazily read models. Private to the bundle.
 */
package dev.ariadne.nlp.opennlp.internal;
