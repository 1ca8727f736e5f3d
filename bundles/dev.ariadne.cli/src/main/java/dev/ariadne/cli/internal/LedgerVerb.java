package dev.ariadne.cli.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.EntityService;

/**
 * {@code ariadne ledger <case> [--export FILE | --import FILE] [--json]}: lists the corrections in force, oldest
 * first, or writes them as JSON for another case ({@link EntityService#exportLedger}), or applies such a file
 * ({@link EntityService#importLedger}).
 *
 * <p>A whiteboard {@link Verb} run on the launcher's main thread.
 */
@Component(service = Verb.class)
@VerbProperties(verb = "ledger", synopsis = "ledger <case> [--export FILE | --import FILE] [--json]",
        summary = "List the corrections of the entities, or export or import them as JSON.")
public class LedgerVerb implements Verb {

    @Override
    public Options options() {
        return Options.flags("json").withValues("export", "import");
    }

    @Override
    public String help() {
        return """
                Arguments:
                  <case>          the case folder

                Options:
                  --export FILE   write the corrections in force as JSON to FILE ('-' for standard output), to
                                  be imported into another case
                  --import FILE   apply the corrections of FILE (written by --export) that make sense in this
                                  case, and say how many were applied
                  --json          list the corrections as one JSON array on standard output (kind, description
                                  and the fields of each); with --import, print {"applied": N}

                Without --export or --import, lists the corrections in force, oldest first, one per line.
                Exits with 1 when the case cannot be opened or the file cannot be read or written.""";
    }

    @Override
    public int run(Arguments arguments, Invocation invocation) throws CliException {
        String dir = arguments.positional(0, "a case folder <case>");
        arguments.atMost(1);
        if (arguments.value("export").isPresent() && arguments.value("import").isPresent()) {
            throw new UsageException("give --export or --import, not both", Arguments.hint(invocation.verb()));
        }
        CaseService cases = invocation.services().require(CaseService.class, "the case service");
        Case aCase = OpenCases.open(cases, dir);
        try {
            EntityService entities = invocation.services().require(EntityService.class, "the entity service");
            if (arguments.value("export").isPresent()) {
                export(entities, aCase, arguments.value("export").get(), invocation.output());
            } else if (arguments.value("import").isPresent()) {
                importFrom(entities, aCase, arguments.value("import").get(), arguments.flag("json"),
                        invocation.output());
            } else {
                list(entities.ledger(aCase), arguments.flag("json"), invocation.output());
            }
        } finally {
            cases.close(aCase);
        }
        return 0;
    }

    private static void export(EntityService entities, Case aCase, String file, Output output) throws CliException {
        try {
            if (file.equals("-")) {
                // The service may close what it writes to: standard output must stay open.
                entities.exportLedger(aCase, new FilterOutputStream(output.out()) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                });
                output.out().flush();
                return;
            }
            Path path = CaseViews.folder(file);
            try (OutputStream out = Files.newOutputStream(path)) {
                entities.exportLedger(aCase, out);
            }
            int count = entities.ledger(aCase).size();
            output.err().println("Wrote " + Formats.count(count) + (count == 1 ? " correction" : " corrections")
                    + " to " + path + ".");
            output.err().flush();
        } catch (IOException e) {
            throw new CliException("could not write the ledger to " + file + ": " + CorrectionVerb.message(e), e);
        }
    }

    private static void importFrom(EntityService entities, Case aCase, String file, boolean json, Output output)
            throws CliException {
        Path path = CaseViews.folder(file);
        int applied;
        try (InputStream in = Files.newInputStream(path)) {
            applied = entities.importLedger(aCase, in);
        } catch (IOException e) {
            throw new CliException("could not import the ledger " + path + ": " + CorrectionVerb.message(e), e);
        }
        if (json) {
            JsonObject o = new JsonObject();
            o.addProperty("applied", applied);
            Json.print(output.out(), o);
        } else {
            output.out().println("Applied " + Formats.count(applied) + (applied == 1 ? " correction" : " corrections")
                    + " from " + path + ".");
            output.out().flush();
        }
    }

    /** The corrections for a person, numbered, or as a JSON array. */
    static void list(List<Correction> ledger, boolean json, Output output) {
        if (json) {
            JsonArray array = new JsonArray();
            ledger.forEach(c -> array.add(EntityViews.json(c)));
            Json.print(output.out(), array);
            return;
        }
        for (int i = 0; i < ledger.size(); i++) {
            output.out().println((i + 1) + ". " + EntityViews.describe(ledger.get(i)));
        }
        output.out().println(ledger.isEmpty() ? "No corrections." : Formats.count(ledger.size())
                + (ledger.size() == 1 ? " correction" : " corrections") + " in force.");
        output.out().flush();
    }
}
