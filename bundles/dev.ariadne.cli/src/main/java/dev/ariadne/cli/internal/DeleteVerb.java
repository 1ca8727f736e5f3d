package dev.ariadne.cli.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;

/**
 * {@code ariadne delete <case> <name> [--type T] [--json]}: deletes an entity as a false positive.
 *
 * <p>A whiteboard {@link Verb} run on the launcher's main thread; applies {@link Correction.Delete} through
 * {@link EntityService#correct}.
 */
@Component(service = Verb.class)
@VerbProperties(verb = "delete", synopsis = "delete <case> <name> [--type T] [--json]",
        summary = "Delete an entity as a false positive; it is not extracted again.")
public class DeleteVerb extends CorrectionVerb {

    @Override
    public String help() {
        return """
                Arguments:
                  <case>      the case folder
                  <name>      the entity, by canonical name or alias

                Options:
                """ + commonHelp("The entity and its mentions go, and the name is not extracted again.");
    }

    @Override
    void check(Arguments arguments) throws UsageException {
        arguments.positional(1, "a <name>");
        arguments.atMost(2);
    }

    @Override
    Correction correction(Arguments arguments, Optional<EntityType> type, EntityService entities, Case aCase,
            Invocation invocation) throws CliException {
        Entity entity = EntityLookup.find(entities, aCase, arguments.positionals().get(1), type, invocation.verb());
        return new Correction.Delete(entity.name(), entity.type());
    }
}
