package dev.ariadne.api.reports;

import java.nio.file.Path;
import java.util.List;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.jobs.Job;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Builds reports from the {@link ReportSection} services and writes them with a {@link ReportExporter}.
 * Implemented by the report bundle; returns at once with a job.
 */
@ProviderType
public interface ReportService {

    /** The formats of the exporters present. */
    List<String> formats();

    /** Renders the chosen sections (all when empty) and writes the report to {@code target}. */
    Job<Path> export(Case aCase, String title, List<String> sectionIds, String format, Path target);
}
