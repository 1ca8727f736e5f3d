package dev.ariadne.api.entities;

/**
 * An entity named in the same documents as another.
 *
 * @param entity the other entity
 * @param documents the number of documents naming both
 */
public record Cooccurrence(Entity entity, int documents) {
}
