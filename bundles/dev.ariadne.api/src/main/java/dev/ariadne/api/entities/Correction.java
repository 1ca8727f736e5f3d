package dev.ariadne.api.entities;

import java.util.List;

/** An analyst's correction of the entities; recorded in the case's ledger and replayable on another case. */
public sealed interface Correction {

    /** Renames an entity. */
    record Rename(String entityName, EntityType type, String newName) implements Correction {
    }

    /** Changes an entity's type. */
    record Retype(String entityName, EntityType type, EntityType newType) implements Correction {
    }

    /** Merges entities into the first one. */
    record Merge(EntityType type, String into, List<String> others) implements Correction {
        public Merge {
            others = List.copyOf(others);
        }
    }

    /** Moves the mentions whose text is one of {@code aliases} from an entity to a new one. */
    record Split(String entityName, EntityType type, String newName, List<String> aliases) implements Correction {
        public Split {
            aliases = List.copyOf(aliases);
        }
    }

    /** Deletes an entity as a false positive; its name is not extracted again. */
    record Delete(String entityName, EntityType type) implements Correction {
    }

    /** Adds a mention the extractors missed. */
    record AddMention(Mention mention, String entityName) implements Correction {
    }
}
