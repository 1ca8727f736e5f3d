package dev.ariadne.cli.internal;

import java.util.Optional;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;

/**
 * The shape shared by the verbs that correct entities ({@code rename}, {@code retype}, {@code merge}, {@code split},
 * {@code delete}): open the case, build the {@link Correction} from the arguments (names looked up through
 * {@link EntityLookup}), apply it with {@link EntityService#correct}, which records it in the case's ledger, and say
 * what was done ({@code --json}: the correction as one JSON object).
 *
 * <p>Subclasses are whiteboard {@link Verb} components run on the launcher's main thread.
 */
abstract class CorrectionVerb implements Verb {

    @Override
    public Options options() {
        return Options.flags("json").withValues("type");
    }

    /**
     * The correction the arguments ask for.
     *
     * @param arguments the verb's arguments; the case folder is positional 0
     * @param type the value of {@code --type}, if given
     * @param entities the entity service
     * @param aCase the open case
     * @param invocation the verb's name and where to write warnings
     */
    abstract Correction correction(Arguments arguments, Optional<EntityType> type, EntityService entities, Case aCase,
            Invocation invocation) throws CliException;

    /** Checks the positional arguments before the case is opened (counts, obvious mistakes). */
    abstract void check(Arguments arguments) throws UsageException;

    @Override
    public int run(Arguments arguments, Invocation invocation) throws CliException {
        String dir = arguments.positional(0, "a case folder <case>");
        check(arguments);
        Optional<EntityType> type = EntityViews.typeOption(arguments, invocation.verb());
        CaseService cases = invocation.services().require(CaseService.class, "the case service");
        Case aCase = OpenCases.open(cases, dir);
        Correction correction;
        try {
            EntityService entities = invocation.services().require(EntityService.class, "the entity service");
            correction = correction(arguments, type, entities, aCase, invocation);
            try {
                entities.correct(aCase, correction);
            } catch (CliException e) {
                throw e;
            } catch (Exception e) {
                throw new CliException("could not " + EntityViews.describe(correction) + ": " + message(e), e);
            }
        } finally {
            cases.close(aCase);
        }
        if (arguments.flag("json")) {
            Json.print(invocation.output().out(), EntityViews.json(correction));
        } else {
            invocation.output().out().println("Done: " + EntityViews.describe(correction) + ".");
            invocation.output().out().flush();
        }
        return 0;
    }

    /** The message of {@code e}, or its class when it has none. */
    static String message(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The common part of the help texts: --type, --json and what happens to the correction. */
    static String commonHelp(String what) {
        return """
                  --type T    the type of the entity, one of
                              %s
                              (or an unambiguous start such as org, loc, per); needed only when entities of
                              several types go by the name
                """.formatted(EntityViews.typeNames()) + jsonAndLedgerHelp(what);
    }

    /** The end of the help texts: --json and what happens to the correction. */
    static String jsonAndLedgerHelp(String what) {
        return """
                  --json      print the correction as one JSON object on standard output

                %s
                The correction is recorded in the case's ledger, applies case-wide at once and to documents
                imported later, and can be reverted with 'ariadne undo <case>'. Names are matched ignoring
                case, against canonical names and aliases. Exits with 1 when the case cannot be opened or no
                entity has the name, with 2 when the name is ambiguous without --type.""".formatted(what);
    }
}
