package dev.ariadne.cli.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;

/**
 * {@code ariadne retype <case> <name> <new-type> [--type T] [--json]}: changes an entity's type.
 *
 * <p>A whiteboard {@link Verb} run on the launcher's main thread; applies {@link Correction.Retype} through
 * {@link EntityService#correct}.
 */
@Component(service = Verb.class)
@VerbProperties(verb = "retype", synopsis = "retype <case> <name> <new-type> [--type T] [--json]",
        summary = "Change the type of an entity.")
public class RetypeVerb extends CorrectionVerb {

    @Override
    public String help() {
        return """
                Arguments:
                  <case>      the case folder
                  <name>      the entity's canonical name or one of its aliases
                  <new-type>  its new type (same names as --type)

                Options:
                  --type T    its current type, when entities of several types go by the name
                """ + jsonAndLedgerHelp("Every mention of the entity takes the new type.");
    }

    @Override
    void check(Arguments arguments) throws UsageException {
        arguments.positional(2, "a <name> and a <new-type>");
        arguments.atMost(3);
        EntityViews.type(arguments.positionals().get(2), "<new-type>", "retype");
    }

    @Override
    Correction correction(Arguments arguments, Optional<EntityType> type, EntityService entities, Case aCase,
            Invocation invocation) throws CliException {
        EntityType newType = EntityViews.type(arguments.positionals().get(2), "<new-type>", invocation.verb());
        Entity entity = EntityLookup.find(entities, aCase, arguments.positionals().get(1), type, invocation.verb());
        if (entity.type() == newType) {
            throw new CliException("'" + entity.name() + "' is already of type " + newType);
        }
        return new Correction.Retype(entity.name(), entity.type(), newType);
    }
}
