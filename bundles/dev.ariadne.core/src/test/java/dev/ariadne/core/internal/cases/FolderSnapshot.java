package dev.ariadne.core.internal.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Names, kinds, sizes and modification times of everything in a folder, the folder itself included. */
final class FolderSnapshot {

    private FolderSnapshot() {
    }

    static Map<String, String> of(Path folder) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                entries.put(folder.relativize(path).toString(), (attributes.isDirectory() ? "dir " : "file ")
                        + attributes.size() + " " + attributes.lastModifiedTime().toInstant());
            }
        }
        return entries;
    }
}
