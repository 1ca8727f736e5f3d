package dev.ariadne.ui.documents.internal.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import dev.ariadne.api.importing.ImportSummary;

/**
 * The sentence that tells an analyst how an import went: "Imported 12 documents; 2 duplicates, 1 unchanged,
 * 3 failed". Stateless; any thread.
 */
public final class ImportReport {

    private ImportReport() {
    }

    /** One line summing up an import. */
    public static String describe(ImportSummary summary) {
        StringBuilder line = new StringBuilder("Imported ")
                .append(Formats.plural(summary.imported(), "document", "documents"));
        List<String> more = new ArrayList<>();
        if (summary.duplicates() > 0) {
            more.add(Formats.plural(summary.duplicates(), "duplicate", "duplicates"));
        }
        if (summary.unchanged() > 0) {
            more.add(Formats.count(summary.unchanged()) + " unchanged");
        }
        if (!summary.failed().isEmpty()) {
            more.add(Formats.count(summary.failed().size()) + " failed");
        }
        if (!more.isEmpty()) {
            line.append("; ").append(String.join(", ", more));
        }
        return line.toString();
    }

    /** What the paths to import are, for a job's status line: "report.pdf", "3 files and 1 folder". */
    public static String describePaths(List<Path> paths, Predicate<Path> isFolder) {
        if (paths.size() == 1) {
            Path name = paths.get(0).getFileName();
            return name == null ? paths.get(0).toString() : name.toString();
        }
        long folders = paths.stream().filter(isFolder).count();
        long files = paths.size() - folders;
        List<String> parts = new ArrayList<>();
        if (files > 0) {
            parts.add(Formats.plural(files, "file", "files"));
        }
        if (folders > 0) {
            parts.add(Formats.plural(folders, "folder", "folders"));
        }
        return String.join(" and ", parts);
    }
}
