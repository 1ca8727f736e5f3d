package dev.ariadne.cli.internal;

/**
 * The command line is wrong: an unknown verb or option, a missing argument. Leads to exit code
 * {@value CliException#USAGE}; {@link Dispatcher} prints the message followed by {@link #hint()}.
 *
 * <p>Thrown by {@link Arguments} and verbs on the launcher's main thread.
 */
public class UsageException extends CliException {
    private static final long serialVersionUID = 1L;

    private final String hint;

    /**
     * @param message what is wrong, e.g. {@code "missing <dir>"}
     * @param hint what to run to learn more, e.g. {@code "Run 'ariadne help case create' for usage."}
     */
    public UsageException(String message, String hint) {
        super(message, USAGE, null);
        this.hint = hint;
    }

    /** One line telling what to run to learn the right usage; never {@code null}. */
    public String hint() {
        return hint == null ? "Run 'ariadne --help' for usage." : hint;
    }
}
