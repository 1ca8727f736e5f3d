package dev.ariadne.importer.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.tika.config.ServiceLoader;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Detects media types with Tika's detector: magic bytes and container inspection (OLE2, ZIP packages such as DOCX
 * and ODT) first, the file name as a hint. Also knows the type hierarchy ({@code text/x-java-source} is a kind of
 * {@code text/plain}), so an importer of a general type can take a special one.
 *
 * <p>Made once per activation of the import service with the bundle's class loader, which Tika uses to find its
 * detectors; the caller sets that loader as the thread's context loader around {@link #detect}, which POI's
 * container detection needs. Thread-safe.
 */
final class MediaTypes {

    private static final java.util.Set<String> CONTAINERS = java.util.Set.of("application/zip",
            "application/x-tika-msoffice", "application/x-tika-ooxml", "application/x-ole-storage",
            "application/java-archive", "application/x-bplist", "application/x-sqlite3");

    /** The bytes the magic patterns look at. */
    static final int MAGIC_BYTES = 4 * 1024;

    private static final String HTML = "text/html";
    private static final String PLAIN = "text/plain";
    private static final String MARKDOWN = "text/x-web-markdown";
    private static final String MESSAGE = "message/rfc822";
    private static final String MBOX = "application/mbox";

    private final MimeTypes mimeTypes;
    /** Tika's type for each file name extension met, lower case: its glob patterns are looked up once. */
    private final Map<String, String> typesByExtension = new ConcurrentHashMap<>();
    private final Detector detector;
    private final MediaTypeRegistry registry;

    MediaTypes(ClassLoader loader) {
        mimeTypes = MimeTypes.getDefaultMimeTypes(loader);
        detector = new DefaultDetector(mimeTypes, new ServiceLoader(loader));
        registry = mimeTypes.getMediaTypeRegistry();
    }

    /**
     * The media type of a file, without parameters, e.g. {@code application/pdf}. When the name says plain text,
     * HTML, Markdown or e-mail and the first bytes confirm it ({@link #byConfirmedName}), that is the answer.
     * Otherwise Tika's magic patterns and the name decide, on the first {@value #MAGIC_BYTES} bytes. Tika reads 64 KB,
     * and matching its patterns against them costs more than indexing a small document (measured here: about 3 ms
     * for a 40 KB text file at 64 KB, 1 ms at 8 KB, 0.4 ms at 4 KB); every format imported here is recognised within
     * its first kilobyte or so. Only a container (ZIP, OLE2 and their kinds) is then looked into by the container
     * detectors, which answer nothing else for other files. A mailbox holding a single message is that message
     * ({@code message/rfc822}).
     */
    String detect(Path file, String fileName) throws IOException {
        byte[] head = new byte[MAGIC_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        }
        String type = byConfirmedName(head, length, fileName);
        if (type == null) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            MediaType byMagic = mimeTypes.detect(new ByteArrayInputStream(head, 0, length), metadata);
            if (isContainer(byMagic)) {
                Metadata containerMetadata = new Metadata();
                containerMetadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
                try (TikaInputStream in = TikaInputStream.get(file, containerMetadata)) {
                    return normalize(detector.detect(in, containerMetadata).toString());
                }
            }
            type = normalize(byMagic.toString());
        }
        boolean envelope = TextShapes.startsWith(head, length, TextShapes.contentStart(head, length), "From ");
        if (MBOX.equals(type) || MESSAGE.equals(type) && envelope) {
            return TextShapes.countMessages(file, 2) == 1 ? MESSAGE : MBOX;
        }
        return type;
    }

    /**
     * The type the file name gives (Tika's glob patterns), when it is a text format and the first bytes confirm it:
     * text with no binary bytes, and for HTML markup first, for e-mail a header line first, for plain text and
     * Markdown nothing that Tika might know better (markup, a mail header, a PDF or RTF start). {@code null} when
     * in doubt.
     */
    String byConfirmedName(byte[] head, int length, String fileName) {
        if (fileName == null || length == 0 || !TextShapes.isText(head, length)) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return null;
        }
        String byName = typesByExtension.computeIfAbsent(fileName.substring(dot + 1).toLowerCase(Locale.ROOT),
                extension -> {
                    Metadata metadata = new Metadata();
                    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, "name." + extension);
                    try {
                        return normalize(mimeTypes.detect(null, metadata).toString());
                    } catch (IOException e) {
                        return MediaType.OCTET_STREAM.toString();
                    }
                });
        if (HTML.equals(byName)) {
            int start = TextShapes.contentStart(head, length);
            return start < length && head[start] == '<' ? byName : null;
        }
        if (MESSAGE.equals(byName)) {
            return TextShapes.looksLikeMail(head, length) ? byName : null;
        }
        boolean prose = MARKDOWN.equals(byName) || lineage(byName).contains(PLAIN) && byName.startsWith("text/")
                && !byName.contains("xml") && !byName.contains("html");
        return prose && !TextShapes.mayBeSomethingElse(head, length) ? byName : null;
    }

    /** Whether a type is a container whose members decide what it really is (DOCX in a ZIP, DOC in OLE2 …). */
    boolean isContainer(MediaType type) {
        MediaType current = registry.normalize(type.getBaseType());
        for (int depth = 0; current != null && depth < 10; depth++) {
            String name = current.toString();
            if (CONTAINERS.contains(name) || name.startsWith("application/x-tika-")) {
                return true;
            }
            current = registry.getSupertype(current);
        }
        return false;
    }

    /** The canonical form of a media type: aliases resolved, parameters dropped. */
    String normalize(String mediaType) {
        MediaType parsed = MediaType.parse(mediaType);
        if (parsed == null) {
            return "application/octet-stream";
        }
        return registry.normalize(parsed.getBaseType()).getBaseType().toString();
    }

    /** The type and its super types, most specific first, ending before {@code application/octet-stream}. */
    List<String> lineage(String mediaType) {
        List<String> lineage = new ArrayList<>();
        MediaType type = MediaType.parse(normalize(mediaType));
        while (type != null && !type.equals(MediaType.OCTET_STREAM) && lineage.size() < 10) {
            lineage.add(type.toString());
            type = registry.getSupertype(type);
        }
        if (lineage.isEmpty()) {
            lineage.add(MediaType.OCTET_STREAM.toString());
        }
        return lineage;
    }
}
