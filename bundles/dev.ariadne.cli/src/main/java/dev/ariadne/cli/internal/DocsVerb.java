package dev.ariadne.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.documents.DocumentStore;

/**
 * {@code ariadne docs <case> [--json]}: lists every document of a case in import order, with its id, title, media
 * type, language, pages and every source it was imported from.
 *
 * <p>A whiteboard {@link Verb} run on the launcher's main thread; reads {@link DocumentStore#list} page by page.
 */
@Component(service = Verb.class)
@VerbProperties(verb = "docs", synopsis = "docs <case> [--json]",
        summary = "List the documents of a case with their metadata and sources.")
public class DocsVerb implements Verb {

    /** How many documents are read from the store at a time. */
    static final int PAGE = 500;

    @Override
    public Options options() {
        return Options.flags("json");
    }

    @Override
    public String help() {
        return """
                Arguments:
                  <case>    the case folder

                Options:
                  --json    print one JSON array on standard output, one object per document: id, title,
                            mediaType, language, pages, sizeBytes, parentId, sources (every path it was imported
                            from)

                Without --json, each document is one line (id, media type, language, pages, title) followed by
                its sources, indented. Documents are listed in import order. Exits with 1 when the case cannot
                be opened.""";
    }

    @Override
    public int run(Arguments arguments, Invocation invocation) throws CliException {
        String dir = arguments.positional(0, "a case folder <case>");
        arguments.atMost(1);
        CaseService cases = invocation.services().require(CaseService.class, "the case service");
        DocumentStore store = invocation.services().require(DocumentStore.class, "the document store");
        Case aCase = OpenCases.open(cases, dir);
        List<Document> documents = new ArrayList<>();
        try {
            for (int offset = 0;; offset += PAGE) {
                List<Document> page = store.list(aCase, offset, PAGE);
                documents.addAll(page);
                if (page.size() < PAGE) {
                    break;
                }
            }
        } finally {
            cases.close(aCase);
        }
        if (arguments.flag("json")) {
            Json.print(invocation.output().out(), json(documents));
        } else {
            print(invocation.output(), documents);
        }
        return 0;
    }

    /** {@code documents} as the JSON array of {@code --json}. */
    static JsonArray json(List<Document> documents) {
        JsonArray array = new JsonArray();
        for (Document document : documents) {
            DocumentMetadata metadata = document.metadata();
            JsonObject json = new JsonObject();
            json.addProperty("id", document.id());
            json.addProperty("title", metadata.title());
            json.addProperty("mediaType", metadata.mediaType());
            json.addProperty("language", metadata.language());
            json.addProperty("pages", metadata.pages());
            json.addProperty("sizeBytes", metadata.sizeBytes());
            json.addProperty("parentId", document.parentId().orElse(null));
            JsonArray sources = new JsonArray();
            document.sources().forEach(sources::add);
            json.add("sources", sources);
            array.add(json);
        }
        return array;
    }

    /** {@code documents} for a person: a line per document, its sources indented below, then the count. */
    static void print(Output output, List<Document> documents) {
        for (Document document : documents) {
            DocumentMetadata metadata = document.metadata();
            String pages = metadata.pages() > 0 ? metadata.pages() + (metadata.pages() == 1 ? " page" : " pages") : "-";
            output.out().println(document.id() + "  " + metadata.mediaType() + "  " + metadata.language() + "  "
                    + pages + "  " + metadata.title());
            for (String source : document.sources()) {
                output.out().println("    " + source);
            }
        }
        output.out().println(Formats.count(documents.size()) + (documents.size() == 1 ? " document." : " documents."));
        output.out().flush();
    }
}
