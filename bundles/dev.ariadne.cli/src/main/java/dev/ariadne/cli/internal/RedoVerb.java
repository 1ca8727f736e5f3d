package dev.ariadne.cli.internal;

import org.osgi.service.component.annotations.Component;

import dev.ariadne.api.entities.EntityService;

/**
 * {@code ariadne redo <case> [--json]}: applies again the newest correction undone since the last new correction
 * ({@link EntityService#redo}) and says which; see {@link UndoVerb}.
 *
 * <p>A whiteboard {@link Verb} run on the launcher's main thread.
 */
@Component(service = Verb.class)
@VerbProperties(verb = "redo", synopsis = "redo <case> [--json]",
        summary = "Apply again the newest correction undone, and say which.")
public class RedoVerb implements Verb {

    @Override
    public Options options() {
        return Options.flags("json");
    }

    @Override
    public String help() {
        return UndoVerb.help("Applies again the newest correction undone since the last new correction and prints"
                + " it.", "redone");
    }

    @Override
    public int run(Arguments arguments, Invocation invocation) throws CliException {
        return UndoVerb.run(arguments, invocation, false);
    }
}
