package dev.ariadne.importer.internal.formats;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;

import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.importing.DocumentImporter;

/**
 * PDF, with PDFBox directly (no Tika layer, so it runs at PDFBox's own speed): the text of each page in reading order
 * as PDFBox's text stripper gives it, the offset where each page starts, the page count, and title, author and dates
 * from the document information. A PDF that needs a password to open fails with the reason {@code encrypted}; a
 * broken one with {@code not a readable PDF: …}.
 *
 * <p>A DS component registered as a {@link DocumentImporter}; called on import threads, concurrently (each call has
 * its own stripper).
 */
@Component(service = DocumentImporter.class)
@ImporterTypes(types = {"application/pdf"})
@ServiceRanking(BuiltInImporter.RANKING)
public class PdfImporter extends BuiltInImporter {

    @Override
    public Extraction extract(Input input, Limits limits) throws IOException {
        RandomAccessRead source = input.path().isPresent()
                ? new RandomAccessReadBufferedFile(input.path().get())
                : new RandomAccessReadBuffer(input.open());
        PDDocument document;
        try {
            document = Loader.loadPDF(source);
        } catch (InvalidPasswordException e) {
            source.close();
            throw new IOException("encrypted", e);
        } catch (IOException | RuntimeException e) {
            source.close();
            throw new IOException("not a readable PDF: " + message(e), e);
        }
        try (document) {
            TextCollector text = new TextCollector(limits.maxTextChars(), input.sizeBytes());
            List<Integer> pageStarts = new ArrayList<>();
            PageStripper stripper = new PageStripper(text, pageStarts);
            try {
                stripper.writeText(document, new CollectorWriter(text));
            } catch (LimitReached e) {
                text.markTruncated();
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new IOException("not a readable PDF: " + message(e), e);
            }
            PDDocumentInformation info = document.getDocumentInformation();
            String title = info.getTitle() == null || info.getTitle().isBlank() ? baseName(input.fileName())
                    : info.getTitle().strip();
            List<String> authors = info.getAuthor() == null || info.getAuthor().isBlank() ? List.of()
                    : List.of(info.getAuthor().strip());
            DocumentMetadata metadata = new DocumentMetadata(title, authors, instant(info.getCreationDate()),
                    instant(info.getModificationDate()), input.mediaType(), "und", document.getNumberOfPages(),
                    Math.max(0, input.sizeBytes()));
            return new Extraction(new Parsed(text.toString(), pageStarts, metadata, List.of()), text.truncated());
        }
    }

    private static Optional<java.time.Instant> instant(Calendar calendar) {
        return calendar == null ? Optional.empty() : Optional.of(calendar.toInstant());
    }

    private static String message(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Signals that the text limit was reached, to stop the stripper early. */
    private static final class LimitReached extends IOException {
        private static final long serialVersionUID = 1L;

        LimitReached() {
            super("text limit reached");
        }
    }

    /** Writes what the stripper produces into the collector. */
    private static final class CollectorWriter extends Writer {
        private final TextCollector text;

        CollectorWriter(TextCollector text) {
            this.text = text;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (!text.append(chars, offset, length)) {
                throw new LimitReached();
            }
        }

        @Override
        public void write(String chars) throws IOException {
            if (!text.append(chars)) {
                throw new LimitReached();
            }
        }

        @Override
        public void flush() {
            // nothing is buffered
        }

        @Override
        public void close() {
            // the collector stays readable
        }
    }

    /** A text stripper that notes where each page starts and stops when its thread is interrupted. */
    private static final class PageStripper extends PDFTextStripper {
        private final TextCollector text;
        private final List<Integer> pageStarts;

        PageStripper(TextCollector text, List<Integer> pageStarts) {
            this.text = text;
            this.pageStarts = pageStarts;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("PDF text extraction interrupted");
            }
            pageStarts.add(text.length());
            super.startPage(page);
        }
    }
}
