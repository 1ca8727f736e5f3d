package dev.ariadne.importer.internal.formats;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.epub.EpubParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.xml.sax.SAXException;

import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.importing.DocumentImporter;

/**
 * Office documents through Apache Tika's parsers, embedded in this bundle: Word (DOCX, DOC), OpenDocument (ODT, ODS,
 * ODP), RTF, Excel and PowerPoint (both generations) and EPUB. Keeps the body text (paragraphs as lines), page starts
 * when the parser marks pages, and title, authors, dates and page count from the document's properties. Files
 * embedded in the document are not imported. A password-protected document fails with the reason
 * {@code encrypted}.
 *
 * <p>A DS component registered as a {@link DocumentImporter}; called on import threads, concurrently. Tika's parsers
 * are thread-safe and shared; the caller runs this on a thread whose context class loader is this bundle's, which
 * POI needs to find its XML schemas.
 */
@Component(service = DocumentImporter.class)
@ImporterTypes(types = {
    OfficeImporter.DOCX, OfficeImporter.DOC, OfficeImporter.ODT, OfficeImporter.RTF,
    "application/vnd.ms-word.document.macroenabled.12",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-excel.sheet.macroenabled.12",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.ms-powerpoint.presentation.macroenabled.12",
    "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
    "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.presentation",
    "application/vnd.oasis.opendocument.text-template", "application/epub+zip"})
@ServiceRanking(BuiltInImporter.RANKING)
public class OfficeImporter extends BuiltInImporter {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String DOC = "application/msword";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String RTF = "application/rtf";

    private final Parser ooxml = new OOXMLParser();
    private final Parser ole = new OfficeParser();
    private final Parser odf = new OpenDocumentParser();
    private final Parser rtf = new RTFParser();
    private final Parser epub = new EpubParser();
    private final Map<String, Parser> special = Map.of(DOC, ole, "application/vnd.ms-excel", ole,
            "application/vnd.ms-powerpoint", ole, RTF, rtf, "application/epub+zip", epub);

    Parser parserFor(String mediaType) {
        Parser parser = special.get(mediaType);
        if (parser != null) {
            return parser;
        }
        return mediaType.startsWith("application/vnd.oasis.opendocument.") ? odf : ooxml;
    }

    @Override
    public Extraction extract(Input input, Limits limits) throws IOException {
        TextCollector text = new TextCollector(limits.maxTextChars(), input.sizeBytes());
        TikaTextHandler handler = new TikaTextHandler(text);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, input.mediaType());
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, input.fileName());
        Parser parser = parserFor(input.mediaType());
        try (InputStream raw = input.path().isPresent() ? null : input.open();
                TikaInputStream in = input.path().isPresent() ? TikaInputStream.get(input.path().get())
                        : TikaInputStream.get(raw)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (TikaTextHandler.LimitReached e) {
            text.markTruncated();
        } catch (EncryptedDocumentException e) {
            throw new IOException("encrypted", e);
        } catch (TikaException | SAXException | RuntimeException e) {
            if (isEncrypted(e)) {
                throw new IOException("encrypted", e);
            }
            throw new IOException("cannot read it as " + input.mediaType() + ": " + message(e), e);
        }
        String title = Optional.ofNullable(metadata.get(TikaCoreProperties.TITLE)).map(String::strip)
                .filter(t -> !t.isEmpty()).orElse(baseName(input.fileName()));
        List<String> authors = new ArrayList<>();
        for (String creator : metadata.getValues(TikaCoreProperties.CREATOR)) {
            if (creator != null && !creator.isBlank() && !authors.contains(creator.strip())) {
                authors.add(creator.strip());
            }
        }
        List<Integer> pageStarts = handler.pageStarts();
        int pages = Math.max(intValue(metadata, PagedText.N_PAGES), intValue(metadata, Office.PAGE_COUNT));
        DocumentMetadata result = new DocumentMetadata(title, authors, date(metadata, TikaCoreProperties.CREATED),
                date(metadata, TikaCoreProperties.MODIFIED), input.mediaType(), "und",
                Math.max(pages, pageStarts.size()), Math.max(0, input.sizeBytes()));
        return new Extraction(new Parsed(text.toString(), pageStarts, result, List.of()), text.truncated());
    }

    private static boolean isEncrypted(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EncryptedDocumentException
                    || cause.getClass().getName().endsWith("EncryptedDocumentException")) {
                return true;
            }
        }
        return false;
    }

    private static int intValue(Metadata metadata, Property property) {
        Integer value = metadata.getInt(property);
        return value == null ? 0 : value;
    }

    private static Optional<Instant> date(Metadata metadata, Property property) {
        Date date = metadata.getDate(property);
        return date == null ? Optional.empty() : Optional.of(date.toInstant());
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getMessage();
        }
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
