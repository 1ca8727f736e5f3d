/**
 * Sentences, tokens and part-of-speech tags for English with Apache OpenNLP (the LanguageAnalyzer service); OpenNLP and its models embedded privately.
 */
package dev.ariadne.nlp.opennlp.internal;
