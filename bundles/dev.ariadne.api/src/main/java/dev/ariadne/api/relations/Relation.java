package dev.ariadne.api.relations;

import java.util.List;

/**
 * A link between two entities.
 *
 * @param source the first entity id
 * @param target the second entity id
 * @param kind {@code co-occurrence} or a typed relation such as {@code meets}, {@code works-for}
 * @param weight how strong the link is (number of evidence sentences for co-occurrence)
 * @param evidence the passages that support it
 */
public record Relation(String source, String target, String kind, double weight, List<Evidence> evidence) {

    public Relation {
        evidence = List.copyOf(evidence);
    }

    /**
     * A passage that supports a relation.
     *
     * @param documentId the document
     * @param start the UTF-16 offset where the sentence starts
     * @param end the offset just after it
     */
    public record Evidence(String documentId, int start, int end) {
    }
}
