package dev.ariadne.search.lucene.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

import dev.ariadne.api.search.SearchException;

/**
 * Ariadne's query language, on Lucene's classic query parser: terms, {@code "phrases"}, {@code AND OR NOT + -},
 * grouping, proximity ({@code "a b"~3}), wildcards ({@code vis*t}), fuzzy terms ({@code visit~}, {@code visit~1}),
 * fields ({@code title: author: type: lang: year: date: folder: entity: id: body:}), ranges
 * ({@code date:[2024-01-01 TO 2024-12-31]}, {@code year:[2020 TO *]}) and boosts.
 *
 * <p>Words without a field search the body, the title (boosted twice) and the authors. Words are joined with AND
 * unless an operator says otherwise. A word that the analyzer splits ({@code e-mail}, {@code 2024-03-05}) becomes a
 * phrase. Dates are UTC: {@code date:2024}, {@code date:2024-03} and {@code date:2024-03-05} each mean the whole
 * period, and a range includes its whole end day. An empty query finds every document.
 *
 * <p>{@code entity:"Olaf Scholz"} (or {@code entity:Warsaw}) finds the documents that mention an entity whose canonical
 * name or alias is that name, any type. It is resolved while the query is parsed, through {@link EntityDocuments}
 * (the entities bundle's {@link dev.ariadne.api.entities.EntityService#documentsMentioning}), into a set of document
 * ids; so corrections of entities apply at once, without indexing again, and the clause combines with every other
 * part of the query. Without an entity service such a query is an error that says so.
 *
 * <p>A parser is made per query ({@link #parse}), cheaply; it is not thread-safe and never shared. Errors become a
 * {@link SearchException} whose message says where the problem is (1-based column) and what was expected.
 */
final class CaseQueryParser extends MultiFieldQueryParser {

    /** Fields searched by words without a field, with their boosts. */
    static final Map<String, Float> DEFAULT_FIELDS = Map.of(IndexFields.BODY, 1f, IndexFields.TITLE, 2f,
            IndexFields.AUTHOR, 1f);
    /** The field names a query may use, besides aliases. */
    static final List<String> KNOWN_FIELDS = List.of(IndexFields.TITLE, IndexFields.AUTHOR, IndexFields.TYPE,
            IndexFields.LANG, IndexFields.YEAR, IndexFields.DATE, IndexFields.FOLDER, IndexFields.ENTITY,
            IndexFields.ID, IndexFields.BODY);
    private static final Map<String, String> ALIASES = Map.of("authors", IndexFields.AUTHOR, "language",
            IndexFields.LANG, "text", IndexFields.BODY);
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

    /**
     * Resolves {@code entity:} clauses: the ids of the documents that mention an entity of a name. Called while a
     * query is parsed, on the searching thread.
     */
    @FunctionalInterface
    interface EntityDocuments {
        /** The ids of the documents mentioning an entity whose canonical name or alias is {@code name}. */
        java.util.Set<String> documentsMentioning(String name);
    }

    private final EntityDocuments entityDocuments;

    private CaseQueryParser(Analyzer analyzer, EntityDocuments entityDocuments) {
        super(new String[] {IndexFields.BODY, IndexFields.TITLE, IndexFields.AUTHOR}, analyzer, DEFAULT_FIELDS);
        this.entityDocuments = entityDocuments;
        setDefaultOperator(AND_OPERATOR);
        setSplitOnWhitespace(true);
        setAutoGeneratePhraseQueries(true);
        setAllowLeadingWildcard(true);
    }

    /**
     * Parses a query of Ariadne's language.
     *
     * @param text the query; blank finds every document
     * @param analyzer the analyzer the index was made with
     * @return the Lucene query
     * @throws SearchException when the query cannot be read; the message says where and why
     */
    static Query parse(String text, Analyzer analyzer) throws SearchException {
        return parse(text, analyzer, null);
    }

    /**
     * Parses a query of Ariadne's language, resolving {@code entity:} clauses.
     *
     * @param text the query; blank finds every document
     * @param analyzer the analyzer the index was made with
     * @param entityDocuments resolves entity names to documents, or {@code null} when there is no entity service
     * @return the Lucene query
     * @throws SearchException when the query cannot be read, or names an entity without an entity service
     */
    static Query parse(String text, Analyzer analyzer, EntityDocuments entityDocuments) throws SearchException {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        try {
            return new CaseQueryParser(analyzer, entityDocuments).parse(text);
        } catch (ParseException e) {
            throw new SearchException(describe(text, e), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new SearchException("The query has too many terms (at most " + IndexSearcher.getMaxClauseCount()
                    + "); use fewer words or a narrower wildcard.", e);
        }
    }

    // ----------------------------------------------------------------------------------------------------------------
    // fields

    /** The field a name given in a query stands for. */
    private static String canonical(String field) throws ParseException {
        if (field == null || "*".equals(field)) {
            return field;
        }
        String lower = field.toLowerCase(java.util.Locale.ROOT);
        if (KNOWN_FIELDS.contains(lower)) {
            return lower;
        }
        String alias = ALIASES.get(lower);
        if (alias != null) {
            return alias;
        }
        throw new FieldProblem(field, "Unknown field '" + field + "'. Fields are " + String.join(", ", KNOWN_FIELDS)
                + "; to search for text with a colon, put it in quotes.");
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        String name = canonical(field);
        if (IndexFields.ENTITY.equals(name)) {
            return entityQuery(field, queryText);
        }
        if (IndexFields.DATE.equals(name)) {
            long[] period = period(field, queryText);
            return LongPoint.newRangeQuery(IndexFields.DATE, period[0], period[1] - 1);
        }
        if (IndexFields.YEAR.equals(name)) {
            return IntPoint.newExactQuery(IndexFields.YEAR, year(field, queryText));
        }
        return super.getFieldQuery(name, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        String name = canonical(field);
        if (IndexFields.DATE.equals(name) || IndexFields.YEAR.equals(name) || IndexFields.ENTITY.equals(name)) {
            return getFieldQuery(name, queryText, true);
        }
        return super.getFieldQuery(name, queryText, slop);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
            boolean endInclusive) throws ParseException {
        String name = canonical(field);
        if (IndexFields.DATE.equals(name)) {
            long lower = Long.MIN_VALUE;
            long upper = Long.MAX_VALUE;
            if (part1 != null) {
                long[] period = period(field, part1);
                lower = startInclusive ? period[0] : period[1];
            }
            if (part2 != null) {
                long[] period = period(field, part2);
                upper = endInclusive ? period[1] - 1 : period[0] - 1;
            }
            return LongPoint.newRangeQuery(IndexFields.DATE, lower, upper);
        }
        if (IndexFields.YEAR.equals(name)) {
            int lower = part1 == null ? Integer.MIN_VALUE : year(field, part1) + (startInclusive ? 0 : 1);
            int upper = part2 == null ? Integer.MAX_VALUE : year(field, part2) - (endInclusive ? 0 : 1);
            return IntPoint.newRangeQuery(IndexFields.YEAR, lower, upper);
        }
        if (IndexFields.ENTITY.equals(name)) {
            throw new FieldProblem(field, "'" + field + ":' takes the name of an entity, such as "
                    + ENTITY_EXAMPLE + ", not a range.");
        }
        return super.getRangeQuery(name, part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return super.getWildcardQuery(textual(field, termStr), termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return super.getPrefixQuery(textual(field, termStr), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(textual(field, termStr), termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        return super.getRegexpQuery(textual(field, termStr), termStr);
    }

    private static final String ENTITY_EXAMPLE = "entity:\"Olaf Scholz\" or entity:Warsaw";

    /** The documents mentioning an entity of this name, as a set of ids; none when no document does. */
    private Query entityQuery(String field, String entityName) throws ParseException {
        String wanted = entityName.strip();
        if (wanted.isEmpty()) {
            throw new FieldProblem(field, "'" + field + ":' takes the name of an entity, such as " + ENTITY_EXAMPLE
                    + ".");
        }
        if (entityDocuments == null) {
            throw new FieldProblem(field, "Searching by entity needs the entities feature, which is not running "
                    + "(no entity service); search for the name as words instead, e.g. \"" + wanted + "\".");
        }
        java.util.Set<String> ids;
        try {
            ids = entityDocuments.documentsMentioning(wanted);
        } catch (RuntimeException e) {
            throw new FieldProblem(field, "Cannot look up the entity '" + wanted + "': " + e.getMessage());
        }
        if (ids == null || ids.isEmpty()) {
            return new MatchNoDocsQuery("no document mentions an entity named '" + wanted + "'");
        }
        List<BytesRef> terms = new java.util.ArrayList<>(ids.size());
        for (String id : ids) {
            terms.add(new BytesRef(id));
        }
        return new TermInSetQuery(IndexFields.ID, terms);
    }

    /** The canonical field for a wildcard, prefix, fuzzy or regular expression term: not a date, year or entity. */
    private static String textual(String field, String term) throws ParseException {
        String name = canonical(field);
        if (IndexFields.ENTITY.equals(name)) {
            throw new FieldProblem(field, "'" + field + ":" + term + "': " + field
                    + ": takes the whole name of an entity, such as " + ENTITY_EXAMPLE
                    + "; wildcards and fuzzy names are not supported.");
        }
        if (IndexFields.DATE.equals(name) || IndexFields.YEAR.equals(name)) {
            throw new FieldProblem(field, "'" + field + ":" + term + "' is not a " + name + "; " + field
                    + ": takes a value or a range, such as " + example(name) + ".");
        }
        return name;
    }

    private static String example(String field) {
        return IndexFields.DATE.equals(field) ? "date:2024-03-05 or date:[2024-01-01 TO 2024-06-30]"
                : "year:2024 or year:[2020 TO 2024]";
    }

    /** The UTC period {@code [start, end)} in epoch milliseconds that a date value names. */
    static long[] period(String field, String value) throws ParseException {
        String text = value.strip();
        try {
            if (text.matches("\\d{4}")) {
                LocalDate start = LocalDate.of(Integer.parseInt(text), 1, 1);
                return new long[] {millis(start), millis(start.plusYears(1))};
            }
            if (text.matches("\\d{4}-\\d{1,2}")) {
                YearMonth month = YearMonth.parse(text.length() == 7 ? text : text.substring(0, 5) + "0"
                        + text.substring(5));
                return new long[] {millis(month.atDay(1)), millis(month.plusMonths(1).atDay(1))};
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(text);
                return new long[] {millis(day), millis(day.plusDays(1))};
            }
            if (text.contains("T")) {
                Instant instant = text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$")
                        ? java.time.OffsetDateTime.parse(text).toInstant()
                        : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
                return new long[] {instant.toEpochMilli(), instant.toEpochMilli() + 1};
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new FieldProblem(field, "'" + value + "' is not a date; " + field
                    + ": takes 2024, 2024-03, 2024-03-05 or 2024-03-05T14:30:00Z.");
        }
        throw new FieldProblem(field, "'" + value + "' is not a date; " + field
                + ": takes 2024, 2024-03, 2024-03-05 or 2024-03-05T14:30:00Z.");
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static int year(String field, String value) throws ParseException {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new FieldProblem(field, "'" + value + "' is not a year; " + field + ": takes a year such as 2024.");
        }
    }

    // ----------------------------------------------------------------------------------------------------------------
    // messages

    /** A problem with the value or name of a field, found while building the query. */
    static final class FieldProblem extends ParseException {
        private static final long serialVersionUID = 1L;
        final String field;

        FieldProblem(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    /** Says where a query went wrong and what was expected there, in words a person reads. */
    static String describe(String query, ParseException wrapper) {
        Throwable cause = wrapper.getCause() == null ? wrapper : wrapper.getCause();
        if (cause instanceof FieldProblem problem) {
            int at = locateField(query, problem.field);
            return (at < 0 ? "" : "Column " + (at + 1) + ": ") + problem.getMessage();
        }
        int unclosedQuote = unclosedQuote(query);
        if (unclosedQuote >= 0) {
            return "Column " + (unclosedQuote + 1) + ": the phrase that starts here is not closed; add a '\"'.";
        }
        if (cause instanceof ParseException parse && parse.currentToken != null && parse.currentToken.next != null) {
            Token next = parse.currentToken.next;
            String expected = expected(parse);
            if (next.kind == QueryParserConstants.EOF) {
                int unclosedGroup = unclosedGroup(query);
                if (unclosedGroup >= 0) {
                    return "Column " + (unclosedGroup + 1)
                            + ": the group that opens here with '(' is not closed; add a ')'.";
                }
                return "Column " + (query.stripTrailing().length() + 1) + ": the query ends too soon"
                        + (expected.isEmpty() ? "." : "; expected " + expected + ".");
            }
            return "Column " + (next.beginColumn + 1) + ": unexpected '" + next.image + "'"
                    + (expected.isEmpty() ? "." : "; expected " + expected + ".");
        }
        if (cause instanceof TokenMgrError lexical) {
            Matcher column = COLUMN.matcher(String.valueOf(lexical.getMessage()));
            String where = column.find() ? "Column " + column.group(1) + ": " : "";
            return where + "cannot read the query here (a backslash at the end, or a character that needs "
                    + "quotes).";
        }
        return "Cannot read the query: " + cause.getMessage();
    }

    /** What the parser expected, e.g. "a word or a phrase". */
    private static String expected(ParseException parse) {
        if (parse.expectedTokenSequences == null) {
            return "";
        }
        Set<String> names = new LinkedHashSet<>();
        for (int[] sequence : parse.expectedTokenSequences) {
            if (sequence.length == 0) {
                continue;
            }
            switch (sequence[0]) {
                case QueryParserConstants.NUMBER -> names.add("a number");
                case QueryParserConstants.TERM, QueryParserConstants.QUOTED,
                        QueryParserConstants.PREFIXTERM, QueryParserConstants.WILDTERM,
                        QueryParserConstants.REGEXPTERM, QueryParserConstants.STAR,
                        QueryParserConstants.LPAREN -> names.add("a word, a phrase or a group");
                case QueryParserConstants.RANGEIN_START, QueryParserConstants.RANGEEX_START -> names.add("a range");
                case QueryParserConstants.RPAREN -> names.add("')'");
                case QueryParserConstants.RANGE_TO -> names.add("'TO'");
                case QueryParserConstants.RANGEIN_END, QueryParserConstants.RANGEEX_END -> names.add("']' or '}'");
                case QueryParserConstants.RANGE_GOOP, QueryParserConstants.RANGE_QUOTED -> names.add("a range bound");
                default -> {
                    // operators, boosts and slops are always optional: not worth naming
                }
            }
        }
        return String.join(" or ", names);
    }

    /** The offset of the first {@code field:} in the query, or -1. */
    private static int locateField(String query, String field) {
        Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(field) + "\\s*:").matcher(query);
        return matcher.find() ? matcher.start() : -1;
    }

    /** The offset of a quote that opens a phrase never closed, or -1. */
    static int unclosedQuote(String query) {
        int open = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                open = open < 0 ? i : -1;
            }
        }
        return open;
    }

    /** The offset of a {@code (} never closed (outside phrases), or -1. */
    static int unclosedGroup(String query) {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        boolean inPhrase = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                inPhrase = !inPhrase;
            } else if (!inPhrase && c == '(') {
                open.push(i);
            } else if (!inPhrase && c == ')' && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.isEmpty() ? -1 : open.peekLast();
    }
}
