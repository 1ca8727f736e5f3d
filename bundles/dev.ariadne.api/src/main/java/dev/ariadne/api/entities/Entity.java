package dev.ariadne.api.entities;

import java.util.List;

/**
 * A case-wide entity.
 *
 * @param id stable id within the case
 * @param name the canonical name
 * @param type its type
 * @param aliases other names it goes by in the case
 * @param mentions the number of mentions
 * @param documents the number of documents mentioning it
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, int mentions, int documents) {

    public Entity {
        aliases = List.copyOf(aliases);
    }
}
