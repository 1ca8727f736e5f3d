package dev.ariadne.api.entities;

/**
 * A mention as the case knows it after resolution and corrections: the span and the entity it belongs to.
 *
 * @param mention the span, its type and where it came from
 * @param entityId the id of the entity it belongs to
 * @param entityName that entity's canonical name
 * @param metonymyOf for a place named for its government or people ("Moscow said"), the canonical name of the
 *        country it stands for; else {@code null}
 */
public record ResolvedMention(Mention mention, String entityId, String entityName, String metonymyOf) {
}
