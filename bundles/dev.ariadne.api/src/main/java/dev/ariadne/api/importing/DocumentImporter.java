package dev.ariadne.api.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import dev.ariadne.api.documents.DocumentMetadata;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns the bytes of one file of a given media type into text and metadata.
 *
 * <p>Registered as a whiteboard service by the importer bundle (built-in formats) and by plugins, with the service
 * property {@code ariadne.importer.types} listing the media types it reads; among importers of one type the highest
 * {@code service.ranking} wins. Called on import worker threads, concurrently: implementations keep no state between
 * calls. A call that exceeds the per-file time limit is interrupted.
 */
@ConsumerType
public interface DocumentImporter {

    /** Service property: the media types read (String[]). */
    String TYPES = "ariadne.importer.types";

    /**
     * Parses one file.
     *
     * @param in the bytes; the caller closes it
     * @param fileName the file's name, for hints only
     * @param mediaType the detected media type
     * @return the text and metadata, and any embedded files to import as children
     * @throws IOException when the file cannot be read as this type; the message is the reason shown to a person
     */
    Parsed parse(InputStream in, String fileName, String mediaType) throws IOException;

    /**
     * What a parser found.
     *
     * @param text the extracted text
     * @param pageStarts page start offsets for paged formats, else empty
     * @param metadata metadata; size and media type are filled in by the import service
     * @param children embedded files (attachments) to import as children
     */
    record Parsed(String text, List<Integer> pageStarts, DocumentMetadata metadata, List<Embedded> children) {
        public Parsed {
            pageStarts = List.copyOf(pageStarts);
            children = List.copyOf(children);
        }
    }

    /**
     * An embedded file.
     *
     * @param name its name
     * @param bytes its content
     * @param mediaType its declared media type, if known
     */
    record Embedded(String name, byte[] bytes, Optional<String> mediaType) {
    }
}
