/**
 * Statistical named-entity recognition with NLP4J as an EntityExtractor; the engine and a compact embedding store embedded privately, loaded in the background at first need.
 */
package dev.ariadne.extract.nlp4j.internal;
