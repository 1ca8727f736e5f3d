package dev.ariadne.api.cases;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What {@link CaseService#inspect(Path)} reads from a case folder without opening it.
 *
 * @param folder the case folder, absolute
 * @param id the stable case identifier
 * @param name the human name
 * @param created when the case was created
 * @param schemaVersion the schema version written in the case
 * @param supported whether this build of Ariadne can open it (its schema is not newer)
 * @param lockedBy a description of the process holding the case open ("pid 1234 on host"), if any
 * @param sizeBytes the total size of the files of the case
 */
public record CaseInfo(Path folder, String id, String name, Instant created, int schemaVersion, boolean supported,
        Optional<String> lockedBy, long sizeBytes) {
}
