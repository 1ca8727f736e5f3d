package dev.ariadne.extract.rules.internal;

/**
 * One family of rules (dates, quantities, contacts, gazetteer, organisation patterns).
 *
 * <p>Implementations are immutable and thread-safe: {@link RulesExtractor} calls them concurrently on worker
 * threads, once per chunk of a document's text.
 */
interface Rules {

    /**
     * Adds the candidates found in {@code [from, to)} of the scope's text.
     *
     * @param scope the document
     * @param from the offset where the chunk starts
     * @param to the offset just after it; rules may look at the text around the chunk, but report spans inside it
     * @param found where candidates go
     */
    void find(Scope scope, int from, int to, Found found);
}
