package dev.ariadne.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;

/**
 * Finds the entity a correction verb names, by canonical name or alias through {@link EntityService#find}, of the
 * given type or, without one, of whichever type has it.
 *
 * <p>Called by the correction verbs on the launcher's main thread; blocks on the case database.
 */
final class EntityLookup {

    private EntityLookup() {
    }

    /**
     * The entity named {@code name}.
     *
     * @param type the type, or empty to try every type
     * @param verb the verb, for the usage hint
     * @throws CliException (exit 1) when no entity has that name; a {@link UsageException} (exit 2) when no type
     *         was given and entities of several types have that name, listing those types
     */
    static Entity find(EntityService entities, Case aCase, String name, Optional<EntityType> type, String verb)
            throws CliException {
        if (type.isPresent()) {
            return entities.find(aCase, name, type.get()).orElseThrow(() -> new CliException(
                    "no " + type.get() + " entity is named '" + name + "' in " + aCase.folder()));
        }
        List<Entity> found = new ArrayList<>();
        for (EntityType candidate : EntityType.values()) {
            entities.find(aCase, name, candidate).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            throw new CliException("no entity is named '" + name + "' in " + aCase.folder());
        }
        if (found.size() > 1) {
            String types = found.stream().map(e -> e.type().name()).collect(Collectors.joining(", "));
            throw new UsageException("'" + name + "' names entities of " + found.size() + " types: " + types
                    + "; say which with --type", "Run 'ariadne " + verb + " ... --type "
                            + found.get(0).type().name() + "', or 'ariadne help " + verb + "' for usage.");
        }
        return found.get(0);
    }
}
