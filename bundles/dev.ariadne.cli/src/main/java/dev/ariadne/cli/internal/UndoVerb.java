package dev.ariadne.cli.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import com.google.gson.JsonObject;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.EntityService;

/**
 * {@code ariadne undo <case> [--json]} and, as {@link RedoVerb}, {@code ariadne redo <case> [--json]}: revert the
 * newest correction still in force, or apply again the newest one undone, on the case's persistent ledger
 * ({@link EntityService#undo}, {@link EntityService#redo}), and say which.
 *
 * <p>A whiteboard {@link Verb} run on the launcher's main thread. Exits with 0 also when there is nothing to undo,
 * saying so ({@code --json}: {@code {"undone": null}}).
 */
@Component(service = Verb.class)
@VerbProperties(verb = "undo", synopsis = "undo <case> [--json]",
        summary = "Revert the newest correction of the entities, and say which.")
public class UndoVerb implements Verb {

    @Override
    public Options options() {
        return Options.flags("json");
    }

    @Override
    public String help() {
        return help("Reverts the newest correction of the entities still in force (rename, retype, merge, split,\n"
                + "delete, added mention) and prints what was undone; 'ariadne redo' applies it again.", "undone");
    }

    static String help(String what, String key) {
        return """
                Arguments:
                  <case>    the case folder

                Options:
                  --json    print one JSON object on standard output: {"%s": the correction, or null}

                %s
                Works on the ledger kept in the case, so it reverts corrections made by earlier commands and by
                the workbench. Exits with 0 also when there is nothing to %s, and with 1 when the case
                cannot be opened.""".formatted(key, what, key.equals("undone") ? "undo" : "redo");
    }

    @Override
    public int run(Arguments arguments, Invocation invocation) throws CliException {
        return run(arguments, invocation, true);
    }

    /** Undoes ({@code undo}) or redoes, then prints what. */
    static int run(Arguments arguments, Invocation invocation, boolean undo) throws CliException {
        String dir = arguments.positional(0, "a case folder <case>");
        arguments.atMost(1);
        CaseService cases = invocation.services().require(CaseService.class, "the case service");
        Case aCase = OpenCases.open(cases, dir);
        Optional<Correction> done;
        try {
            EntityService entities = invocation.services().require(EntityService.class, "the entity service");
            done = undo ? entities.undo(aCase) : entities.redo(aCase);
        } catch (CliException e) {
            throw e;
        } catch (Exception e) {
            throw new CliException("could not " + (undo ? "undo" : "redo") + ": " + CorrectionVerb.message(e), e);
        } finally {
            cases.close(aCase);
        }
        String key = undo ? "undone" : "redone";
        if (arguments.flag("json")) {
            JsonObject json = new JsonObject();
            json.add(key, done.map(EntityViews::json).orElse(null));
            Json.print(invocation.output().out(), json);
        } else {
            invocation.output().out().println(done.map(c -> (undo ? "Undone: " : "Redone: ") + EntityViews.describe(c)
                    + ".").orElse(undo ? "Nothing to undo." : "Nothing to redo."));
            invocation.output().out().flush();
        }
        return 0;
    }
}
