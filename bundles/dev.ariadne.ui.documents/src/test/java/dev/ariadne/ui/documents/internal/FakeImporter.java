package dev.ariadne.ui.documents.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.importing.ImportOptions;
import dev.ariadne.api.importing.ImportService;
import dev.ariadne.api.importing.ImportSummary;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.ui.testing.FakeJobService.FakeJob;

/** An {@link ImportService} whose jobs the test ends itself; records what it was asked to import. */
final class FakeImporter implements ImportService {

    final List<List<Path>> imports = new CopyOnWriteArrayList<>();
    final List<FakeJob<ImportSummary>> jobs = new CopyOnWriteArrayList<>();

    @Override
    public Job<ImportSummary> importPaths(Case aCase, List<Path> paths, ImportOptions options) {
        imports.add(List.copyOf(paths));
        FakeJob<ImportSummary> job = new FakeJob<>(jobs.size() + 1, "Import " + paths.size());
        jobs.add(job);
        return job;
    }
}
