package dev.ariadne.ui.documents.internal.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a click on a facet value into a query clause and adds it to the query, and names facet values for people.
 * The facet fields are those the search service counts: {@code type} (media type), {@code lang} (language code),
 * {@code year} and {@code folder} (the first source's folder). Stateless; any thread.
 */
public final class FacetQuery {

    /** The media type facet. */
    public static final String TYPE = "type";
    /** The language facet. */
    public static final String LANG = "lang";
    /** The year facet. */
    public static final String YEAR = "year";
    /** The source folder facet. */
    public static final String FOLDER = "folder";
    /** The facets the Search view asks for, in the order it shows them. */
    public static final List<String> FIELDS = List.of(TYPE, LANG, YEAR, FOLDER);

    private FacetQuery() {
    }

    /**
     * The clause that keeps the documents with this facet value: {@code type:"application/pdf"}, and for a year
     * {@code year:2024}.
     */
    public static String clause(String field, String value) {
        if (YEAR.equals(field) && value.matches("\\d{1,9}")) {
            return field + ":" + value;
        }
        return field + ":" + quote(value);
    }

    /** A quoted phrase of {@code value}, with backslashes and quotes escaped. */
    public static String quote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.append('"').toString();
    }

    /**
     * The query narrowed by the facet value: {@code query AND clause}. A query of several clauses is bracketed
     * first, so that the new clause applies to all of it; a query that already holds the clause is returned as it
     * is; an empty query becomes the clause alone.
     */
    public static String add(String query, String field, String value) {
        String clause = clause(field, value);
        String base = query == null ? "" : query.strip();
        if (base.isEmpty()) {
            return clause;
        }
        if (containsClause(base, clause)) {
            return base;
        }
        if (needsBrackets(base)) {
            base = "(" + base + ")";
        }
        return base + " AND " + clause;
    }

    /** Whether the query already holds {@code clause} as a whole clause. */
    static boolean containsClause(String query, String clause) {
        int at = query.indexOf(clause);
        while (at >= 0) {
            boolean startOk = at == 0 || " (".indexOf(query.charAt(at - 1)) >= 0;
            int end = at + clause.length();
            boolean endOk = end == query.length() || " )".indexOf(query.charAt(end)) >= 0;
            if (startOk && endOk) {
                return true;
            }
            at = query.indexOf(clause, at + 1);
        }
        return false;
    }

    /**
     * Whether the query must be bracketed before {@code AND clause} is appended: when it has more than one top-level
     * clause (the default operator, {@code OR} and the precedence of {@code AND} would otherwise split it) and at
     * least one of them is not negated (a bracketed purely negative query would match nothing).
     */
    static boolean needsBrackets(String query) {
        List<String> tokens = topLevelTokens(query);
        int clauses = 0;
        boolean positive = false;
        boolean negateNext = false;
        for (String token : tokens) {
            switch (token) {
                case "AND", "OR", "&&", "||" -> negateNext = false;
                case "NOT", "!" -> negateNext = true;
                default -> {
                    clauses++;
                    boolean negated = negateNext || token.startsWith("-") || token.startsWith("!");
                    positive |= !negated;
                    negateNext = false;
                }
            }
        }
        return clauses > 1 && positive;
    }

    /** The query split at whitespace outside quotes and brackets. */
    static List<String> topLevelTokens(String query) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\' && i + 1 < query.length()) {
                token.append(c).append(query.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']' || c == '}')) {
                depth = Math.max(0, depth - 1);
            }
            if (!quoted && depth == 0 && Character.isWhitespace(c)) {
                if (token.length() > 0) {
                    tokens.add(token.toString());
                    token.setLength(0);
                }
            } else {
                token.append(c);
            }
        }
        if (token.length() > 0) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    /** How a facet value reads: the short type name, the language's name, the folder's last segments. */
    public static String label(String field, String value) {
        return switch (field) {
            case TYPE -> TypeNames.shortName(value);
            case LANG -> Formats.language(value);
            case FOLDER -> Formats.tailOfPath(value, 2);
            default -> value;
        };
    }
}
