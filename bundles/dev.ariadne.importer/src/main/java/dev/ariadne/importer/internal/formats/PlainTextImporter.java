package dev.ariadne.importer.internal.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;

import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.importing.DocumentImporter;

/**
 * Plain text: the character set is guessed from the first 64 KB ({@link CharsetGuesser}) and the text is kept exactly
 * as decoded (a byte order mark stays as U+FEFF, line ends are not touched, invalid bytes become U+FFFD), so every
 * character offset matches the file. The file is streamed; text beyond {@link Limits#maxTextChars()} is cut and the
 * document reported as truncated.
 *
 * <p>A DS component registered as a {@link DocumentImporter}; called on import threads, concurrently.
 */
@Component(service = DocumentImporter.class)
@ImporterTypes(types = {"text/plain", "text/csv", "text/tab-separated-values", "text/x-log", "application/x-subrip",
        "text/x-java-source", "text/x-python", "text/x-csrc", "text/x-c++src", "text/javascript",
        "application/javascript", "application/json", "text/x-yaml", "application/x-yaml", "text/x-ini",
        "text/x-properties", "text/troff", "text/x-diff", "text/x-asciidoc", "text/x-rst", "text/x-tex",
        "application/x-tex", "text/vtt"})
@ServiceRanking(BuiltInImporter.RANKING)
public class PlainTextImporter extends BuiltInImporter {

    /** Decoding text is linear in its bytes. */
    @Override
    public boolean boundedByReads() {
        return true;
    }

    @Override
    public Extraction extract(Input input, Limits limits) throws IOException {
        TextCollector text = new TextCollector(limits.maxTextChars(), input.sizeBytes());
        try (InputStream in = input.open()) {
            in.mark(CharsetGuesser.SAMPLE + 1);
            byte[] sample = in.readNBytes(CharsetGuesser.SAMPLE);
            boolean complete = sample.length < CharsetGuesser.SAMPLE || in.read() < 0;
            in.reset();
            Charset charset = CharsetGuesser.guess(sample, sample.length, complete);
            Reader reader = new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            char[] buffer = new char[64 * 1024];
            int read;
            while ((read = reader.read(buffer)) > 0) {
                if (!text.append(buffer, 0, read)) {
                    break;
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new java.io.InterruptedIOException("reading interrupted");
                }
            }
        }
        String content = text.toString();
        DocumentMetadata metadata = new DocumentMetadata(title(content, input.fileName()), List.of(),
                Optional.empty(), Optional.empty(), input.mediaType(), "und", 0, Math.max(0, input.sizeBytes()));
        return new Extraction(new Parsed(content, List.of(), metadata, List.of()), text.truncated());
    }

    /** The title of a text: its file name. */
    protected String title(String text, String fileName) {
        return baseName(fileName);
    }
}
