package dev.ariadne.importer.internal.formats;

import java.nio.file.Path;

/**
 * The limits a built-in importer works within, set by the import service from its configuration and the import's
 * options.
 *
 * @param maxTextChars the longest text kept; longer texts are cut there and reported as truncated
 * @param maxExpansionRatio how many times its own size an archive may expand to (above a floor of
 *        {@link ExpansionMeter#RATIO_FLOOR_BYTES}) before it is refused as a zip bomb
 * @param budget the bytes and members all archives of one imported file may expand to together
 * @param tempFolder where archive members and attachments are written while they are imported
 */
public record Limits(int maxTextChars, int maxExpansionRatio, ExpansionBudget budget, Path tempFolder) {

    /** The text limit used when nothing else is configured: 32 Mi characters. */
    public static final int DEFAULT_MAX_TEXT_CHARS = 32 * 1024 * 1024;

    /** Limits for a call from outside the import service: defaults, temporary files in the system's folder. */
    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_TEXT_CHARS, 100, new ExpansionBudget(2048L * 1024 * 1024, 100_000),
                Path.of(System.getProperty("java.io.tmpdir")));
    }
}
