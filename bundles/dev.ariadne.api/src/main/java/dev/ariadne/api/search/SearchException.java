package dev.ariadne.api.search;

/** A query could not be run; the message tells the analyst what to fix. */
public class SearchException extends Exception {
    private static final long serialVersionUID = 1L;

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
