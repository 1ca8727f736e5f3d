package dev.ariadne.importer.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The originals of a case, content-addressed: the file with SHA-256 {@code abcd…} lives at {@code ab/cd/abcd…} under
 * the case's {@code blobs} area.
 *
 * <p>{@link #store} reads a file once, hashing it while it copies it to a temporary file of the store, then moves
 * that file into place atomically (over the same bytes, when they were stored before), so a blob is either complete
 * or absent, whatever happens to the process. Temporary files are named from a counter rather than made with
 * {@link Files#createTempFile}, which costs two to four times as much on the file system as the whole copy of a
 * small file.
 * No fsync is made: the blob is written before the database commit that refers to it, and a blob lost by a crash of
 * the machine is written again by the next import of its file. Made per import job; safe on any thread. Folders it
 * made or found are remembered for the life of the store, so a file costs no folder checks once its folder exists.
 */
public final class BlobStore {

    private static final Logger LOG = LoggerFactory.getLogger(BlobStore.class);
    private static final int BUFFER = 64 * 1024;
    private static final String TEMP_FOLDER = "tmp";

    private final Path root;
    /** Folders known to exist: made or seen by this store, so each is checked on the file system once. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    /**
     * A stored original.
     *
     * @param id the lower-case hex SHA-256 of its bytes
     * @param path where the blob is
     * @param sizeBytes how many bytes it has
     */
    public record Blob(String id, Path path, long sizeBytes) {
    }

    /** Names this store's temporary files: unique in the process, since a case is open in one process only. */
    private final String tempPrefix = "blob-" + Long.toHexString(System.nanoTime()) + "-";
    private final AtomicLong tempCounter = new AtomicLong();

    /** A store rooted at {@code root} (the case's {@code blobs} area). */
    public BlobStore(Path root) {
        this.root = root;
    }

    /** The folder of the store. */
    public Path root() {
        return root;
    }

    /** Where the blob with this id is (or would be). */
    public Path path(String id) {
        return root.resolve(id.substring(0, 2)).resolve(id.substring(2, 4)).resolve(id);
    }

    /** A folder for temporary files of this store, on the same file system as the blobs. */
    public Path tempFolder() throws IOException {
        Path temp = root.resolve(TEMP_FOLDER);
        ensureFolder(temp);
        return temp;
    }

    /**
     * Copies {@code file} into the store.
     *
     * @throws IOException when the file cannot be read or the blob cannot be written; nothing is left behind
     */
    public Blob store(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return store(in);
        }
    }

    /** Copies the bytes of {@code in} into the store; the caller closes {@code in}. */
    public Blob store(InputStream in) throws IOException {
        Path temp = tempFolder().resolve(tempPrefix + tempCounter.incrementAndGet() + ".part");
        boolean moved = false;
        try {
            MessageDigest digest = sha256();
            long size = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                int read;
                while ((read = in.read(buffer)) > 0) {
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                    size += read;
                }
            }
            String id = HexFormat.of().formatHex(digest.digest());
            Path target = path(id);
            moveIntoPlace(temp, target);
            moved = true;
            return new Blob(id, target, size);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Moves a temporary file of {@link #tempFolder()} into the store (hashing it first), or deletes it when the same
     * bytes are stored already.
     */
    public Blob adopt(Path temp) throws IOException {
        String id;
        try (InputStream in = Files.newInputStream(temp)) {
            id = sha256(in);
        }
        long size = Files.size(temp);
        Path target = path(id);
        moveIntoPlace(temp, target);
        return new Blob(id, target, size);
    }

    /** Renames a temporary file to its blob path, replacing the same bytes stored before. */
    private void moveIntoPlace(Path temp, Path target) throws IOException {
        ensureFolder(target.getParent());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.debug("Atomic moves are not supported from {} to {}; replacing", temp, target, e);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void ensureFolder(Path folder) throws IOException {
        if (folders.contains(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
        folders.add(folder);
    }

    /** The SHA-256 of the bytes of {@code in}, lower-case hex; the caller closes {@code in}. */
    public static String sha256(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[BUFFER];
        int read;
        while ((read = in.read(buffer)) > 0) {
            digest.update(buffer, 0, read);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
