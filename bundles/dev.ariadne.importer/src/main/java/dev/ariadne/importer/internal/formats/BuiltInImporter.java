package dev.ariadne.importer.internal.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import dev.ariadne.api.importing.DocumentImporter;

/**
 * The base of the importers this bundle registers. Besides the public {@link #parse} of the whiteboard contract,
 * each offers {@link #extract}, which the import service calls with the original as a file and with explicit limits,
 * and which says whether the text was truncated.
 *
 * <p>Implemented by the built-in format components of this package; called by the import service on its parse
 * threads, concurrently: implementations keep no state between calls.
 */
public abstract class BuiltInImporter implements DocumentImporter {

    /** The ranking of the built-in importers: below a plugin's default of 0, so a plugin of the same type wins. */
    public static final int RANKING = -10;

    /**
     * Parses one input within {@code limits}.
     *
     * @return the parse result; its metadata's size and media type may be left for the service to fill in
     * @throws IOException when the bytes cannot be read as this type; the message is the reason shown to a person
     */
    public abstract Extraction extract(Input input, Limits limits) throws IOException;

    /**
     * Whether the work of {@link #extract} is linear in the bytes it reads through {@link Input#open()}, with no
     * step that can loop or stall between two reads. The import service then parses on the import thread itself and
     * enforces the time limit on the reads ({@link ReadGuard}) instead of handing the file to a parse thread it could
     * abandon. False unless an importer overrides it.
     */
    public boolean boundedByReads() {
        return false;
    }

    /** Parses with default limits; spooled files come back as {@link Embedded} bytes. */
    @Override
    public Parsed parse(InputStream in, String fileName, String mediaType) throws IOException {
        Extraction extraction = extract(Input.of(in, fileName, mediaType), Limits.defaults());
        if (extraction.spooled().isEmpty()) {
            return extraction.parsed();
        }
        List<Embedded> children = new ArrayList<>(extraction.parsed().children());
        try {
            for (Extraction.Spooled spooled : extraction.spooled()) {
                children.add(new Embedded(spooled.name(), Files.readAllBytes(spooled.file()), spooled.mediaType()));
            }
        } finally {
            for (Extraction.Spooled spooled : extraction.spooled()) {
                Files.deleteIfExists(spooled.file());
            }
        }
        Parsed parsed = extraction.parsed();
        return new Parsed(parsed.text(), parsed.pageStarts(), parsed.metadata(), children);
    }

    /** The file name without folders, for titles. */
    protected static String baseName(String fileName) {
        if (fileName == null) {
            return "";
        }
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return slash >= 0 ? fileName.substring(slash + 1) : fileName;
    }
}
