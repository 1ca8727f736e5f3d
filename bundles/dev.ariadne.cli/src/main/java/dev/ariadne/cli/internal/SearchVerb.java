package dev.ariadne.cli.internal;

import java.util.Locale;

import org.osgi.service.component.annotations.Component;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.search.SearchException;
import dev.ariadne.api.search.SearchRequest;
import dev.ariadne.api.search.SearchResult;
import dev.ariadne.api.search.SearchService;

/**
 * {@code ariadne search <case> <query> [--limit N] [--json]}: runs a full-text query on a case and prints the best
 * hits with their document id, title, score and highlighted snippets.
 *
 * <p>A whiteboard {@link Verb} run on the launcher's main thread; uses {@link SearchService#search}. A query that
 * cannot be parsed exits with 1 and the search service's message.
 */
@Component(service = Verb.class)
@VerbProperties(verb = "search", synopsis = "search <case> <query> [--limit N] [--json]",
        summary = "Search the documents of a case in full text.")
public class SearchVerb implements Verb {

    /** The number of hits shown without {@code --limit}. */
    static final int DEFAULT_LIMIT = 10;
    /** The most hits one run may ask for. */
    static final int MAX_LIMIT = 10_000;

    private static final String BOLD = "\u001b[1m";
    private static final String PLAIN = "\u001b[0m";

    @Override
    public Options options() {
        return Options.flags("json").withValues("limit");
    }

    @Override
    public String help() {
        return """
                Arguments:
                  <case>       the case folder
                  <query>      the query, quoted as one argument: terms, "phrases", AND/OR/NOT, "a b"~5,
                               wildcards (vis*), fuzzy (visit~), fields (title:, author:, type:, lang:) and
                               date ranges (date:[2024-01-01 TO 2024-12-31])

                Options:
                  --limit N    show the N best hits (default 10)
                  --json       print one JSON object on standard output: query, totalHits, tookMillis and hits,
                               each with documentId, title, score and snippets ({start, text, highlights}, the
                               highlights being [start, end) pairs within the snippet's text)

                Matched words are shown in bold on a terminal, else between [ and ]. Exits with 1 and the
                reason when the query cannot be parsed or the case cannot be opened.""";
    }

    @Override
    public int run(Arguments arguments, Invocation invocation) throws CliException {
        String dir = arguments.positional(0, "a case folder <case>");
        String query = arguments.positional(1, "a <query>");
        arguments.atMost(2);
        int limit = limit(arguments, invocation.verb());
        CaseService cases = invocation.services().require(CaseService.class, "the case service");
        SearchService search = invocation.services().require(SearchService.class, "the search service");
        Case aCase = OpenCases.open(cases, dir);
        SearchResult result;
        try {
            result = search.search(aCase, SearchRequest.of(query, limit));
        } catch (SearchException e) {
            throw new CliException(e.getMessage(), e);
        } finally {
            cases.close(aCase);
        }
        if (arguments.flag("json")) {
            Json.print(invocation.output().out(), json(query, result));
        } else {
            print(invocation.output(), result);
        }
        return 0;
    }

    /** The value of {@code --limit}, {@value #DEFAULT_LIMIT} when not given. */
    static int limit(Arguments arguments, String verb) throws UsageException {
        String text = arguments.value("limit").orElse(null);
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new UsageException("--limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + text + "'",
                    Arguments.hint(verb));
        }
        return limit;
    }

    /** {@code result} as the JSON object of {@code --json}. */
    static JsonObject json(String query, SearchResult result) {
        JsonObject json = new JsonObject();
        json.addProperty("query", query);
        json.addProperty("totalHits", result.totalHits());
        json.addProperty("tookMillis", result.tookMillis());
        JsonArray hits = new JsonArray();
        for (SearchResult.Hit hit : result.hits()) {
            JsonObject item = new JsonObject();
            item.addProperty("documentId", hit.documentId());
            item.addProperty("title", hit.title());
            item.addProperty("score", hit.score());
            JsonArray snippets = new JsonArray();
            for (SearchResult.Snippet snippet : hit.snippets()) {
                JsonObject s = new JsonObject();
                s.addProperty("start", snippet.start());
                s.addProperty("text", snippet.text());
                JsonArray ranges = new JsonArray();
                int[] highlights = snippet.highlights();
                for (int i = 0; i + 1 < highlights.length; i += 2) {
                    JsonArray range = new JsonArray();
                    range.add(highlights[i]);
                    range.add(highlights[i + 1]);
                    ranges.add(range);
                }
                s.add("highlights", ranges);
                snippets.add(s);
            }
            item.add("snippets", snippets);
            hits.add(item);
        }
        json.add("hits", hits);
        return json;
    }

    /** {@code result} for a person: a numbered line per hit, its snippets indented below, then the totals. */
    static void print(Output output, SearchResult result) {
        int rank = 0;
        for (SearchResult.Hit hit : result.hits()) {
            rank++;
            output.out().println(rank + ". " + hit.title() + "  (" + hit.documentId() + ", score "
                    + String.format(Locale.ROOT, "%.2f", hit.score()) + ")");
            for (SearchResult.Snippet snippet : hit.snippets()) {
                output.out().println("    " + highlight(snippet, output.terminal()));
            }
        }
        output.out().println(Formats.count(result.totalHits()) + (result.totalHits() == 1 ? " hit" : " hits")
                + ", showing " + Formats.count(result.hits().size()) + " (" + result.tookMillis() + " ms).");
        output.out().flush();
    }

    /**
     * The snippet's text on one line (line breaks and tabs as spaces) with its highlights in ANSI bold when
     * {@code terminal}, else between square brackets. Ranges out of order, overlapping or outside the text are
     * skipped.
     */
    static String highlight(SearchResult.Snippet snippet, boolean terminal) {
        String text = snippet.text();
        int[] highlights = snippet.highlights();
        StringBuilder line = new StringBuilder(text.length() + 16);
        int at = 0;
        for (int i = 0; i + 1 < highlights.length; i += 2) {
            int start = highlights[i];
            int end = highlights[i + 1];
            if (start < at || end <= start || end > text.length()) {
                continue;
            }
            line.append(flatten(text.substring(at, start)));
            line.append(terminal ? BOLD : "[").append(flatten(text.substring(start, end)))
                    .append(terminal ? PLAIN : "]");
            at = end;
        }
        line.append(flatten(text.substring(at)));
        return line.toString().strip();
    }

    private static String flatten(String text) {
        return text.replaceAll("[\\r\\n\\t\\u2028\\u2029]", " ");
    }
}
