package dev.ariadne.api.importing;

import java.time.Duration;
import java.util.List;

/**
 * How to import.
 *
 * @param include glob patterns a file's path relative to its root must match (all files when empty)
 * @param exclude glob patterns that skip a file or folder
 * @param perFileTimeout the longest one file may take to parse
 * @param maxArchiveDepth how deep archives inside archives are opened
 * @param maxExpansionRatio the largest uncompressed/compressed ratio of an archive before it is refused
 */
public record ImportOptions(List<String> include, List<String> exclude, Duration perFileTimeout,
        int maxArchiveDepth, int maxExpansionRatio) {

    /** Everything, with default limits. */
    public static final ImportOptions DEFAULTS = new ImportOptions(List.of(), List.of(), Duration.ofSeconds(60), 5,
            100);

    public ImportOptions {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }
}
