package dev.ariadne.api.reports;

import java.io.OutputStream;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes a report in one format. Registered as a whiteboard service with {@code ariadne.exporter.format} (e.g.
 * {@code pdf}, {@code html}); called on a job's worker thread.
 */
@ConsumerType
public interface ReportExporter {

    /** Service property: the format name (String). */
    String FORMAT = "ariadne.exporter.format";

    /**
     * Writes the report.
     *
     * @param title the report title
     * @param sections section title to blocks, in order
     * @param out where to write; the caller closes it
     */
    void export(String title, List<Section> sections, OutputStream out) throws Exception;

    /**
     * A rendered section.
     *
     * @param title its title
     * @param blocks its blocks
     */
    record Section(String title, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }
}
