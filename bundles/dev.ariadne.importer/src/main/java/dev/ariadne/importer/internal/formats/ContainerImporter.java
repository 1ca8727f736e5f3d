package dev.ariadne.importer.internal.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.importing.DocumentImporter;

/**
 * A built-in importer of containers (ZIP, TAR, MBOX): files whose members become child documents. The import service
 * calls {@link #expand}, which writes each member to a temporary file, counting every byte against the limits, and
 * imports the members one by one afterwards; the public {@link #parse} returns the members as
 * {@link DocumentImporter.Embedded} bytes instead.
 *
 * <p>Implemented by the container components of this package; called on the import service's parse threads,
 * concurrently: implementations keep no state between calls.
 */
public abstract class ContainerImporter extends BuiltInImporter {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerImporter.class);

    /** Receives the members of a container as they are expanded. */
    @FunctionalInterface
    public interface MemberSink {
        /**
         * One member, written to {@code file} (which the sink now owns).
         *
         * @param name its path inside the container
         * @param file the temporary file holding its bytes
         * @param mediaType its declared media type, if the container says
         */
        void member(String name, Path file, Optional<String> mediaType) throws IOException;
    }

    /**
     * What a container is, besides its members.
     *
     * @param text the text of the container document itself: one line per member
     * @param metadata its metadata
     */
    public record Listing(String text, DocumentMetadata metadata) {
    }

    /**
     * Expands {@code input} into {@link Limits#tempFolder()}, handing each member to {@code sink} in order.
     *
     * @throws ExpansionRefusedException when a limit is passed (zip bomb, too large, too many members)
     * @throws IOException when the container is corrupt; members already handed over stay with the sink
     */
    public abstract Listing expand(Input input, Limits limits, MemberSink sink) throws IOException;

    @Override
    public Extraction extract(Input input, Limits limits) throws IOException {
        Path folder = Files.createTempDirectory(limits.tempFolder(), "members-");
        try {
            List<Embedded> children = new ArrayList<>();
            Listing listing = expand(input, new Limits(limits.maxTextChars(), limits.maxExpansionRatio(),
                    limits.budget(), folder), (name, file, type) -> {
                        children.add(new Embedded(name, Files.readAllBytes(file), type));
                        Files.deleteIfExists(file);
                    });
            return new Extraction(new Parsed(listing.text(), List.of(), listing.metadata(), children), false);
        } finally {
            deleteTree(folder);
        }
    }

    /** Deletes a folder and everything in it, logging what cannot be deleted. */
    public static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LOG.warn("Cannot delete the temporary file {}", path, e);
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot delete the temporary folder {}", folder, e);
        }
    }

    /** A member name made safe as the last part of a source path: no leading slashes, no empty name. */
    protected static String cleanName(String name, int index) {
        String clean = name == null ? "" : name.replace('\\', '/');
        while (clean.startsWith("/")) {
            clean = clean.substring(1);
        }
        return clean.isBlank() ? "member-" + index : clean;
    }
}
