package dev.ariadne.api.selection;

import java.util.Objects;

/**
 * A reference to one thing an analyst can select.
 *
 * @param kind what it is: one of the {@code KIND_*} constants or a plugin's own kind
 * @param id its id within the case (a document id, an entity id …)
 * @param label how to show it to a person
 */
public record Ref(String kind, String id, String label) {

    /** A document; the id is its SHA-256. */
    public static final String KIND_DOCUMENT = "document";
    /** An entity; the id is the entity id. */
    public static final String KIND_ENTITY = "entity";
    /** A mention; the id is {@code documentId:start:end}. */
    public static final String KIND_MENTION = "mention";
    /** A relation between two entities. */
    public static final String KIND_RELATION = "relation";
    /** A bundle (in the Plugins view); the id is the bundle id. */
    public static final String KIND_BUNDLE = "bundle";

    public Ref {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        label = label == null ? id : label;
    }
}
