package dev.ariadne.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.importing.ImportOptions;
import dev.ariadne.api.importing.ImportService;
import dev.ariadne.api.importing.ImportSummary;
import dev.ariadne.api.jobs.ItemError;

/**
 * {@code ariadne import <case> <path>... [--include G]... [--exclude G]... [--json]}: imports files and folders into a
 * case as a job, with a progress bar on standard error, then prints what was imported, skipped and refused.
 *
 * <p>A whiteboard {@link Verb} run on the launcher's main thread; uses {@link CaseService#open},
 * {@link ImportService#importPaths} and {@link JobProgressPrinter#await}. Returns 0 when the job ran, even when some
 * files failed (they are listed with their reasons); 1 when the case cannot be opened or the job itself failed.
 */
@Component(service = Verb.class)
@VerbProperties(verb = "import", synopsis = "import <case> <path>... [--include G]... [--exclude G]... [--json]",
        summary = "Import files and folders into a case; files imported before and unchanged are skipped.")
public class ImportVerb implements Verb {

    @Override
    public Options options() {
        return Options.flags("json").withValues("include", "exclude");
    }

    @Override
    public String help() {
        return """
                Arguments:
                  <case>          the case folder
                  <path>...       files and folders to import; folders are walked recursively. With no path,
                                  only the processing stages left pending by an interrupted import are resumed.

                Options:
                  --include G     import only files whose path relative to its root folder matches the glob G
                                  (e.g. '**/*.pdf'); may be repeated, a file matching any of them is imported
                  --exclude G     skip files and folders matching the glob G; may be repeated
                  --json          print the summary as one JSON object on standard output: imported, duplicates,
                                  unchanged, failed (an array of {item, reason})

                Progress goes to standard error; Ctrl-C cancels the import, and what was stored stays stored.
                Exits with 0 when the import ran, even when some files failed (each is listed with its reason),
                and with 1 when the case cannot be opened or the import itself failed.""";
    }

    @Override
    public int run(Arguments arguments, Invocation invocation) throws CliException {
        String dir = arguments.positional(0, "a case folder <case>");
        List<Path> paths = new ArrayList<>();
        for (String path : arguments.positionals().subList(1, arguments.positionals().size())) {
            paths.add(CaseViews.folder(path));
        }
        ImportOptions options = options(arguments);
        CaseService cases = invocation.services().require(CaseService.class, "the case service");
        // The case first: a folder that is no case must not wake the importer only to fail.
        Case aCase = OpenCases.open(cases, dir);
        ImportSummary summary;
        try {
            ImportService importer = invocation.services().require(ImportService.class, "the import service");
            summary = new JobProgressPrinter(invocation.output())
                    .await(importer.importPaths(aCase, paths, options), "The import", false);
        } finally {
            cases.close(aCase);
        }
        if (arguments.flag("json")) {
            Json.print(invocation.output().out(), json(summary));
        } else {
            print(invocation.output(), summary);
        }
        return 0;
    }

    /** The import options the command line asks for: the default limits with its include and exclude globs. */
    static ImportOptions options(Arguments arguments) {
        ImportOptions defaults = ImportOptions.DEFAULTS;
        return new ImportOptions(arguments.values("include"), arguments.values("exclude"), defaults.perFileTimeout(),
                defaults.maxArchiveDepth(), defaults.maxExpansionRatio());
    }

    /** {@code summary} as the JSON object of {@code --json}. */
    static JsonObject json(ImportSummary summary) {
        JsonObject json = new JsonObject();
        json.addProperty("imported", summary.imported());
        json.addProperty("duplicates", summary.duplicates());
        json.addProperty("unchanged", summary.unchanged());
        JsonArray failed = new JsonArray();
        for (ItemError error : summary.failed()) {
            JsonObject item = new JsonObject();
            item.addProperty("item", error.item());
            item.addProperty("reason", error.reason());
            failed.add(item);
        }
        json.add("failed", failed);
        return json;
    }

    /** {@code summary} for a person: one line of counts, then each failed file with its reason. */
    static void print(Output output, ImportSummary summary) {
        output.out().println("Imported " + Formats.count(summary.imported()) + ", duplicates "
                + Formats.count(summary.duplicates()) + ", unchanged " + Formats.count(summary.unchanged())
                + ", failed " + Formats.count(summary.failed().size()) + ".");
        for (ItemError error : summary.failed()) {
            output.out().println("  failed: " + error.item() + ": " + error.reason());
        }
        output.out().flush();
    }
}
