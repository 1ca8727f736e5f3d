package dev.ariadne.api.importing;

import java.nio.file.Path;
import java.util.List;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.jobs.Job;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports files and folders into a case as a job. Implemented by the importer bundle; callable from any thread,
 * returns at once. Each document added posts {@link dev.ariadne.api.events.Topics#DOCUMENT_ADDED}; files that fail
 * are the job's item errors, and the rest of the import goes on.
 */
@ProviderType
public interface ImportService {

    /**
     * Starts importing {@code paths} (files or folders, recursively) into {@code aCase}. Files already imported
     * unchanged are skipped.
     */
    Job<ImportSummary> importPaths(Case aCase, List<Path> paths, ImportOptions options);
}
