package dev.ariadne.api.reports;

import java.util.List;

import dev.ariadne.api.cases.Case;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Contributes one section to reports. Registered as a whiteboard service with {@code ariadne.section.id},
 * {@code ariadne.section.title} and {@code service.ranking} (order in the report, highest first). Called on a job's
 * worker thread.
 */
@ConsumerType
public interface ReportSection {

    /** Service property: the section id (String). */
    String ID = "ariadne.section.id";
    /** Service property: the section title (String). */
    String TITLE = "ariadne.section.title";

    /** The blocks of the section for this case. */
    List<Block> render(Case aCase) throws Exception;
}
