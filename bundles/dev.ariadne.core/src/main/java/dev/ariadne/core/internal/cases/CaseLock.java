package dev.ariadne.core.internal.cases;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.cases.CaseException;
import dev.ariadne.api.cases.CaseException.Reason;

/**
 * The {@code case.lock} file that keeps a case to one process.
 *
 * <p>The holder keeps an operating-system lock ({@link FileChannel#tryLock}) on one byte of the file for as long as
 * the case is open; the lock dies with the process, so a killed Ariadne never blocks a case. The byte locked lies
 * after the text that names the holder ({@code "pid 1234 on host"}), so other processes can read that text even
 * where locks are mandatory.
 *
 * <p>Within one process a lock file must not be opened a second time while it is held: on POSIX systems closing any
 * channel on the file releases every lock the process holds on it. {@link CaseServiceImpl} therefore checks its own
 * open cases before it touches a lock file.
 */
final class CaseLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CaseLock.class);

    static final String FILE = "case.lock";
    /** Where the locked byte lies: after any holder text. */
    static final long REGION_START = 4096;
    private static final int MAX_HOLDER_BYTES = 1024;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean announced;

    private CaseLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks the case in {@code folder}, creating its lock file when there is none; writes nothing into the file.
     *
     * @throws CaseException {@link Reason#LOCKED} when another process holds it, {@link Reason#IO} when the file
     *         cannot be opened
     */
    static CaseLock acquire(Path folder) throws CaseException {
        for (int attempt = 0; attempt < 3; attempt++) {
            CaseLock existing = lockExisting(folder);
            if (existing != null) {
                return existing;
            }
            CaseLock created = lockNew(folder);
            if (created != null) {
                return created;
            }
        }
        throw new CaseException(Reason.IO, folder,
                "The lock file of " + folder + " keeps appearing and disappearing; is another program cleaning it?");
    }

    /**
     * Locks the existing lock file of {@code folder} without modifying it.
     *
     * @return the lock, or {@code null} when the folder has no lock file
     * @throws CaseException {@link Reason#LOCKED} when another process holds it
     */
    static CaseLock lockExisting(Path folder) throws CaseException {
        Path file = folder.resolve(FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            LOG.debug("{} has no lock file yet", folder, e);
            return null;
        } catch (AccessDeniedException e) {
            throw new CaseException(Reason.IO, folder,
                    "Cannot open " + folder + " for writing: " + file + " is read-only.", e);
        } catch (IOException e) {
            throw new CaseException(Reason.IO, folder, "Cannot open the lock file " + file + ": " + e.getMessage(), e);
        }
        return lockOn(folder, file, channel);
    }

    /**
     * Creates and locks the lock file of {@code folder}.
     *
     * @return the lock, or {@code null} when the file appeared in the meantime
     */
    static CaseLock lockNew(Path folder) throws CaseException {
        Path file = folder.resolve(FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            LOG.debug("{} appeared while locking", file, e);
            return null;
        } catch (IOException e) {
            throw new CaseException(Reason.IO, folder, "Cannot create the lock file " + file + ": " + e.getMessage(),
                    e);
        }
        return lockOn(folder, file, channel);
    }

    private static CaseLock lockOn(Path folder, Path file, FileChannel channel) throws CaseException {
        boolean keep = false;
        try {
            FileLock lock;
            try {
                lock = channel.tryLock(REGION_START, 1, false);
            } catch (OverlappingFileLockException e) {
                throw new CaseException(Reason.LOCKED, folder,
                        "The case " + folder + " is already open in this process (" + ProcessIdentity.describe()
                                + ") through another case service.",
                        e);
            }
            if (lock == null) {
                String holder = readHolder(channel).orElse("another process");
                throw new CaseException(Reason.LOCKED, folder, "The case " + folder
                        + " is open in another Ariadne (" + holder + "). Close it there, then open it again.");
            }
            keep = true;
            return new CaseLock(file, channel, lock);
        } catch (IOException e) {
            throw new CaseException(Reason.IO, folder, "Cannot lock " + file + ": " + e.getMessage(), e);
        } finally {
            if (!keep) {
                closeQuietly(channel, file);
            }
        }
    }

    /**
     * Who holds the case in {@code folder}, read without modifying anything. Must not be called for a case this
     * process holds (see the class comment).
     *
     * @return the holder's description, or empty when the case is not locked or has no lock file
     */
    static Optional<String> probe(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            LOG.debug("{} has no lock file", folder, e);
            return Optional.empty();
        }
        try (channel) {
            FileLock lock = channel.tryLock(REGION_START, 1, true);
            if (lock != null) {
                lock.release();
                return Optional.empty();
            }
            return Optional.of(readHolder(channel).orElse("another process"));
        } catch (OverlappingFileLockException e) {
            LOG.debug("{} is locked inside this process", file, e);
            return Optional.of("this process (" + ProcessIdentity.describe() + ")");
        }
    }

    private static Optional<String> readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_HOLDER_BYTES);
        int total = 0;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, total);
            if (read <= 0) {
                break;
            }
            total += read;
        }
        String text = new String(buffer.array(), 0, total, StandardCharsets.UTF_8).trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** Writes {@code holder} ("pid 1234 on host") into the file for other processes to read. */
    void announce(String holder) throws IOException {
        channel.truncate(0);
        ByteBuffer bytes = ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8));
        int position = 0;
        while (bytes.hasRemaining()) {
            position += channel.write(bytes, position);
        }
        channel.force(false);
        announced = true;
    }

    /**
     * Erases the holder text when this lock wrote one and releases the lock; the file stays, so no other process
     * races on its creation. A lock that announced nothing leaves the file exactly as it found it.
     */
    @Override
    public void close() {
        try {
            if (announced && channel.isOpen()) {
                channel.truncate(0);
            }
        } catch (IOException e) {
            LOG.warn("Cannot clear the holder of {}", file, e);
        }
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.warn("Cannot release the lock on {}", file, e);
        }
        closeQuietly(channel, file);
    }

    private static void closeQuietly(FileChannel channel, Path file) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("Cannot close {}", file, e);
        }
    }
}
