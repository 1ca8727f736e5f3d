package dev.ariadne.api.cases;

import java.nio.file.Path;

/** A case could not be created, opened or read; {@link #reason()} says why and the message says it to a person. */
public class CaseException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a case operation was refused. */
    public enum Reason {
        /** The folder holds no case ({@code case.json} missing or unreadable). */
        NOT_A_CASE,
        /** Another process has the case open. */
        LOCKED,
        /** The case was written by a newer Ariadne with a schema this build does not know. */
        NEWER_SCHEMA,
        /** A case, or other files, already exist where a new case was to be created. */
        ALREADY_EXISTS,
        /** Reading or writing the case failed. */
        IO
    }

    private final Reason reason;
    private final Path folder;

    public CaseException(Reason reason, Path folder, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.folder = folder;
    }

    public CaseException(Reason reason, Path folder, String message) {
        this(reason, folder, message, null);
    }

    /** Why the operation was refused. */
    public Reason reason() {
        return reason;
    }

    /** The case folder concerned. */
    public Path folder() {
        return folder;
    }
}
