package dev.ariadne.cli.internal;

/**
 * One verb of the command line ({@code ariadne case create}, {@code ariadne plugins}).
 *
 * <p>Implemented by DS components of this bundle, each registered as a {@code Verb} service carrying the
 * {@link VerbProperties} (its name, synopsis and summary); {@link CommandLineMain} tracks them as a whiteboard and
 * gets the one service the command line names, so adding a verb is adding one such class. A verb reaches the Ariadne
 * services it needs through {@link Invocation#services()} only when it runs, which keeps heavy bundles asleep for
 * every other verb.
 *
 * <p>Called on the launcher's main thread, one call at a time.
 */
public interface Verb {

    /** The options this verb accepts; {@link Options#NONE} by default. */
    default Options options() {
        return Options.NONE;
    }

    /**
     * The detailed help printed by {@code ariadne help <verb>} under the synopsis: what the verb does, its arguments
     * and options, its output and its exit codes. Plain text, lines of at most 100 characters.
     */
    String help();

    /**
     * Does the work.
     *
     * @param arguments the positional arguments and options after the verb's words
     * @param invocation where to write and how to reach services
     * @return the exit code, 0 on success
     * @throws CliException when the work cannot be done; its message is printed on standard error
     */
    int run(Arguments arguments, Invocation invocation) throws CliException;
}
