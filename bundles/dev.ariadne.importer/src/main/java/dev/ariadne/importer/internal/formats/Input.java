package dev.ariadne.importer.internal.formats;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The bytes a built-in importer reads: a file (the usual case inside the import service, which keeps every original
 * as a file) or a stream handed to {@link dev.ariadne.api.importing.DocumentImporter#parse} by someone else.
 *
 * @param fileName the name of the file, for hints and the fallback title
 * @param mediaType the detected media type
 * @param file the file, or {@code null} when only a stream is given
 * @param stream the stream, or {@code null} when a file is given; never closed by the importer
 * @param sizeBytes the size when known, else {@code -1}
 * @param guard checked on every read of {@link #open()}'s stream, or {@code null} for none
 */
public record Input(String fileName, String mediaType, Path file, InputStream stream, long sizeBytes,
        ReadGuard guard) {

    private static final int BUFFER = 64 * 1024;

    /** An input reading a file. */
    public static Input of(Path file, String fileName, String mediaType) throws IOException {
        return new Input(fileName, mediaType, file, null, Files.size(file), null);
    }

    /** An input reading a stream that its caller closes. */
    public static Input of(InputStream stream, String fileName, String mediaType) {
        return new Input(fileName, mediaType, null, stream, -1, null);
    }

    /** The same input, its reads checked by {@code readGuard}. */
    public Input guardedBy(ReadGuard readGuard) {
        return new Input(fileName, mediaType, file, stream, sizeBytes, readGuard);
    }

    /** The file, when the input is one. */
    public Optional<Path> path() {
        return Optional.ofNullable(file);
    }

    /**
     * A buffered stream of the bytes, which the importer closes. For a stream input this may be called once, and
     * closing it leaves the caller's stream open.
     */
    public InputStream open() throws IOException {
        InputStream raw = file != null ? Files.newInputStream(file) : new FilterInputStream(stream) {
            @Override
            public void close() {
                // the caller of parse() closes its own stream
            }
        };
        return new BufferedInputStream(guard == null ? raw : guard.guard(raw), BUFFER);
    }
}
