package dev.ariadne.extract.nlp4j.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Finds the compact store's files as files on disk, so the lexica can be memory-mapped: where the store is a folder
 * on the class path (tests, the build) it is used in place; where it is inside the bundle jar, its files are copied
 * once into a cache folder (the bundle's persistent data area), in a sub-folder named after the store's stamp, and
 * reused on later starts; copies of other stores there (earlier versions of the bundle) are deleted.
 *
 * <p>Called on the engine's loading thread only. Returns the folder holding every file of the store.
 */
final class StoreFiles {

    static final String RESOURCE_DIR = "nlp4j/";
    static final List<String> FILES = List.of(StoreBuilder.NER_MODEL, StoreBuilder.NER_WEIGHTS,
            StoreBuilder.POS_MODEL, StoreBuilder.POS_WEIGHTS, CompactLexica.AMBIGUITY,
            CompactLexica.CLUSTERS, CompactLexica.EMBEDDINGS, CompactLexica.GAZETTEERS);

    private StoreFiles() {
    }

    /**
     * @param loader the class loader whose resources hold {@code nlp4j/}
     * @param cache the folder to copy the store to when it is not a plain folder, or {@code null} for a temporary one
     * @return the folder holding the store's files
     */
    static Path locate(ClassLoader loader, Path cache) throws IOException {
        URL stamp = loader.getResource(RESOURCE_DIR + StoreBuilder.STAMP);
        if (stamp == null) {
            throw new IOException("the NLP4J compact store is missing from the bundle (" + RESOURCE_DIR + ")");
        }
        if ("file".equals(stamp.getProtocol())) {
            try {
                return Path.of(stamp.toURI()).getParent();
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        Properties p = new Properties();
        try (InputStream in = stamp.openStream()) {
            p.load(in);
        }
        String name = "store-" + Integer.toHexString(new TreeMap<>(p).toString().hashCode());
        Path base = cache != null ? cache : Path.of(System.getProperty("java.io.tmpdir"), "ariadne-nlp4j");
        Path dir = base.resolve(name);
        for (String f : FILES) {
            Path target = dir.resolve(f);
            long size = Long.parseLong(p.getProperty("size." + f, "-1"));
            if (Files.isRegularFile(target) && Files.size(target) == size) {
                continue;
            }
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, f, ".part");
            try (InputStream in = loader.getResourceAsStream(RESOURCE_DIR + f)) {
                if (in == null) {
                    throw new IOException("missing from the bundle: " + RESOURCE_DIR + f);
                }
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
        }
        removeOthers(base, name);
        return dir;
    }

    /** Deletes the copies of earlier stores (from earlier versions of the bundle) beside the current one. */
    private static void removeOthers(Path base, String current) {
        try (var dirs = Files.list(base)) {
            for (Path old : dirs.filter(d -> d.getFileName().toString().startsWith("store-")
                    && !d.getFileName().toString().equals(current)).toList()) {
                try (var files = Files.list(old)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            // an old copy that cannot be deleted only costs disk space
        }
    }

    /** {@link #locate} for callers that cannot handle checked exceptions. */
    static Path locateUnchecked(ClassLoader loader, Path cache) {
        try {
            return locate(loader, cache);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
