package dev.ariadne.cli.internal;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseException;
import dev.ariadne.api.cases.CaseService;

/**
 * Opens the case a document verb ({@code import}, {@code docs}, {@code text}, {@code search}) works on.
 *
 * <p>Used by verbs on the launcher's main thread; the verb closes the case with {@link CaseService#close} when done,
 * which also lets the bundles working on it (the search index) commit what they hold.
 */
final class OpenCases {

    private OpenCases() {
    }

    /**
     * Opens the case in {@code dir} (resolved against the working directory).
     *
     * @return the open case
     * @throws CliException (exit code 1) with the case service's message when the folder is not a case, is locked by
     *         another process or was written by a newer Ariadne
     */
    static Case open(CaseService cases, String dir) throws CliException {
        try {
            return cases.open(CaseViews.folder(dir));
        } catch (CaseException e) {
            throw new CliException(e.getMessage(), e);
        }
    }
}
