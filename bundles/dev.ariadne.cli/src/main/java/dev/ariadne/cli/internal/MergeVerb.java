package dev.ariadne.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;

/**
 * {@code ariadne merge <case> <into> <other>... [--type T] [--json]}: merges entities into one.
 *
 * <p>A whiteboard {@link Verb} run on the launcher's main thread; applies {@link Correction.Merge} through
 * {@link EntityService#correct}. The others are looked up with the type of {@code <into>}.
 */
@Component(service = Verb.class)
@VerbProperties(verb = "merge", synopsis = "merge <case> <into> <other>... [--type T] [--json]",
        summary = "Merge entities into one.")
public class MergeVerb extends CorrectionVerb {

    @Override
    public String help() {
        return """
                Arguments:
                  <case>      the case folder
                  <into>      the entity that remains, by canonical name or alias
                  <other>...  the entities merged into it; they must have its type

                Options:
                """ + commonHelp("The names of the others become aliases of <into>.");
    }

    @Override
    void check(Arguments arguments) throws UsageException {
        arguments.positional(2, "an <into> entity and at least one <other>");
    }

    @Override
    Correction correction(Arguments arguments, Optional<EntityType> type, EntityService entities, Case aCase,
            Invocation invocation) throws CliException {
        List<String> names = arguments.positionals();
        Entity into = EntityLookup.find(entities, aCase, names.get(1), type, invocation.verb());
        List<String> others = new ArrayList<>();
        for (String name : names.subList(2, names.size())) {
            Entity other = entities.find(aCase, name, into.type()).orElseThrow(() -> new CliException(
                    "no " + into.type() + " entity is named '" + name + "' (entities merged into '" + into.name()
                            + "' must be of its type " + into.type() + ")"));
            if (other.id().equals(into.id())) {
                throw new CliException("'" + name + "' is already '" + into.name() + "'");
            }
            if (!others.contains(other.name())) {
                others.add(other.name());
            }
        }
        return new Correction.Merge(into.type(), into.name(), others);
    }
}
