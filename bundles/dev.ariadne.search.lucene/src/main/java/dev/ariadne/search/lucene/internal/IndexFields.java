package dev.ariadne.search.lucene.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentMetadata;

/**
 * The fields of a case's Lucene index and how an Ariadne {@link Document} becomes one Lucene document.
 *
 * <table>
 * <caption>Fields</caption>
 * <tr><th>field</th><th>indexed as</th><th>stored</th><th>doc values (sort, facets)</th></tr>
 * <tr><td>{@code id}</td><td>keyword (the SHA-256)</td><td>yes</td><td>no</td></tr>
 * <tr><td>{@code title}</td><td>text</td><td>yes</td><td>no</td></tr>
 * <tr><td>{@code author}</td><td>text, one value per author</td><td>no</td><td>no</td></tr>
 * <tr><td>{@code type}</td><td>keywords: the media type, its subtype and short names ({@code pdf}, {@code mail} …)</td>
 * <td>no</td><td>the media type</td></tr>
 * <tr><td>{@code lang}</td><td>keyword</td><td>no</td><td>yes</td></tr>
 * <tr><td>{@code date}</td><td>long point, epoch milliseconds</td><td>no</td><td>numeric (sort)</td></tr>
 * <tr><td>{@code year}</td><td>int point</td><td>no</td><td>the year as text</td></tr>
 * <tr><td>{@code folder}</td><td>keyword: the parent folder of the first source</td><td>no</td><td>yes</td></tr>
 * <tr><td>{@code entity}</td><td>not indexed: {@code entity:} queries and the entity facet are resolved through the
 * entity service at search time (see {@link LuceneSearchService})</td><td>no</td><td>no</td></tr>
 * <tr><td>{@code body}</td><td>text with offsets in the postings</td><td>no</td><td>no</td></tr>
 * </table>
 *
 * <p>Only {@code id} and {@code title} are stored, so fetching a page of hits decompresses small blocks: the body is
 * never stored (snippets re-read the text, see {@link SnippetHighlighter}). Keyword terms are lower-cased; facet
 * values keep their case. Stateless; every method may be called from any thread.
 */
final class IndexFields {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String AUTHOR = "author";
    static final String TYPE = "type";
    static final String LANG = "lang";
    static final String DATE = "date";
    static final String YEAR = "year";
    static final String FOLDER = "folder";
    static final String ENTITY = "entity";
    static final String BODY = "body";

    /** Fields indexed as single lower-cased tokens. */
    static final Set<String> KEYWORDS = Set.of(ID, TYPE, LANG, FOLDER, ENTITY);
    /** Fields that can be counted as facets, in the order a user interface shows them. */
    static final List<String> FACETS = List.of(TYPE, LANG, YEAR, FOLDER, ENTITY);
    /** The longest title kept; longer titles are cut. */
    static final int MAX_TITLE_CHARS = 2000;

    /** The body: tokenized, not stored, with positions and offsets in the postings for phrases and snippets. */
    static final FieldType BODY_TYPE;

    static {
        FieldType body = new FieldType();
        body.setTokenized(true);
        body.setStored(false);
        body.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        body.freeze();
        BODY_TYPE = body;
    }

    /** Short names a person types for common media types, besides the subtype, which is always a name. */
    private static final Map<String, List<String>> TYPE_NAMES = Map.ofEntries(
            Map.entry("text/plain", List.of("text", "txt")),
            Map.entry("text/markdown", List.of("markdown", "md")),
            Map.entry("text/x-markdown", List.of("markdown", "md")),
            Map.entry("text/html", List.of("html", "web")),
            Map.entry("application/xhtml+xml", List.of("html", "xhtml", "web")),
            Map.entry("application/pdf", List.of("pdf")),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    List.of("docx", "word")),
            Map.entry("application/msword", List.of("doc", "word")),
            Map.entry("application/vnd.oasis.opendocument.text", List.of("odt")),
            Map.entry("application/rtf", List.of("rtf")),
            Map.entry("text/rtf", List.of("rtf")),
            Map.entry("message/rfc822", List.of("eml", "mail", "email")),
            Map.entry("application/mbox", List.of("mbox", "mail", "email")),
            Map.entry("application/zip", List.of("zip", "archive")),
            Map.entry("application/x-tar", List.of("tar", "archive")),
            Map.entry("application/gzip", List.of("gz", "gzip", "archive")));

    private IndexFields() {
    }

    /** Whether {@code field} is indexed as one lower-cased keyword. */
    static boolean isKeyword(String field) {
        return KEYWORDS.contains(field);
    }

    /**
     * The Lucene document for {@code document}.
     *
     * @param body the text to index, exactly as stored (or its indexed prefix), so offsets match the stored text
     * @param dateMillis the document's date, see {@link #declaredDate}
     */
    static org.apache.lucene.document.Document toLucene(Document document, String body, long dateMillis) {
        DocumentMetadata metadata = document.metadata();
        org.apache.lucene.document.Document lucene = new org.apache.lucene.document.Document();
        // id and title first: the hit list's visitor stops reading once it has both
        lucene.add(new StringField(ID, document.id(), Field.Store.YES));
        String title = metadata.title() == null ? "" : cut(metadata.title(), MAX_TITLE_CHARS);
        lucene.add(new TextField(TITLE, title, Field.Store.YES));
        for (String author : metadata.authors()) {
            if (author != null && !author.isBlank()) {
                lucene.add(new TextField(AUTHOR, author, Field.Store.NO));
            }
        }
        String mediaType = baseType(metadata.mediaType());
        if (!mediaType.isEmpty()) {
            for (String term : typeTerms(mediaType)) {
                lucene.add(new StringField(TYPE, term, Field.Store.NO));
            }
            lucene.add(new SortedSetDocValuesField(TYPE, new BytesRef(mediaType)));
        }
        String language = metadata.language() == null || metadata.language().isBlank() ? "und"
                : metadata.language().strip();
        for (String term : languageTerms(language)) {
            lucene.add(new StringField(LANG, term, Field.Store.NO));
        }
        lucene.add(new SortedSetDocValuesField(LANG, new BytesRef(language)));
        lucene.add(new LongPoint(DATE, dateMillis));
        lucene.add(new NumericDocValuesField(DATE, dateMillis));
        int year = yearOf(dateMillis);
        lucene.add(new IntPoint(YEAR, year));
        lucene.add(new SortedSetDocValuesField(YEAR, new BytesRef(Integer.toString(year))));
        folderOf(document.sources()).ifPresent(folder -> {
            lucene.add(new StringField(FOLDER, folder.toLowerCase(Locale.ROOT), Field.Store.NO));
            lucene.add(new SortedSetDocValuesField(FOLDER, new BytesRef(folder)));
        });
        lucene.add(new Field(BODY, body, BODY_TYPE));
        return lucene;
    }

    /** The date a document declares: when it was created, else when it was last modified. */
    static Optional<Instant> declaredDate(DocumentMetadata metadata) {
        return metadata.created().or(metadata::modified);
    }

    /** The UTC year of an epoch-millisecond date. */
    static int yearOf(long dateMillis) {
        return Instant.ofEpochMilli(dateMillis).atZone(ZoneOffset.UTC).getYear();
    }

    /** The media type without parameters, lower-cased: {@code text/plain; charset=UTF-8} gives {@code text/plain}. */
    static String baseType(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int parameters = mediaType.indexOf(';');
        String base = parameters < 0 ? mediaType : mediaType.substring(0, parameters);
        return base.strip().toLowerCase(Locale.ROOT);
    }

    /** The keywords {@code type:} finds a media type by: itself, its subtype and its short names. */
    static Set<String> typeTerms(String baseType) {
        Set<String> terms = new LinkedHashSet<>();
        terms.add(baseType);
        int slash = baseType.indexOf('/');
        if (slash >= 0 && slash < baseType.length() - 1) {
            terms.add(baseType.substring(slash + 1));
        }
        terms.addAll(TYPE_NAMES.getOrDefault(baseType, List.of()));
        return terms;
    }

    /** The keywords {@code lang:} finds a language by: the code, and its primary subtag ({@code en-GB} gives en). */
    static Set<String> languageTerms(String language) {
        Set<String> terms = new LinkedHashSet<>();
        String lower = language.toLowerCase(Locale.ROOT).replace('_', '-');
        terms.add(lower);
        int dash = lower.indexOf('-');
        if (dash > 0) {
            terms.add(lower.substring(0, dash));
        }
        return terms;
    }

    /** The parent folder of the first source path, with either kind of separator; empty for a bare name. */
    static Optional<String> folderOf(List<String> sources) {
        if (sources.isEmpty() || sources.get(0) == null) {
            return Optional.empty();
        }
        String source = sources.get(0);
        int separator = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        if (separator < 0) {
            return Optional.empty();
        }
        return Optional.of(separator == 0 ? source.substring(0, 1) : source.substring(0, separator));
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
