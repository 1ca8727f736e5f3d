package dev.ariadne.ui.platform.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import dev.ariadne.api.plugins.PluginException;

/**
 * Words for a failure that a person reads in a message box: the message of the {@link PluginException} (or other
 * cause) inside the wrappers that jobs and futures add.
 *
 * <p>Pure functions, called on the UI thread by the views and dialogs of this bundle and by unit tests.
 */
public final class Failures {

    private Failures() {
    }

    /**
     * The innermost meaningful cause of {@code failure}: wrappers from futures and jobs are peeled off.
     *
     * @return the cause, never {@code null}
     */
    public static Throwable cause(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    /**
     * The message to show: the PluginException's message when there is one in the chain, else the cause's message,
     * else the cause's type; {@code "Cancelled."} for a cancelled job.
     *
     * @return a non-blank sentence
     */
    public static String message(Throwable failure) {
        Throwable cause = cause(failure);
        if (cause instanceof CancellationException) {
            return "Cancelled.";
        }
        for (Throwable each = cause; each != null; each = each.getCause() == each ? null : each.getCause()) {
            if (each instanceof PluginException && each.getMessage() != null && !each.getMessage().isBlank()) {
                return each.getMessage();
            }
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        return message;
    }
}
