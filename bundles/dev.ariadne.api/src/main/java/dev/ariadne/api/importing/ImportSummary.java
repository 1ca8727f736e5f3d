package dev.ariadne.api.importing;

import java.util.List;

import dev.ariadne.api.jobs.ItemError;

/**
 * The outcome of an import job.
 *
 * @param imported documents added
 * @param duplicates files whose bytes were already in the case (recorded as another source)
 * @param unchanged files skipped because they were imported before, unchanged
 * @param failed files that could not be imported, with reasons
 */
public record ImportSummary(int imported, int duplicates, int unchanged, List<ItemError> failed) {

    public ImportSummary {
        failed = List.copyOf(failed);
    }
}
