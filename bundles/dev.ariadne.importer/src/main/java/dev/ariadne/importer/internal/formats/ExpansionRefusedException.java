package dev.ariadne.importer.internal.formats;

import java.io.IOException;

/**
 * An archive was refused because expanding it would pass a limit (zip bomb, too large, too many members, too
 * deep). The message is the reason shown to a person.
 */
public class ExpansionRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    /** A refusal with its reason. */
    public ExpansionRefusedException(String reason) {
        super(reason);
    }
}
