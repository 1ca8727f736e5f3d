package dev.ariadne.importer.internal.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;

import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.importing.DocumentImporter;

/**
 * HTML pages, read with jsoup (character set from the byte order mark or {@code <meta charset>}, else UTF-8): the
 * main text without navigation boilerplate and the links found in it ({@link HtmlText}), the title, the authors of
 * {@code <meta name=author>} and the dates of the usual {@code <meta>} names. Pages over
 * {@value #MAX_PAGE_BYTES} bytes are read up to there and reported as truncated.
 *
 * <p>A DS component registered as a {@link DocumentImporter}; called on import threads, concurrently.
 */
@Component(service = DocumentImporter.class)
@ImporterTypes(types = {"text/html", "application/xhtml+xml"})
@ServiceRanking(BuiltInImporter.RANKING)
public class HtmlImporter extends BuiltInImporter {

    /**
     * The most of a page that is parsed: a page's tree takes several times its size in memory, so a larger page is
     * cut here (and reported as truncated) rather than risk the heap.
     */
    static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;

    /** Reading a page and parsing it with jsoup is linear in its bytes. */
    @Override
    public boolean boundedByReads() {
        return true;
    }

    @Override
    public Extraction extract(Input input, Limits limits) throws IOException {
        Document document;
        boolean cut;
        try (InputStream in = input.open()) {
            byte[] page = in.readNBytes(MAX_PAGE_BYTES + 1);
            cut = page.length > MAX_PAGE_BYTES;
            document = Jsoup.parse(new ByteArrayInputStream(page, 0, Math.min(page.length, MAX_PAGE_BYTES)), null,
                    "");
        }
        List<String> authors = new ArrayList<>();
        for (Element meta : document.select("meta[name=author], meta[name=dc.creator], meta[name=DC.creator]")) {
            String author = meta.attr("content").strip();
            if (!author.isEmpty() && !authors.contains(author)) {
                authors.add(author);
            }
        }
        Optional<Instant> created = metaDate(document, "meta[name=dcterms.created], meta[name=date], "
                + "meta[property=article:published_time], meta[name=DC.date]");
        Optional<Instant> modified = metaDate(document, "meta[name=dcterms.modified], "
                + "meta[property=article:modified_time], meta[name=last-modified]");
        HtmlText.Result result = HtmlText.extract(document);
        TextCollector text = new TextCollector(limits.maxTextChars(), result.text().length());
        text.append(result.text());
        String title = result.title().isEmpty() ? baseName(input.fileName()) : result.title();
        DocumentMetadata metadata = new DocumentMetadata(title, authors, created, modified, input.mediaType(), "und",
                0, Math.max(0, input.sizeBytes()));
        Parsed parsed = new Parsed(text.toString(), List.of(), metadata, List.of());
        if (cut && !text.truncated()) {
            return new Extraction(parsed, true, "page truncated at " + MAX_PAGE_BYTES / (1024 * 1024)
                    + " MB of HTML (the text of that part is kept; the document is imported)");
        }
        return new Extraction(parsed, text.truncated());
    }

    private static Optional<Instant> metaDate(Document document, String query) {
        for (Element meta : document.select(query)) {
            Optional<Instant> date = parseDate(meta.attr("content").strip());
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** An ISO-8601 date or date-time; a bare date is read as midnight UTC. */
    static Optional<Instant> parseDate(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(Instant.parse(value));
            } catch (DateTimeParseException e2) {
                try {
                    return Optional.of(java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC)
                            .toInstant());
                } catch (DateTimeParseException e3) {
                    return Optional.empty();
                }
            }
        }
    }
}
