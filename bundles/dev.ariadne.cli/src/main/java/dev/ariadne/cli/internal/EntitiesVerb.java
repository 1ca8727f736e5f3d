package dev.ariadne.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import com.google.gson.JsonArray;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;

/**
 * {@code ariadne entities <case> [--type T] [--filter TEXT] [--limit N] [--json]}: lists the entities of a case, most
 * mentioned first, with id, name, type, aliases and mention and document counts.
 *
 * <p>A whiteboard {@link Verb} run on the launcher's main thread; reads {@link EntityService#entities} page by page
 * and {@link EntityService#count}.
 */
@Component(service = Verb.class)
@VerbProperties(verb = "entities", synopsis = "entities <case> [--type T] [--filter TEXT] [--limit N] [--json]",
        summary = "List the people, organisations, places, dates and quantities of a case.")
public class EntitiesVerb implements Verb {

    /** How many entities are read from the service at a time. */
    static final int PAGE = 1000;
    /** The largest {@code --limit}. */
    static final int MAX_LIMIT = 100_000_000;

    @Override
    public Options options() {
        return Options.flags("json").withValues("type", "filter", "limit");
    }

    @Override
    public String help() {
        return """
                Arguments:
                  <case>         the case folder

                Options:
                  --type T       only entities of type T, one of
                                 %s
                                 (or an unambiguous start such as org, loc, per)
                  --filter TEXT  only entities whose name or an alias contains TEXT, ignoring case
                  --limit N      at most N entities (all by default)
                  --json         print one JSON array on standard output, one object per entity: id, name, type,
                                 aliases, mentions, documents, firstDate and lastDate (ISO dates of the earliest
                                 and latest dated documents naming it, or null)

                Entities are listed most mentioned first; without --json as a table followed by the count.
                Exits with 1 when the case cannot be opened.""".formatted(EntityViews.typeNames());
    }

    @Override
    public int run(Arguments arguments, Invocation invocation) throws CliException {
        String dir = arguments.positional(0, "a case folder <case>");
        arguments.atMost(1);
        EntityType type = EntityViews.typeOption(arguments, invocation.verb()).orElse(null);
        String filter = arguments.value("filter").orElse("");
        int limit = limit(arguments.value("limit"), invocation.verb());
        CaseService cases = invocation.services().require(CaseService.class, "the case service");
        Case aCase = OpenCases.open(cases, dir);
        List<Entity> listed = new ArrayList<>();
        int total;
        try {
            EntityService entities = invocation.services().require(EntityService.class, "the entity service");
            total = entities.count(aCase, type, filter);
            while (listed.size() < limit) {
                int want = Math.min(PAGE, limit - listed.size());
                List<Entity> page = entities.entities(aCase, type, filter, listed.size(), want);
                listed.addAll(page);
                if (page.size() < want) {
                    break;
                }
            }
        } finally {
            cases.close(aCase);
        }
        if (arguments.flag("json")) {
            JsonArray array = new JsonArray();
            listed.forEach(entity -> array.add(EntityViews.json(entity)));
            Json.print(invocation.output().out(), array);
        } else {
            EntityViews.printEntities(invocation.output(), listed, Math.max(total, listed.size()));
        }
        return 0;
    }

    /** The value of {@code --limit}: all when not given, else a whole number from 1 to {@value #MAX_LIMIT}. */
    static int limit(Optional<String> text, String verb) throws UsageException {
        if (text.isEmpty()) {
            return MAX_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(text.get().trim());
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new UsageException("--limit must be a whole number from 1 to " + Formats.count(MAX_LIMIT)
                    + ", not '" + text.get() + "'", Arguments.hint(verb));
        }
        return limit;
    }
}
