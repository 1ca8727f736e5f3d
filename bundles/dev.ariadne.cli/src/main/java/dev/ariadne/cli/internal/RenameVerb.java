package dev.ariadne.cli.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;

/**
 * {@code ariadne rename <case> <name> <new-name> [--type T] [--json]}: gives an entity a new canonical name.
 *
 * <p>A whiteboard {@link Verb} run on the launcher's main thread; applies {@link Correction.Rename} through
 * {@link EntityService#correct}.
 */
@Component(service = Verb.class)
@VerbProperties(verb = "rename", synopsis = "rename <case> <name> <new-name> [--type T] [--json]",
        summary = "Give an entity a new canonical name.")
public class RenameVerb extends CorrectionVerb {

    @Override
    public String help() {
        return """
                Arguments:
                  <case>      the case folder
                  <name>      the entity's canonical name or one of its aliases
                  <new-name>  its new canonical name

                Options:
                """ + commonHelp("The old name stays an alias of the entity.");
    }

    @Override
    void check(Arguments arguments) throws UsageException {
        arguments.positional(2, "a <name> and a <new-name>");
        arguments.atMost(3);
        if (arguments.positionals().get(2).isBlank()) {
            throw new UsageException("the <new-name> must not be blank", Arguments.hint("rename"));
        }
    }

    @Override
    Correction correction(Arguments arguments, Optional<EntityType> type, EntityService entities, Case aCase,
            Invocation invocation) throws CliException {
        Entity entity = EntityLookup.find(entities, aCase, arguments.positionals().get(1), type, invocation.verb());
        return new Correction.Rename(entity.name(), entity.type(), arguments.positionals().get(2).strip());
    }
}
