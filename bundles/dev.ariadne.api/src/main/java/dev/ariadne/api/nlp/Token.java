package dev.ariadne.api.nlp;

/**
 * One token of a sentence.
 *
 * @param start the UTF-16 offset in the document text where the token starts
 * @param end the offset just after it
 * @param text the token, equal to the document text between {@code start} and {@code end}
 * @param tag its part-of-speech tag in the tag set of the model (Universal Dependencies for the shipped English
 *        models, e.g. {@code PROPN}), or {@code null} when tags were not asked for
 */
public record Token(int start, int end, String text, String tag) {

    public Token {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
