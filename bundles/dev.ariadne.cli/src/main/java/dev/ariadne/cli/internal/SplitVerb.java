package dev.ariadne.cli.internal;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;

/**
 * {@code ariadne split <case> <name> <new-name> <alias>... [--type T] [--json]}: moves the mentions written as one of
 * the aliases from an entity to a new entity.
 *
 * <p>A whiteboard {@link Verb} run on the launcher's main thread; applies {@link Correction.Split} through
 * {@link EntityService#correct}.
 */
@Component(service = Verb.class)
@VerbProperties(verb = "split", synopsis = "split <case> <name> <new-name> <alias>... [--type T] [--json]",
        summary = "Move the mentions written as the given aliases to a new entity.")
public class SplitVerb extends CorrectionVerb {

    @Override
    public String help() {
        return """
                Arguments:
                  <case>      the case folder
                  <name>      the entity to split, by canonical name or alias
                  <new-name>  the canonical name of the new entity, of the same type
                  <alias>...  the mention texts that go to the new entity (e.g. 'George Bush' out of
                              'George W. Bush'); see them with 'ariadne entities <case> --filter <name>'

                Options:
                """ + commonHelp("An alias the entity is not known by is warned about on standard error.");
    }

    @Override
    void check(Arguments arguments) throws UsageException {
        arguments.positional(3, "a <name>, a <new-name> and at least one <alias>");
        if (arguments.positionals().get(2).isBlank()) {
            throw new UsageException("the <new-name> must not be blank", Arguments.hint("split"));
        }
    }

    @Override
    Correction correction(Arguments arguments, Optional<EntityType> type, EntityService entities, Case aCase,
            Invocation invocation) throws CliException {
        List<String> names = arguments.positionals();
        Entity entity = EntityLookup.find(entities, aCase, names.get(1), type, invocation.verb());
        List<String> aliases = names.subList(3, names.size());
        for (String unknown : unknownAliases(entity, aliases)) {
            invocation.output().err().println("ariadne split: warning: '" + entity.name() + "' is not known by the"
                    + " alias '" + unknown + "'; only mentions written exactly so are moved");
        }
        return new Correction.Split(entity.name(), entity.type(), names.get(2).strip(), aliases);
    }

    /** The aliases the entity is not known by (ignoring case), to warn about. */
    static List<String> unknownAliases(Entity entity, List<String> aliases) {
        return aliases.stream().filter(alias -> !alias.equalsIgnoreCase(entity.name())
                && entity.aliases().stream().noneMatch(alias::equalsIgnoreCase)).toList();
    }
}
