package dev.ariadne.cli.internal;

/**
 * A verb could not do what was asked; the message is printed on standard error as it is, and the process exits with
 * {@link #exitCode()}.
 *
 * <p>Thrown by verbs and by {@link Services} on the launcher's main thread; caught by {@link Dispatcher}.
 */
public class CliException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Exit code of a failure: the command was understood but could not be done (a refused case, a missing service). */
    public static final int FAILURE = 1;
    /** Exit code of a usage error: the command line itself is wrong. */
    public static final int USAGE = 2;

    private final int exitCode;

    /** A failure (exit code {@value #FAILURE}) with a message for a person. */
    public CliException(String message) {
        this(message, FAILURE, null);
    }

    /** A failure (exit code {@value #FAILURE}) caused by {@code cause}, with a message for a person. */
    public CliException(String message, Throwable cause) {
        this(message, FAILURE, cause);
    }

    /** An error with an explicit exit code. */
    protected CliException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The process exit code this error leads to; never 0. */
    public int exitCode() {
        return exitCode;
    }
}
