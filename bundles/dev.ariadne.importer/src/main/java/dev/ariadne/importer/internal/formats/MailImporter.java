package dev.ariadne.importer.internal.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.tika.parser.mailcommons.MailDateParser;
import org.jsoup.Jsoup;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;

import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.importing.DocumentImporter;

/**
 * E-mail messages (RFC 822 / MIME, {@code .eml}), streamed with Apache James mime4j. The text is the main headers
 * (From, To, Cc, Date, Subject) followed by the message body: the plain-text part, or the main text of the HTML part
 * when there is no plain one; further inline text parts are appended. Every other part (attachments, forwarded
 * messages) becomes an embedded file, imported as a child document of the message; attachments are streamed to
 * temporary files, never held in memory. Title is the subject, author the sender, creation date the Date header. A
 * message saved from a mailbox, starting with its {@code From } envelope line, is read without that line.
 *
 * <p>A DS component registered as a {@link DocumentImporter}; called on import threads, concurrently (each call has
 * its own parser).
 */
@Component(service = DocumentImporter.class)
@ImporterTypes(types = {"message/rfc822"})
@ServiceRanking(BuiltInImporter.RANKING)
public class MailImporter extends BuiltInImporter {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MailImporter.class);

    private static final String ENVELOPE = "From ";
    private static final Pattern DISPLAY_NAME = Pattern.compile("^\\s*\"?([^\"<]*?)\"?\\s*<([^>]+)>\\s*$");

    /** mime4j streams the message; its parts are decoded as they are read. */
    @Override
    public boolean boundedByReads() {
        return true;
    }

    @Override
    public Extraction extract(Input input, Limits limits) throws IOException {
        MessageHandler handler = new MessageHandler(limits.tempFolder());
        MimeConfig config = MimeConfig.custom().setMaxLineLen(-1).setMaxHeaderLen(-1).setMaxHeaderCount(-1)
                .setMaxContentLen(-1).setStrictParsing(false).build();
        MimeStreamParser parser = new MimeStreamParser(config, DecodeMonitor.SILENT,
                new DefaultBodyDescriptorBuilder());
        parser.setContentDecoding(true);
        parser.setContentHandler(handler);
        try (InputStream in = input.open()) {
            skipEnvelope(in);
            parser.parse(in);
        } catch (MimeException | RuntimeException e) {
            handler.discard();
            throw new IOException("not a readable e-mail: " + e.getMessage(), e);
        } catch (IOException e) {
            handler.discard();
            throw e;
        }
        if (handler.headers.isEmpty() && handler.plain.isEmpty() && handler.html.isEmpty()) {
            handler.discard();
            throw new IOException("not a readable e-mail: no headers and no body");
        }
        TextCollector text = new TextCollector(limits.maxTextChars(), input.sizeBytes());
        for (String[] header : handler.headers) {
            text.append(header[0] + ": " + header[1] + "\n");
        }
        text.append("\n");
        List<String> bodies = handler.plain.isEmpty() ? handler.html : handler.plain;
        for (int i = 0; i < bodies.size(); i++) {
            if (i > 0) {
                text.append("\n\n");
            }
            text.append(bodies.get(i).stripTrailing());
        }
        String title = handler.subject == null || handler.subject.isBlank() ? baseName(input.fileName())
                : handler.subject.strip();
        List<String> authors = handler.from == null ? List.of() : senders(handler.from);
        DocumentMetadata metadata = new DocumentMetadata(title, authors, handler.date, Optional.empty(),
                input.mediaType(), "und", 0, Math.max(0, input.sizeBytes()));
        return new Extraction(new Parsed(text.toString(), List.of(), metadata, List.of()), text.truncated(), null,
                handler.attachments);
    }

    /**
     * Skips the {@code From } envelope line a message saved from a mailbox starts with (it is no header); leaves any
     * other start as it is. {@code in} supports marks.
     */
    static void skipEnvelope(InputStream in) throws IOException {
        in.mark(ENVELOPE.length());
        byte[] start = in.readNBytes(ENVELOPE.length());
        if (!ENVELOPE.equals(new String(start, StandardCharsets.ISO_8859_1))) {
            in.reset();
            return;
        }
        int b;
        do {
            b = in.read();
        } while (b >= 0 && b != '\n');
    }

    /** The names (or addresses) of the senders of a From header. */
    static List<String> senders(String from) {
        List<String> senders = new ArrayList<>();
        for (String part : from.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            Matcher matcher = DISPLAY_NAME.matcher(part);
            String sender = matcher.matches() ? (matcher.group(1).isBlank() ? matcher.group(2) : matcher.group(1))
                    : part;
            sender = sender.strip();
            if (!sender.isEmpty()) {
                senders.add(sender);
            }
        }
        return senders;
    }

    /** A Date header as an instant, read leniently. */
    static Optional<Instant> date(String value) {
        Date date = MailDateParser.parseDateLenient(value.strip());
        return date == null ? Optional.empty() : Optional.of(date.toInstant());
    }

    /** Collects the headers, text parts and attachments of one message; used on one thread. */
    private static final class MessageHandler extends AbstractContentHandler {
        final List<String[]> headers = new ArrayList<>();
        final List<String> plain = new ArrayList<>();
        final List<String> html = new ArrayList<>();
        final List<Extraction.Spooled> attachments = new ArrayList<>();
        private final Path tempFolder;

        MessageHandler(Path tempFolder) {
            this.tempFolder = tempFolder;
        }

        /** Deletes the attachments spooled so far (the message failed). */
        void discard() {
            for (Extraction.Spooled attachment : attachments) {
                try {
                    Files.deleteIfExists(attachment.file());
                } catch (IOException e) {
                    LOG.warn("Cannot delete the temporary attachment {}", attachment.file(), e);
                }
            }
            attachments.clear();
        }
        String subject;
        String from;
        Optional<Instant> date = Optional.empty();
        private int headerCount;

        @Override
        public void startHeader() {
            headerCount++;
        }

        @Override
        public void field(Field field) {
            if (headerCount != 1) {
                return;
            }
            String name = field.getName();
            String value = DecoderUtil.decodeEncodedWords(field.getBody(), DecodeMonitor.SILENT).strip();
            switch (name.toLowerCase()) {
                case "from" -> {
                    from = value;
                    headers.add(new String[] {"From", value});
                }
                case "to" -> headers.add(new String[] {"To", value});
                case "cc" -> headers.add(new String[] {"Cc", value});
                case "date" -> {
                    date = date(value);
                    headers.add(new String[] {"Date", value});
                }
                case "subject" -> {
                    subject = value;
                    headers.add(new String[] {"Subject", value});
                }
                default -> {
                    // other headers stay out of the text
                }
            }
        }

        @Override
        public void body(BodyDescriptor descriptor, InputStream in) throws IOException {
            MaximalBodyDescriptor body = descriptor instanceof MaximalBodyDescriptor maximal ? maximal : null;
            String type = descriptor.getMimeType() == null ? "text/plain" : descriptor.getMimeType().toLowerCase();
            String fileName = body == null ? null : body.getContentDispositionFilename();
            if (fileName == null && body != null) {
                fileName = body.getContentTypeParameters().get("name");
            }
            if (fileName != null) {
                fileName = DecoderUtil.decodeEncodedWords(fileName, DecodeMonitor.SILENT);
            }
            boolean attachment = body != null && "attachment".equalsIgnoreCase(body.getContentDispositionType());
            if (!attachment && fileName == null && (type.equals("text/plain") || type.equals("text/html"))) {
                byte[] bytes = in.readAllBytes();
                String decoded = decode(bytes, descriptor.getCharset());
                if (type.equals("text/plain")) {
                    plain.add(decoded);
                } else {
                    html.add(HtmlText.extract(Jsoup.parse(decoded)).text());
                }
                return;
            }
            String name = fileName == null || fileName.isBlank() ? "part-" + (attachments.size() + 1)
                    + extension(type) : fileName;
            Path file = Files.createTempFile(tempFolder, "attachment-", ".bin");
            attachments.add(new Extraction.Spooled(name, file, Optional.of(type)));
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }

        private static String extension(String type) {
            return switch (type) {
                case "message/rfc822" -> ".eml";
                case "text/plain" -> ".txt";
                case "text/html" -> ".html";
                case "application/pdf" -> ".pdf";
                default -> "";
            };
        }

        private static String decode(byte[] bytes, String charsetName) {
            Charset charset = null;
            if (charsetName != null && !charsetName.equalsIgnoreCase("us-ascii")) {
                try {
                    charset = Charset.forName(charsetName);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    LOG.debug("Unknown character set '{}' in an e-mail part; guessing it", charsetName, e);
                    charset = null;
                }
            }
            if (charset == null) {
                charset = CharsetGuesser.guess(bytes, bytes.length, true);
            }
            if (charset == null) {
                charset = StandardCharsets.UTF_8;
            }
            return new String(bytes, charset);
        }
    }
}
