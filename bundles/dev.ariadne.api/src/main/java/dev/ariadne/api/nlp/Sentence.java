package dev.ariadne.api.nlp;

import java.util.List;

/**
 * One sentence of a document with its tokens.
 *
 * @param start the UTF-16 offset in the document text where the sentence starts
 * @param end the offset just after it
 * @param tokens its tokens in text order, all within {@code [start, end)}
 */
public record Sentence(int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
