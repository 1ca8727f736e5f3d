package dev.ariadne.api.entities;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A case-wide entity.
 *
 * @param id stable id within the case
 * @param name the canonical name
 * @param type its type
 * @param aliases other names it goes by in the case
 * @param mentions the number of mentions
 * @param documents the number of documents mentioning it
 * @param firstDate the earliest date of a document mentioning it, when documents have dates
 * @param lastDate the latest such date
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, int mentions, int documents,
        Optional<LocalDate> firstDate, Optional<LocalDate> lastDate) {

    public Entity {
        aliases = List.copyOf(aliases);
    }
}
