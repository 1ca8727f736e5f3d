package dev.ariadne.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import com.google.gson.JsonArray;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.Mention;
import dev.ariadne.api.entities.ResolvedMention;

/**
 * {@code ariadne mentions <case> [--doc ID] [--json]}: lists the mentions of one document, or of every document, by
 * document and position, each with its span, text, type and the canonical name of its entity.
 *
 * <p>A whiteboard {@link Verb} run on the launcher's main thread; reads {@link EntityService#mentions} (and checks the
 * document with {@link DocumentStore#get}).
 */
@Component(service = Verb.class)
@VerbProperties(verb = "mentions", synopsis = "mentions <case> [--doc ID] [--json]",
        summary = "List the entity mentions of a document, or of all, with offsets and entities.")
public class MentionsVerb implements Verb {

    @Override
    public Options options() {
        return Options.flags("json").withValues("doc");
    }

    @Override
    public String help() {
        return """
                Arguments:
                  <case>      the case folder

                Options:
                  --doc ID    only the mentions of the document ID (as 'ariadne docs' lists it); all documents
                              when not given
                  --json      print one JSON array on standard output:
                              [{"document", "start", "end", "text", "type", "entity"}, ...] where start and end
                              are UTF-16 offsets [start, end) into the text 'ariadne text <case> <document>'
                              prints, type is PERSON, ORGANIZATION, LOCATION, DATE, QUANTITY, EMAIL, URL, PHONE
                              or MISC, and entity is the canonical name of the mention's entity

                Mentions are listed by document, then position; without --json one line each under a line
                naming the document. Exits with 1 when the case cannot be opened or holds no such document.""";
    }

    @Override
    public int run(Arguments arguments, Invocation invocation) throws CliException {
        String dir = arguments.positional(0, "a case folder <case>");
        arguments.atMost(1);
        Optional<String> document = arguments.value("doc").map(id -> id.trim().toLowerCase(Locale.ROOT));
        CaseService cases = invocation.services().require(CaseService.class, "the case service");
        Case aCase = OpenCases.open(cases, dir);
        List<ResolvedMention> mentions;
        try {
            if (document.isPresent()) {
                DocumentStore store = invocation.services().require(DocumentStore.class, "the document store");
                if (store.get(aCase, document.get()).isEmpty()) {
                    throw new CliException("no document " + arguments.value("doc").get() + " in " + aCase.folder());
                }
            }
            EntityService entities = invocation.services().require(EntityService.class, "the entity service");
            mentions = entities.mentions(aCase, document.orElse(null));
        } finally {
            cases.close(aCase);
        }
        if (arguments.flag("json")) {
            JsonArray array = new JsonArray();
            mentions.forEach(m -> array.add(EntityViews.json(m)));
            Json.print(invocation.output().out(), array);
        } else {
            print(invocation.output(), mentions);
        }
        return 0;
    }

    /** One line per mention ({@code start-end  TYPE  'text'  entity}) under a line per document, then the count. */
    static void print(Output output, List<ResolvedMention> mentions) {
        String current = null;
        for (ResolvedMention resolved : mentions) {
            Mention m = resolved.mention();
            if (!m.documentId().equals(current)) {
                current = m.documentId();
                output.out().println("Document " + current);
            }
            String entity = resolved.entityName() == null ? "" : "  → " + resolved.entityName();
            String metonymy = resolved.metonymyOf() == null ? "" : " (for " + resolved.metonymyOf() + ")";
            output.out().printf(Locale.ROOT, "  %-15s  %-12s  %s%s%s%n", m.start() + "-" + m.end(), m.type().name(),
                    "'" + EntityViews.oneLine(m.text()) + "'", entity, metonymy);
        }
        output.out().println(Formats.count(mentions.size()) + (mentions.size() == 1 ? " mention." : " mentions."));
        output.out().flush();
    }
}
