package dev.ariadne.extract.rules.internal;

/**
 * One family of rules (dates, quantities, contacts, gazetteer, organisation patterns).
 *
 * <p>Implementations are immutable and thread-safe: {@link RulesExtractor} calls them concurrently on worker
 * threads, once per chunk of a document's text.
 */
interface Rules {

    /**
     * Adds the candidates found in a chunk of the scope's text.
     *
     * @param chunk the part of the text to scan, tokenised, with its document; rules may look at the text around
     *        the chunk, but report spans inside it
     * @param found where candidates go
     */
    void find(Chunk chunk, Found found);
}
