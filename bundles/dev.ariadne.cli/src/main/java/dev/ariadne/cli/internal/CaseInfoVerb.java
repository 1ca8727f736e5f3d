package dev.ariadne.cli.internal;

import org.osgi.service.component.annotations.Component;

import dev.ariadne.api.cases.CaseException;
import dev.ariadne.api.cases.CaseInfo;
import dev.ariadne.api.cases.CaseService;

/**
 * {@code ariadne case info <dir> [--json]}: what a case folder holds, read without opening, locking or modifying it.
 *
 * <p>A whiteboard {@link Verb} run on the launcher's main thread; uses {@link CaseService#inspect}.
 */
@Component(service = Verb.class)
@VerbProperties(verb = "case info", synopsis = "case info <dir> [--json]",
        summary = "Show what a case folder holds, without opening or changing it.")
public class CaseInfoVerb implements Verb {

    @Override
    public Options options() {
        return Options.flags("json");
    }

    @Override
    public String help() {
        return """
                Arguments:
                  <dir>     the case folder (relative to the working directory)

                Options:
                  --json    print one JSON object on standard output: folder, id, name, created, schemaVersion,
                            supportedSchemaVersion, supported, locked, lockedBy, sizeBytes

                The folder is read only: a case open in another process, or written by a newer Ariadne, is shown
                as such. Exits with 1 and a message on standard error when the folder is not a case.""";
    }

    @Override
    public int run(Arguments arguments, Invocation invocation) throws CliException {
        String dir = arguments.positional(0, "a case folder <dir>");
        arguments.atMost(1);
        CaseService cases = invocation.services().require(CaseService.class, "the case service");
        CaseInfo info;
        try {
            info = cases.inspect(CaseViews.folder(dir));
        } catch (CaseException e) {
            throw new CliException(e.getMessage(), e);
        }
        if (arguments.flag("json")) {
            Json.print(invocation.output().out(), CaseViews.json(info, cases.supportedSchemaVersion()));
        } else {
            CaseViews.print(invocation.output().out(), info, cases.supportedSchemaVersion());
        }
        return 0;
    }
}
