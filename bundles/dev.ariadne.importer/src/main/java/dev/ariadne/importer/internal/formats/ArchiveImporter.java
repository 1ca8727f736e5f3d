package dev.ariadne.importer.internal.formats;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;

import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.importing.DocumentImporter;

/**
 * ZIP, TAR, gzip-compressed TAR and plain gzip: every file member is expanded to a temporary file and imported as a
 * child document of the archive (archives inside are opened in turn, up to the import's depth limit). Expansion is
 * metered byte by byte ({@link ExpansionMeter}): an archive that expands to more than its ratio limit, or past the
 * shared size or member budget, is refused as a whole with the reason. The archive document's text lists its
 * members, one per line.
 *
 * <p>A DS component registered as a {@link DocumentImporter}; called on import threads, concurrently.
 */
@Component(service = DocumentImporter.class)
@ImporterTypes(types = {"application/zip", "application/x-tar", "application/x-gtar", "application/gzip",
        "application/x-gzip", "application/x-compressed-tar"})
@ServiceRanking(BuiltInImporter.RANKING)
public class ArchiveImporter extends ContainerImporter {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArchiveImporter.class);
    private static final Charset IBM437 = Charset.forName("IBM437");

    @Override
    public Listing expand(Input input, Limits limits, MemberSink sink) throws IOException {
        ExpansionMeter meter = new ExpansionMeter(input.sizeBytes(), limits.maxExpansionRatio(), limits.budget());
        StringBuilder listing = new StringBuilder();
        String type = input.mediaType();
        try {
            if (type.equals("application/zip")) {
                if (input.path().isPresent()) {
                    expandZipFile(input.path().get(), limits, meter, sink, listing);
                } else {
                    try (InputStream in = input.open()) {
                        expandZipStream(in, limits, meter, sink, listing);
                    }
                }
            } else if (type.equals("application/x-tar")) {
                try (InputStream in = input.open()) {
                    expandTar(in, limits, meter, sink, listing);
                }
            } else {
                try (InputStream in = new BufferedInputStream(new GZIPInputStream(input.open(), 64 * 1024))) {
                    if (isTar(in)) {
                        expandTar(in, limits, meter, sink, listing);
                    } else {
                        String name = baseName(input.fileName()).replaceFirst("(?i)\\.gz$|\\.gzip$", "");
                        member(name.isEmpty() ? "content" : name, in, limits, meter, sink, listing);
                    }
                }
            }
        } catch (ExpansionRefusedException e) {
            throw e;
        } catch (ZipException e) {
            throw new IOException("not a readable archive: " + e.getMessage(), e);
        }
        DocumentMetadata metadata = new DocumentMetadata(baseName(input.fileName()), List.of(), Optional.empty(),
                Optional.empty(), type, "und", 0, Math.max(0, input.sizeBytes()));
        return new Listing(listing.toString().stripTrailing(), metadata);
    }

    private void expandZipFile(Path file, Limits limits, ExpansionMeter meter, MemberSink sink,
            StringBuilder listing) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            LOG.debug("{} is not readable with UTF-8 names; trying IBM437", file, e);
            zip = new ZipFile(file.toFile(), IBM437);
        }
        try (ZipFile open = zip) {
            Enumeration<? extends ZipEntry> entries = open.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = open.getInputStream(entry)) {
                    member(entry.getName(), in, limits, meter, sink, listing);
                } catch (IllegalArgumentException e) {
                    throw new IOException("not a readable archive: member names are not readable", e);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("not a readable archive: member names are not readable", e);
        }
    }

    private void expandZipStream(InputStream in, Limits limits, ExpansionMeter meter, MemberSink sink,
            StringBuilder listing) throws IOException {
        ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            if (!entry.isDirectory()) {
                member(entry.getName(), zip, limits, meter, sink, listing);
            }
        }
    }

    private void expandTar(InputStream in, Limits limits, ExpansionMeter meter, MemberSink sink,
            StringBuilder listing) throws IOException {
        TarArchiveInputStream tar = new TarArchiveInputStream(in, StandardCharsets.UTF_8.name());
        TarArchiveEntry entry;
        try {
            while ((entry = tar.getNextEntry()) != null) {
                if (entry.isFile()) {
                    member(entry.getName(), tar, limits, meter, sink, listing);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("not a readable TAR archive: " + e.getMessage(), e);
        }
    }

    private static boolean isTar(InputStream in) throws IOException {
        in.mark(512);
        byte[] header = in.readNBytes(512);
        in.reset();
        return header.length == 512 && header[257] == 'u' && header[258] == 's' && header[259] == 't'
                && header[260] == 'a' && header[261] == 'r';
    }

    private void member(String rawName, InputStream in, Limits limits, ExpansionMeter meter, MemberSink sink,
            StringBuilder listing) throws IOException {
        meter.member();
        String name = cleanName(rawName, listing.length());
        Path file = Files.createTempFile(limits.tempFolder(), "member-", ".bin");
        try (OutputStream out = Files.newOutputStream(file)) {
            meter.copy(in, out);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        listing.append(name).append('\n');
        sink.member(name, file, Optional.empty());
    }
}
