package dev.ariadne.cli.internal;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseException;
import dev.ariadne.api.cases.CaseInfo;
import dev.ariadne.api.cases.CaseService;

/**
 * {@code ariadne case create <dir> [--name N] [--json]}: creates a new, empty case in a folder, then closes it.
 *
 * <p>A whiteboard {@link Verb} run on the launcher's main thread; uses {@link CaseService#create} and
 * {@link CaseService#inspect}.
 */
@Component(service = Verb.class)
@VerbProperties(verb = "case create", synopsis = "case create <dir> [--name N] [--json]",
        summary = "Create a new, empty case in a folder.")
public class CaseCreateVerb implements Verb {

    @Override
    public Options options() {
        return Options.flags("json").withValues("name");
    }

    @Override
    public String help() {
        return """
                Arguments:
                  <dir>       the case folder; created when missing, and it must be empty when it exists

                Options:
                  --name N    the name of the case; the folder's name when not given
                  --json      print the new case as one JSON object on standard output, with the fields of
                              'ariadne case info --json'

                Exits with 1 and a message on standard error when the folder already holds a case or other
                files, or cannot be written.""";
    }

    @Override
    public int run(Arguments arguments, Invocation invocation) throws CliException {
        String dir = arguments.positional(0, "a case folder <dir>");
        arguments.atMost(1);
        String name = arguments.value("name").orElse(null);
        if (name != null && name.isBlank()) {
            throw new UsageException("--name must not be blank", Arguments.hint(invocation.verb()));
        }
        CaseService cases = invocation.services().require(CaseService.class, "the case service");
        Path folder = CaseViews.folder(dir);
        CaseInfo info;
        try {
            Case created = cases.create(folder, name);
            try {
                folder = created.folder();
            } finally {
                cases.close(created);
            }
            info = cases.inspect(folder);
        } catch (CaseException e) {
            throw new CliException(e.getMessage(), e);
        }
        if (arguments.flag("json")) {
            Json.print(invocation.output().out(), CaseViews.json(info, cases.supportedSchemaVersion()));
        } else {
            invocation.output().out().println("Created case \"" + info.name() + "\" in " + info.folder()
                    + " (schema version " + info.schemaVersion() + ").");
        }
        return 0;
    }
}
