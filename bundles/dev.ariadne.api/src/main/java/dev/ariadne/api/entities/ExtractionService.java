package dev.ariadne.api.entities;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.jobs.Job;

/**
 * Runs the {@link EntityExtractor}s over the documents of a case.
 *
 * <p>Implemented by the extraction bundle, which also registers the extraction {@link dev.ariadne.api.pipeline.DocumentStage}
 * that runs during every import. Thread-safe; {@link #extract} returns at once with a job.
 */
@ProviderType
public interface ExtractionService {

    /**
     * Re-runs extraction as a job: on every document when {@code all}, otherwise only on documents that no extractor
     * of the current set and versions has processed.
     */
    Job extract(Case aCase, boolean all);

    /** The extractors in use, as {@code name/version}, in the order their mentions win. */
    List<String> extractors();
}
