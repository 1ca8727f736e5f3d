package dev.ariadne.cli.internal;

import java.nio.charset.StandardCharsets;

import org.osgi.service.component.annotations.Component;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.documents.DocumentText;

/**
 * {@code ariadne text <case> <document-id>}: writes the extracted text of a document exactly as stored, as UTF-8
 * bytes with nothing added, so that the offsets other commands report index into it.
 *
 * <p>A whiteboard {@link Verb} run on the launcher's main thread; reads {@link DocumentStore#text}.
 */
@Component(service = Verb.class)
@VerbProperties(verb = "text", synopsis = "text <case> <document-id>",
        summary = "Print the extracted text of a document exactly as stored.")
public class TextVerb implements Verb {

    @Override
    public String help() {
        return """
                Arguments:
                  <case>          the case folder
                  <document-id>   the document's id, as 'ariadne docs' lists it (the SHA-256 of its bytes)

                The text is written to standard output as UTF-8, exactly as stored: no newline is added at the
                end. Exits with 1 when the case cannot be opened or holds no such document.""";
    }

    @Override
    public int run(Arguments arguments, Invocation invocation) throws CliException {
        String dir = arguments.positional(0, "a case folder <case>");
        String id = arguments.positional(1, "a <document-id>");
        arguments.atMost(2);
        CaseService cases = invocation.services().require(CaseService.class, "the case service");
        DocumentStore store = invocation.services().require(DocumentStore.class, "the document store");
        Case aCase = OpenCases.open(cases, dir);
        DocumentText text;
        try {
            text = store.text(aCase, id.trim().toLowerCase(java.util.Locale.ROOT))
                    .orElseThrow(() -> new CliException("no document " + id + " in " + aCase.folder()));
        } finally {
            cases.close(aCase);
        }
        byte[] bytes = text.text().getBytes(StandardCharsets.UTF_8);
        invocation.output().out().write(bytes, 0, bytes.length);
        invocation.output().out().flush();
        return 0;
    }
}
