package dev.ariadne.cli.internal.eval;

import java.util.List;

/**
 * One evaluation document with its gold and predicted mentions, as handed to {@link Scorer#score}.
 *
 * <p>Made by the {@code eval} verb on the launcher's main thread (or by a unit test). Immutable.
 *
 * @param name the document's file name without {@code .txt}
 * @param documentId its id in the case (the SHA-256 of its bytes)
 * @param gold the annotated mentions
 * @param predicted the mentions the case holds for it, of any type (types that gold does not annotate are ignored)
 */
public record EvalDocument(String name, String documentId, List<Span> gold, List<Span> predicted) {

    public EvalDocument {
        gold = List.copyOf(gold);
        predicted = List.copyOf(predicted);
    }
}
