package dev.ariadne.cli.internal;

import java.io.PrintStream;

/**
 * Where a verb writes: results on {@link #out()}, messages, warnings and progress on {@link #err()}. When a verb is
 * asked for {@code --json}, {@link #out()} receives the JSON document and nothing else.
 *
 * <p>Created by {@link CommandLineMain} on the launcher's main thread (or by a unit test) and handed to a verb for one
 * run.
 *
 * @param out standard output
 * @param err standard error
 * @param terminal whether a person watches a terminal ({@code System.console() != null}): progress is then redrawn in
 *        place, otherwise printed as plain lines
 * @param columns the width of the terminal in characters, at least 20
 */
public record Output(PrintStream out, PrintStream err, boolean terminal, int columns) {

    /** The default width when the terminal does not tell its own. */
    public static final int DEFAULT_COLUMNS = 80;

    public Output {
        columns = Math.max(20, columns);
    }

    /**
     * The process's standard output {@code out} and standard error; the width comes from the {@code COLUMNS}
     * environment variable (the {@code ./ariadne} script exports it on a terminal), else {@value #DEFAULT_COLUMNS}.
     */
    public static Output system(PrintStream out) {
        return new Output(out, System.err, System.console() != null, parseColumns(System.getenv("COLUMNS")));
    }

    /** The width in {@code value}, or {@value #DEFAULT_COLUMNS} when it is missing or not a positive number. */
    static int parseColumns(String value) {
        if (value == null || !value.trim().matches("[0-9]{1,5}")) {
            return DEFAULT_COLUMNS;
        }
        int columns = Integer.parseInt(value.trim());
        return columns > 0 ? columns : DEFAULT_COLUMNS;
    }
}
