package dev.ariadne.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseException;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.ExtractionService;
import dev.ariadne.api.entities.ResolvedMention;
import dev.ariadne.api.importing.ImportOptions;
import dev.ariadne.api.importing.ImportService;
import dev.ariadne.api.importing.ImportSummary;
import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.cli.internal.eval.Counts;
import dev.ariadne.cli.internal.eval.EvalDocument;
import dev.ariadne.cli.internal.eval.GoldFiles;
import dev.ariadne.cli.internal.eval.Score;
import dev.ariadne.cli.internal.eval.Scorer;
import dev.ariadne.cli.internal.eval.Span;

/**
 * {@code ariadne eval <eval-dir> [--case DIR] [--verbose] [--check] [--json]}: measures the entity extraction against
 * a hand-annotated evaluation set.
 *
 * <p>Reads {@code <eval-dir>/docs/*.txt} and {@code <eval-dir>/gold/*.json} ({@link GoldFiles}), imports the texts
 * into a fresh temporary case (deleted afterwards) or the case {@code --case} names (created when missing) through
 * {@link ImportService}, waits for the import job (extraction runs as one of its stages) and for an
 * {@link ExtractionService#extract} of whatever the import left unextracted, reads each document's mentions with
 * {@link EntityService#mentions} (a document file's id is the SHA-256 of its bytes) and scores them with
 * {@link Scorer}: precision, recall and F1 per type and overall for exact and overlap matching, B-cubed entity
 * clustering, and the targets of the entities issue with ok/MISSED marks.
 *
 * <p>A whiteboard {@link Verb} run on the launcher's main thread. Exits with 0 when the evaluation ran (with
 * {@code --check}: 1 when a target is missed), 1 when it could not run.
 */
@Component(service = Verb.class)
@VerbProperties(verb = "eval", synopsis = "eval <eval-dir> [--case DIR] [--verbose] [--check] [--json]",
        summary = "Score the entity extraction against a hand-annotated evaluation set.")
public class EvalVerb implements Verb {

    private static final Logger LOG = LoggerFactory.getLogger(EvalVerb.class);

    /**
     * A quality target: {@code metric} of the score must reach {@code threshold}.
     *
     * @param name the target in words, e.g. {@code overlap F1 PERSON}
     * @param threshold the least value that passes
     * @param metric reads the value from a score
     */
    record Target(String name, double threshold, Function<Score, Double> metric) {

        /** Whether {@code score} reaches the threshold (compared on the three decimals printed). */
        boolean met(Score score) {
            return Math.round(metric.apply(score) * 1000) >= Math.round(threshold * 1000);
        }
    }

    /** The targets of the entities issue. */
    static final List<Target> TARGETS = List.of(
            new Target("overlap F1 overall", 0.95, s -> s.overlapOverall().f1()),
            new Target("overlap F1 PERSON", 0.90, s -> s.overlap().get(EntityType.PERSON).f1()),
            new Target("overlap F1 ORGANIZATION", 0.90, s -> s.overlap().get(EntityType.ORGANIZATION).f1()),
            new Target("overlap F1 LOCATION", 0.90, s -> s.overlap().get(EntityType.LOCATION).f1()),
            new Target("overlap F1 DATE", 0.90, s -> s.overlap().get(EntityType.DATE).f1()),
            new Target("exact F1 overall", 0.92, s -> s.exactOverall().f1()));

    @Override
    public Options options() {
        return Options.flags("json", "verbose", "check").withValues("case");
    }

    @Override
    public String help() {
        return """
                Arguments:
                  <eval-dir>   a folder holding docs/<name>.txt (UTF-8; first line the headline, an optional
                               second line 'Date: YYYY-MM-DD' the document date) and gold/<name>.json, a JSON
                               array of {"start", "end", "text", "type", "entity"} with UTF-16 offsets into the
                               text and entity the canonical name; types PERSON, ORGANIZATION, LOCATION, DATE,
                               QUANTITY

                Options:
                  --case DIR   import into this case (created when missing) and keep it, instead of a
                               temporary case deleted afterwards; files already imported are not imported again
                  --verbose    also list, per document, the missed and spurious spans and the matched spans
                               whose boundaries differ, with their text
                  --check      exit with 1 when a target is missed
                  --json       print one JSON object on standard output: documents, seconds, types (per type:
                               exact and overlap {tp, fp, fn, precision, recall, f1}, clustering), overall,
                               clustering, targets [{name, threshold, value, ok}], problems, and with --verbose
                               errors (per document: missed, spurious, boundary); extractors (name/version);
                               words (of all documents, for the throughput with seconds)

                Scoring: exact matching counts a predicted span right when a gold span has the same start, end
                and type; overlap matching when it shares a character with a gold span of the same type. Each
                gold and each predicted span is matched at most once (exact pairs first, then as many overlapping
                pairs as possible). Only the five gold types are scored; EMAIL, URL, PHONE and MISC predictions
                are ignored. Overall figures add the counts of the five types (micro average). Clustering
                accuracy is the B-cubed F1 over the overlap-matched mentions: for each mention, precision is the
                share of its predicted entity's matched mentions that share its gold entity, recall the share of
                its gold entity's matched mentions that share its predicted entity (entities keyed by type and
                canonical name, across all documents); 1 means the predictions group mentions exactly as gold
                does. Targets: overlap F1 >= 0.95 overall and >= 0.90 for PERSON, ORGANIZATION, LOCATION and
                DATE; exact F1 >= 0.92 overall.""";
    }

    @Override
    public int run(Arguments arguments, Invocation invocation) throws CliException {
        Path folder = CaseViews.folder(arguments.positional(0, "an evaluation folder <eval-dir>"));
        arguments.atMost(1);
        Output output = invocation.output();
        List<GoldFiles.Entry> entries;
        try {
            entries = GoldFiles.read(folder);
        } catch (IOException e) {
            throw new CliException("cannot read the evaluation set: " + CorrectionVerb.message(e), e);
        }
        List<String> problems = new ArrayList<>();
        entries.forEach(entry -> problems.addAll(entry.problems()));
        entries.stream().filter(entry -> !entry.hasGold())
                .forEach(entry -> problems.add(entry.name() + ".txt has no gold file and is not scored"));
        if (entries.stream().noneMatch(GoldFiles.Entry::hasGold)) {
            throw new CliException(folder + " holds no document with a gold file (docs/<name>.txt with"
                    + " gold/<name>.json)");
        }
        CaseService cases = invocation.services().require(CaseService.class, "the case service");
        Path temporary = null;
        Case aCase;
        try {
            if (arguments.value("case").isPresent()) {
                aCase = openOrCreate(cases, CaseViews.folder(arguments.value("case").get()));
            } else {
                temporary = Files.createTempDirectory("ariadne-eval-");
                aCase = cases.create(temporary.resolve("case"), "Evaluation of " + folder.getFileName());
            }
        } catch (IOException | CaseException e) {
            deleteQuietly(temporary);
            throw new CliException("cannot make a case for the evaluation: " + CorrectionVerb.message(e), e);
        }
        List<EvalDocument> documents = new ArrayList<>();
        List<String> extractors = List.of();
        long started = System.nanoTime();
        Duration took;
        try {
            ExtractionService extraction = invocation.services().require(ExtractionService.class,
                    "the extraction service");
            EntityService entities = invocation.services().require(EntityService.class, "the entity service");
            DocumentStore store = invocation.services().require(DocumentStore.class, "the document store");
            ImportService importer = invocation.services().require(ImportService.class, "the import service");
            JobProgressPrinter printer = new JobProgressPrinter(output);
            List<Path> files = entries.stream().map(GoldFiles.Entry::file).toList();
            ImportSummary summary = printer.await(importer.importPaths(aCase, files, ImportOptions.DEFAULTS),
                    "The import", false);
            for (ItemError failed : summary.failed()) {
                problems.add("could not import " + failed.item() + ": " + failed.reason());
            }
            // Extraction is an import stage; this only catches documents it left out (a stage that came up late).
            printer.await(extraction.extract(aCase, false), "The extraction", true);
            took = Duration.ofNanos(System.nanoTime() - started);
            extractors = extraction.extractors();
            if (extractors.isEmpty()) {
                problems.add("no extractor is running: see 'ariadne plugins'");
            }
            for (GoldFiles.Entry entry : entries) {
                if (!entry.hasGold()) {
                    continue;
                }
                Optional<DocumentText> stored = store.text(aCase, entry.documentId());
                if (stored.isEmpty()) {
                    problems.add(entry.name() + ".txt is not in the case; scored as if nothing was found");
                } else if (!stored.get().text().equals(entry.text())) {
                    problems.add("the text stored for " + entry.name() + ".txt differs from the file, so offsets"
                            + " may not line up");
                }
                List<Span> predicted = new ArrayList<>();
                for (ResolvedMention m : entities.mentions(aCase, entry.documentId())) {
                    predicted.add(new Span(m.mention().start(), m.mention().end(), m.mention().text(),
                            m.mention().type(), m.entityName()));
                }
                documents.add(new EvalDocument(entry.name(), entry.documentId(), entry.gold(), predicted));
            }
        } finally {
            cases.close(aCase);
            deleteQuietly(temporary);
        }
        Score score = Scorer.score(documents);
        long words = entries.stream().mapToLong(entry -> words(entry.text())).sum();
        boolean verbose = arguments.flag("verbose");
        if (arguments.flag("json")) {
            JsonObject json = json(score, documents, took, problems, verbose);
            json.addProperty("words", words);
            JsonArray names = new JsonArray();
            extractors.forEach(names::add);
            json.add("extractors", names);
            Json.print(output.out(), json);
        } else {
            output.out().println("Extractors: " + (extractors.isEmpty() ? "none" : String.join(", ", extractors)));
            print(output, score, documents, words, took, problems, verbose);
        }
        boolean missed = TARGETS.stream().anyMatch(target -> !target.met(score));
        if (missed && arguments.flag("check")) {
            throw new CliException("targets missed: " + TARGETS.stream().filter(t -> !t.met(score))
                    .map(Target::name).reduce((a, b) -> a + ", " + b).orElse(""));
        }
        return 0;
    }

    /** The number of words of {@code text}: runs of letters or digits. */
    static long words(String text) {
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private static Case openOrCreate(CaseService cases, Path folder) throws CaseException {
        try {
            cases.inspect(folder);
            return cases.open(folder);
        } catch (CaseException e) {
            if (e.reason() != CaseException.Reason.NOT_A_CASE) {
                throw e;
            }
            return cases.create(folder, null);
        }
    }

    /** Deletes a temporary folder and what it holds, logging what cannot be deleted. */
    static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not delete the temporary evaluation case {}: {}", folder, e.toString());
        }
    }

    /** The score for a person: the table, clustering, targets, problems and, when verbose, the errors. */
    static void print(Output output, Score score, List<EvalDocument> documents, long words, Duration took,
            List<String> problems, boolean verbose) {
        PrintStream out = output.out();
        int gold = score.overlapOverall().gold();
        int predicted = score.overlapOverall().predicted();
        out.printf(Locale.ROOT, "Evaluated %s %s: %s gold mentions, %s predicted.%n", Formats.count(documents.size()),
                documents.size() == 1 ? "document" : "documents", Formats.count(gold), Formats.count(predicted));
        out.printf(Locale.ROOT, "Import and extraction of %s words took %.1f s: %s words/s.%n%n", Formats.count(words),
                took.toMillis() / 1000.0, Formats.count(Math.round(words * 1000.0 / Math.max(1, took.toMillis()))));
        out.printf(Locale.ROOT, "%-13s %7s %7s   %s   %s%n", "", "", "", centred("exact", 23), centred("overlap", 23));
        out.printf(Locale.ROOT, "%-13s %7s %7s   %7s %7s %7s   %7s %7s %7s%n", "type", "gold", "pred", "P", "R",
                "F1", "P", "R", "F1");
        for (EntityType type : Scorer.TYPES) {
            row(out, type.name(), score.exact().get(type), score.overlap().get(type));
        }
        row(out, "overall", score.exactOverall(), score.overlapOverall());
        Score.Clustering c = score.clustering();
        out.printf(Locale.ROOT, "%nEntity clustering (B-cubed over %s matched mentions): P %.3f  R %.3f  F1 %.3f;"
                + " canonical name right for %.1f%%%n", Formats.count(c.mentions()), c.precision(), c.recall(),
                c.f1(), c.nameAccuracy() * 100);
        StringBuilder perType = new StringBuilder("  F1 by type:");
        for (EntityType type : Scorer.TYPES) {
            perType.append(String.format(Locale.ROOT, " %s %.3f", type.name(), score.clusteringByType().get(type)
                    .f1()));
        }
        out.println(perType);
        out.println();
        out.println("Targets:");
        for (Target target : TARGETS) {
            out.printf(Locale.ROOT, "  %-26s >= %.2f   %.3f  %s%n", target.name(), target.threshold(),
                    target.metric().apply(score), target.met(score) ? "ok" : "MISSED");
        }
        if (verbose) {
            for (Score.DocumentResult result : score.documents()) {
                if (result.perfect()) {
                    continue;
                }
                out.println();
                out.println("Document " + result.name() + " (" + result.documentId() + "):");
                for (Span span : result.missed()) {
                    out.println("  missed    " + describe(span));
                }
                for (Span span : result.spurious()) {
                    String note = result.missed().stream().filter(span::overlaps).map(g -> g.type().name())
                            .reduce((a, b) -> a + ", " + b).map(types -> "   (gold: " + types + ")").orElse("");
                    out.println("  spurious  " + describe(span) + note);
                }
                for (Score.Pair pair : result.boundary()) {
                    out.println("  boundary  " + describe(pair.gold()) + "   predicted [" + pair.predicted().start()
                            + ", " + pair.predicted().end() + ") '" + EntityViews.oneLine(pair.predicted().text())
                            + "'");
                }
            }
        }
        if (!problems.isEmpty()) {
            out.println();
            out.println("Problems:");
            new LinkedHashSet<>(problems).forEach(problem -> out.println("  " + problem));
        }
        out.flush();
    }

    private static void row(PrintStream out, String name, Counts exact, Counts overlap) {
        out.printf(Locale.ROOT, "%-13s %7d %7d   %7.3f %7.3f %7.3f   %7.3f %7.3f %7.3f%n", name, overlap.gold(),
                overlap.predicted(), exact.precision(), exact.recall(), exact.f1(), overlap.precision(),
                overlap.recall(), overlap.f1());
    }

    private static String centred(String text, int width) {
        int left = Math.max(0, (width - text.length()) / 2);
        return " ".repeat(left) + text + " ".repeat(Math.max(0, width - left - text.length()));
    }

    private static String describe(Span span) {
        return String.format(Locale.ROOT, "%-12s [%d, %d) '%s'", span.type().name(), span.start(), span.end(),
                EntityViews.oneLine(span.text()));
    }

    /** The score as the JSON object of {@code --json}. */
    static JsonObject json(Score score, List<EvalDocument> documents, Duration took, List<String> problems,
            boolean verbose) {
        JsonObject o = new JsonObject();
        o.addProperty("documents", documents.size());
        o.addProperty("seconds", took.toMillis() / 1000.0);
        JsonObject types = new JsonObject();
        for (EntityType type : Scorer.TYPES) {
            JsonObject t = new JsonObject();
            t.addProperty("gold", score.overlap().get(type).gold());
            t.addProperty("predicted", score.overlap().get(type).predicted());
            t.add("exact", json(score.exact().get(type)));
            t.add("overlap", json(score.overlap().get(type)));
            t.add("clustering", json(score.clusteringByType().get(type)));
            types.add(type.name(), t);
        }
        o.add("types", types);
        JsonObject overall = new JsonObject();
        overall.addProperty("gold", score.overlapOverall().gold());
        overall.addProperty("predicted", score.overlapOverall().predicted());
        overall.add("exact", json(score.exactOverall()));
        overall.add("overlap", json(score.overlapOverall()));
        o.add("overall", overall);
        o.add("clustering", json(score.clustering()));
        JsonArray targets = new JsonArray();
        for (Target target : TARGETS) {
            JsonObject t = new JsonObject();
            t.addProperty("name", target.name());
            t.addProperty("threshold", target.threshold());
            t.addProperty("value", round(target.metric().apply(score)));
            t.addProperty("ok", target.met(score));
            targets.add(t);
        }
        o.add("targets", targets);
        JsonArray problemArray = new JsonArray();
        new LinkedHashSet<>(problems).forEach(problemArray::add);
        o.add("problems", problemArray);
        if (verbose) {
            JsonArray errors = new JsonArray();
            for (Score.DocumentResult result : score.documents()) {
                JsonObject d = new JsonObject();
                d.addProperty("name", result.name());
                d.addProperty("document", result.documentId());
                d.add("missed", spans(result.missed()));
                d.add("spurious", spans(result.spurious()));
                JsonArray boundary = new JsonArray();
                for (Score.Pair pair : result.boundary()) {
                    JsonObject p = new JsonObject();
                    p.add("gold", json(pair.gold()));
                    p.add("predicted", json(pair.predicted()));
                    boundary.add(p);
                }
                d.add("boundary", boundary);
                errors.add(d);
            }
            o.add("errors", errors);
        }
        return o;
    }

    private static JsonObject json(Counts counts) {
        JsonObject o = new JsonObject();
        o.addProperty("tp", counts.truePositives());
        o.addProperty("fp", counts.falsePositives());
        o.addProperty("fn", counts.falseNegatives());
        o.addProperty("precision", round(counts.precision()));
        o.addProperty("recall", round(counts.recall()));
        o.addProperty("f1", round(counts.f1()));
        return o;
    }

    private static JsonObject json(Score.Clustering c) {
        JsonObject o = new JsonObject();
        o.addProperty("mentions", c.mentions());
        o.addProperty("precision", round(c.precision()));
        o.addProperty("recall", round(c.recall()));
        o.addProperty("f1", round(c.f1()));
        o.addProperty("nameAccuracy", round(c.nameAccuracy()));
        return o;
    }

    private static JsonArray spans(List<Span> spans) {
        JsonArray array = new JsonArray();
        spans.forEach(span -> array.add(json(span)));
        return array;
    }

    private static JsonObject json(Span span) {
        JsonObject o = new JsonObject();
        o.addProperty("start", span.start());
        o.addProperty("end", span.end());
        o.addProperty("text", span.text());
        o.addProperty("type", span.type().name());
        o.addProperty("entity", span.entity());
        return o;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
