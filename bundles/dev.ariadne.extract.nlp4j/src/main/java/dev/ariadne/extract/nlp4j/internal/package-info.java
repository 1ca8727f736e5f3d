/**
 * Statistical named-entity recognition with NLP4J 1.1.3 as an {@link dev.ariadne.api.entities.EntityExtractor}
 * ({@link dev.ariadne.extract.nlp4j.internal.Nlp4jExtractor}, name {@code nlp4j}, {@code service.ranking} 100).
 *
 * <p>NLP4J as shipped loads for half a minute into about 2.5 GB of heap: its lexica are xz-compressed serialized
 * hash maps (185 MB of word embeddings alone) and its models serialize their weights one float at a time. At build
 * time {@link dev.ariadne.extract.nlp4j.internal.StoreBuilder} turns what the named-entity recognizer needs (the
 * part-of-speech and named-entity models, ambiguity classes, word clusters, word embeddings, gazetteers; not the
 * dependency parser) into a compact store under {@code nlp4j/} in the bundle: memory-mapped lexicon files
 * ({@link dev.ariadne.extract.nlp4j.internal.LexiconFile}: open-addressing hash of UTF-8 keys, shared value lists,
 * int8 vectors) read by {@link dev.ariadne.extract.nlp4j.internal.CompactLexica} in place of NLP4J's lexica, and the
 * models without their weights, which are read in bulk ({@link dev.ariadne.extract.nlp4j.internal.ModelWeights}).
 * At run time the store is copied once to the bundle's data area and mapped; the engine loads in the background at
 * the first extraction ({@link dev.ariadne.extract.nlp4j.internal.EngineLoader}).
 *
 * <p>Decoding gives NLP4J's own results with less work per token: the models' weights are plain arrays scored by
 * plain loops ({@link dev.ariadne.extract.nlp4j.internal.FlatWeights}), their feature maps one compact table each
 * ({@link dev.ariadne.extract.nlp4j.internal.FeatureIndex}), each token's feature vector is allocated once
 * ({@link dev.ariadne.extract.nlp4j.internal.SizedFeatureTemplate}), and the token nodes join their lexicon values
 * without streams ({@link dev.ariadne.extract.nlp4j.internal.TokenNode}).
 *
 * <p>NLP4J and the parts of fastutil, commons-math, brownies-collections and xz it uses are copied into the bundle;
 * nothing is exported. Tokens and sentences come from NLP4J's own tokenizer, which is what the models were trained
 * on, not from the shared {@link dev.ariadne.api.nlp.LanguageAnalyzer}.
 */
package dev.ariadne.extract.nlp4j.internal;
