package dev.ariadne.importer.internal.walk;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Walks the files and folders given to an import, recursively and following symbolic links, and reports every
 * regular file that passes the include and exclude patterns, and every path that cannot be imported with the reason.
 *
 * <p>Symbolic-link loops are detected (the file system's own loop check, on file keys) and reported once per link
 * that closes a loop; very deep folders are walked without recursion; unreadable folders and files are reported and
 * the walk goes on. Called on the import job's thread; the visitor is called on that thread too.
 */
public final class FolderWalker {

    /**
     * A file to import.
     *
     * @param path its absolute, normalised path as walked (links are not resolved)
     * @param relative its path relative to the root it was found under, with {@code /} as separator
     * @param sizeBytes its size
     * @param mtimeMicros its modification time, in microseconds since the epoch
     */
    public record FileItem(Path path, String relative, long sizeBytes, long mtimeMicros) {
    }

    /** What the walk reports to. */
    public interface Visitor {
        /** A file to import; may block to apply back-pressure. */
        void file(FileItem item) throws InterruptedException;

        /** A path that cannot be imported. */
        void failed(String path, String reason);

        /** Whether the walk should stop now. */
        boolean stopped();
    }

    private final GlobFilter include;
    private final GlobFilter exclude;

    /** A walker with these patterns ({@link GlobFilter}); empty includes mean every file. */
    public FolderWalker(GlobFilter include, GlobFilter exclude) {
        this.include = include;
        this.exclude = exclude;
    }

    /**
     * Walks every root in order.
     *
     * @throws InterruptedException when the visitor was interrupted while it blocked
     */
    public void walk(List<Path> roots, Visitor visitor) throws InterruptedException {
        for (Path given : roots) {
            if (visitor.stopped()) {
                return;
            }
            walk(given.toAbsolutePath().normalize(), visitor);
        }
    }

    private void walk(Path root, Visitor visitor) throws InterruptedException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            visitor.failed(root.toString(), "no such file or folder");
            return;
        }
        if (!Files.exists(root)) {
            visitor.failed(root.toString(), "broken symbolic link");
            return;
        }
        InterruptedException[] interrupted = new InterruptedException[1];
        FileVisitor<Path> fileVisitor = new FileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (visitor.stopped()) {
                    return FileVisitResult.TERMINATE;
                }
                if (!dir.equals(root) && exclude.matches(relative(root, dir))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (visitor.stopped()) {
                    return FileVisitResult.TERMINATE;
                }
                String relative = file.equals(root) ? String.valueOf(file.getFileName()) : relative(root, file);
                if (exclude.matches(relative) || !include.isEmpty() && !include.matches(relative)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    visitor.failed(file.toString(), "broken symbolic link");
                } else if (!attrs.isRegularFile()) {
                    visitor.failed(file.toString(), "not a regular file (a device, socket or pipe)");
                } else {
                    try {
                        visitor.file(new FileItem(file, relative, attrs.size(),
                                attrs.lastModifiedTime().to(TimeUnit.MICROSECONDS)));
                    } catch (InterruptedException e) {
                        interrupted[0] = e;
                        return FileVisitResult.TERMINATE;
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                if (!file.equals(root) && exclude.matches(relative(root, file))) {
                    return FileVisitResult.CONTINUE;
                }
                visitor.failed(file.toString(), describe(exc));
                return visitor.stopped() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                if (exc != null) {
                    visitor.failed(dir.toString(), describe(exc));
                }
                return visitor.stopped() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }
        };
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, fileVisitor);
        } catch (IOException e) {
            visitor.failed(root.toString(), describe(e));
        }
        if (interrupted[0] != null) {
            throw interrupted[0];
        }
    }

    static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    /** A reason a person understands for a failure to read a path. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop (it leads back to a folder above it)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder (removed during the import?)";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            String reason = fs.getReason();
            if (reason.contains("File name too long")) {
                return "path too long for the file system";
            }
            if (reason.contains("Too many levels of symbolic links")) {
                return "symbolic link loop (too many levels of symbolic links)";
            }
            return reason;
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
