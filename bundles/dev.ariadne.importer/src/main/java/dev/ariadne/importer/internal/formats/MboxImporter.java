package dev.ariadne.importer.internal.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;

import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.importing.DocumentImporter;

/**
 * MBOX mailboxes: each message (a block starting with a {@code From } line at the start of the file or after a blank
 * line) is written to a file of its own, without that envelope line and with {@code >From } unquoted, and imported as
 * a child e-mail ({@code message/rfc822}) of the mailbox. The mailbox document's text lists its messages, one line
 * each with its subject. Streamed line by line, so a mailbox of any size is expanded within the archive limits.
 *
 * <p>A DS component registered as a {@link DocumentImporter}; called on import threads, concurrently.
 */
@Component(service = DocumentImporter.class)
@ImporterTypes(types = {"application/mbox"})
@ServiceRanking(BuiltInImporter.RANKING)
public class MboxImporter extends ContainerImporter {

    /** Splitting a mailbox is one pass over its lines. */
    @Override
    public boolean boundedByReads() {
        return true;
    }

    @Override
    public Listing expand(Input input, Limits limits, MemberSink sink) throws IOException {
        ExpansionMeter meter = new ExpansionMeter(input.sizeBytes(), Integer.MAX_VALUE, limits.budget());
        StringBuilder listing = new StringBuilder();
        int count = 0;
        try (InputStream in = input.open()) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            OutputStream out = null;
            Path file = null;
            String subject = null;
            boolean inHeaders = false;
            boolean previousBlank = true;
            while (readLine(in, line)) {
                byte[] bytes = line.toByteArray();
                boolean separator = previousBlank && startsWith(bytes, "From ");
                if (separator) {
                    if (out != null) {
                        out.close();
                        count = finish(sink, listing, count, file, subject);
                    }
                    meter.member();
                    file = Files.createTempFile(limits.tempFolder(), "message-", ".eml");
                    out = Files.newOutputStream(file);
                    subject = null;
                    inHeaders = true;
                    previousBlank = false;
                    continue;
                }
                previousBlank = isBlank(bytes);
                if (out == null) {
                    if (!previousBlank) {
                        throw new IOException("not an MBOX mailbox: it does not start with a 'From ' line");
                    }
                    continue;
                }
                if (inHeaders) {
                    if (previousBlank) {
                        inHeaders = false;
                    } else if (subject == null && startsWithIgnoreCase(bytes, "Subject:")) {
                        subject = DecoderUtil.decodeEncodedWords(
                                new String(bytes, 8, bytes.length - 8, StandardCharsets.UTF_8).strip(),
                                DecodeMonitor.SILENT);
                    }
                }
                int offset = bytes.length > 5 && bytes[0] == '>' && startsWith(bytes, 1, "From ") ? 1 : 0;
                meter.count(bytes.length - offset);
                out.write(bytes, offset, bytes.length - offset);
                if (Thread.currentThread().isInterrupted()) {
                    out.close();
                    throw new java.io.InterruptedIOException("mailbox expansion interrupted");
                }
            }
            if (out != null) {
                out.close();
                count = finish(sink, listing, count, file, subject);
            }
        }
        if (count == 0) {
            throw new IOException("not an MBOX mailbox: no messages");
        }
        DocumentMetadata metadata = new DocumentMetadata(baseName(input.fileName()), List.of(), Optional.empty(),
                Optional.empty(), input.mediaType(), "und", 0, Math.max(0, input.sizeBytes()));
        return new Listing(listing.toString().stripTrailing(), metadata);
    }

    private static int finish(MemberSink sink, StringBuilder listing, int count, Path file, String subject)
            throws IOException {
        int number = count + 1;
        String name = String.format("message-%05d.eml", number);
        listing.append(name).append(": ").append(subject == null ? "(no subject)" : subject).append('\n');
        sink.member(name, file, Optional.of("message/rfc822"));
        return number;
    }

    /** Reads one line with its line end into {@code line}; returns {@code false} at the end of the stream. */
    static boolean readLine(InputStream in, ByteArrayOutputStream line) throws IOException {
        line.reset();
        int b;
        while ((b = in.read()) >= 0) {
            line.write(b);
            if (b == '\n') {
                return true;
            }
        }
        return line.size() > 0;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != '\r' && b != '\n' && b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        return startsWith(bytes, 0, prefix);
    }

    private static boolean startsWith(byte[] bytes, int offset, String prefix) {
        if (bytes.length - offset < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[offset + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithIgnoreCase(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        return new String(bytes, 0, prefix.length(), StandardCharsets.ISO_8859_1).equalsIgnoreCase(prefix);
    }
}
