package dev.ariadne.cli.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.ExtractionService;
import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobStatus;

/**
 * {@code ariadne extract <case> [--all] [--json]}: re-runs the entity extraction stage as a job, with progress on
 * standard error, then prints which extractors ran, how many documents were processed or failed, and the entity counts
 * per type.
 *
 * <p>A whiteboard {@link Verb} run on the launcher's main thread; uses {@link ExtractionService#extract} and
 * {@link JobProgressPrinter}, then {@link EntityService#count}.
 */
@Component(service = Verb.class)
@VerbProperties(verb = "extract", synopsis = "extract <case> [--all] [--json]",
        summary = "Run the entity extraction again on the documents that need it (or on all).")
public class ExtractVerb implements Verb {

    @Override
    public Options options() {
        return Options.flags("json", "all");
    }

    @Override
    public String help() {
        return """
                Arguments:
                  <case>    the case folder

                Options:
                  --all     extract every document again; by default only documents that the current
                            extractors, at their current versions, have not processed
                  --json    print one JSON object on standard output: extractors, documents (extracted),
                            examined (documents looked at, including those already up to date), seconds
                            (how long the extraction job ran), failed (an array of {item, reason}) and
                            entities (the count per type)

                Extraction also runs during every import; this re-runs it, for instance after a new extractor
                was added. Progress goes to standard error; Ctrl-C cancels, and what was stored stays stored.
                The corrections of the case's ledger apply to the new mentions. Exits with 1 when the case
                cannot be opened or the extraction failed as a whole.""";
    }

    @Override
    public int run(Arguments arguments, Invocation invocation) throws CliException {
        String dir = arguments.positional(0, "a case folder <case>");
        arguments.atMost(1);
        CaseService cases = invocation.services().require(CaseService.class, "the case service");
        Case aCase = OpenCases.open(cases, dir);
        List<String> extractors;
        JobStatus status;
        long extracted;
        List<ItemError> failed;
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        try {
            ExtractionService extraction = invocation.services().require(ExtractionService.class,
                    "the extraction service");
            EntityService entities = invocation.services().require(EntityService.class, "the entity service");
            extractors = extraction.extractors();
            Job<?> job = extraction.extract(aCase, arguments.flag("all"));
            Object result = new JobProgressPrinter(invocation.output()).await(job, "The extraction", false);
            status = job.status();
            extracted = result instanceof Number n ? n.longValue() : status.doneItems();
            failed = job.errors();
            for (EntityType type : EntityType.values()) {
                counts.put(type, entities.count(aCase, type, ""));
            }
        } finally {
            cases.close(aCase);
        }
        if (arguments.flag("json")) {
            Json.print(invocation.output().out(), json(extractors, extracted, status, failed, counts));
        } else {
            print(invocation.output(), extractors, extracted, status, failed, counts);
        }
        return 0;
    }

    /** The summary as the JSON object of {@code --json}. */
    static JsonObject json(List<String> extractors, long extracted, JobStatus status, List<ItemError> failed,
            Map<EntityType, Integer> counts) {
        JsonObject o = new JsonObject();
        JsonArray names = new JsonArray();
        extractors.forEach(names::add);
        o.add("extractors", names);
        o.addProperty("documents", extracted);
        o.addProperty("examined", status.doneItems());
        if (status.started() != null && status.finished() != null) {
            o.addProperty("seconds", Duration.between(status.started(), status.finished()).toMillis() / 1000.0);
        }
        JsonArray errors = new JsonArray();
        for (ItemError error : failed) {
            JsonObject item = new JsonObject();
            item.addProperty("item", error.item());
            item.addProperty("reason", error.reason());
            errors.add(item);
        }
        o.add("failed", errors);
        JsonObject entities = new JsonObject();
        counts.forEach((type, count) -> entities.addProperty(type.name(), count));
        o.add("entities", entities);
        return o;
    }

    /** The summary for a person: extractors, documents, failures with reasons, entities per type. */
    static void print(Output output, List<String> extractors, long extracted, JobStatus status,
            List<ItemError> failed, Map<EntityType, Integer> counts) {
        output.out().println("Extractors: " + (extractors.isEmpty() ? "none" : String.join(", ", extractors)));
        output.out().println("Documents extracted " + Formats.count(extracted) + " of "
                + Formats.count(status.doneItems()) + " examined, failed " + Formats.count(failed.size()) + ".");
        for (ItemError error : failed) {
            output.out().println("  failed: " + error.item() + ": " + error.reason());
        }
        StringBuilder line = new StringBuilder("Entities:");
        int total = 0;
        for (Map.Entry<EntityType, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > 0) {
                line.append(' ').append(entry.getKey().name()).append(' ').append(Formats.count(entry.getValue()))
                        .append(',');
                total += entry.getValue();
            }
        }
        output.out().println(total == 0 ? "Entities: none." : line.substring(0, line.length() - 1) + "; "
                + Formats.count(total) + " in all.");
        output.out().flush();
    }
}
