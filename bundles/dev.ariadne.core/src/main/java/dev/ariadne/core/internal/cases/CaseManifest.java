package dev.ariadne.core.internal.cases;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.cases.CaseException;
import dev.ariadne.api.cases.CaseException.Reason;

/**
 * The content of {@code case.json}: the identity of a case and the format version of its folder.
 *
 * @param id the stable random case id
 * @param name the human name
 * @param created when the case was created
 * @param formatVersion the case folder format version ({@code schemaVersion} in the file)
 * @param writtenBy the Ariadne version that wrote the file, e.g. {@code "0.1.0"}; empty when unknown
 */
record CaseManifest(String id, String name, Instant created, int formatVersion, String writtenBy) {

    private static final Logger LOG = LoggerFactory.getLogger(CaseManifest.class);

    static final String FILE = "case.json";
    private static final String TEMP_FILE = "case.json.tmp";

    /**
     * Reads {@code case.json} of {@code folder} without modifying anything.
     *
     * @throws CaseException {@link Reason#NOT_A_CASE} when the file is missing, unreadable or lacks an id or a
     *         schema version
     */
    static CaseManifest read(Path folder) throws CaseException {
        Path file = folder.resolve(FILE);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CaseException(Reason.NOT_A_CASE, folder,
                    folder + " is not an Ariadne case: it has no " + FILE + ".", e);
        } catch (IOException e) {
            throw new CaseException(Reason.NOT_A_CASE, folder,
                    folder + " is not a readable Ariadne case: " + FILE + " cannot be read (" + e.getMessage() + ").",
                    e);
        }
        try {
            JsonElement root = JsonParser.parseString(text);
            if (!root.isJsonObject()) {
                throw new JsonParseException("not a JSON object");
            }
            JsonObject json = root.getAsJsonObject();
            String id = string(json, "id");
            if (id == null || id.isBlank()) {
                throw new JsonParseException("no \"id\"");
            }
            if (!json.has("schemaVersion") || !json.get("schemaVersion").isJsonPrimitive()) {
                throw new JsonParseException("no \"schemaVersion\"");
            }
            int format = json.get("schemaVersion").getAsInt();
            String name = string(json, "name");
            if (name == null || name.isBlank()) {
                Path fileName = folder.getFileName();
                name = fileName == null ? id : fileName.toString();
            }
            String createdText = string(json, "created");
            Instant created = createdText == null ? Instant.EPOCH : Instant.parse(createdText);
            String writtenBy = string(json, "ariadneVersion");
            return new CaseManifest(id, name, created, format, writtenBy == null ? "" : writtenBy);
        } catch (JsonParseException | IllegalStateException | NumberFormatException | UnsupportedOperationException
                | DateTimeParseException e) {
            throw new CaseException(Reason.NOT_A_CASE, folder,
                    folder + " is not a readable Ariadne case: " + FILE + " is damaged (" + e.getMessage() + ").", e);
        }
    }

    private static String string(JsonObject json, String member) {
        JsonElement element = json.get(member);
        return element == null || element.isJsonNull() ? null : element.getAsString();
    }

    /** The JSON text of this manifest. */
    String toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("id", id);
        json.addProperty("name", name);
        json.addProperty("created", created.toString());
        json.addProperty("schemaVersion", formatVersion);
        json.addProperty("ariadneVersion", writtenBy);
        return new GsonBuilder().setPrettyPrinting().create().toJson(json) + "\n";
    }

    /**
     * Writes {@code case.json} atomically: the text goes to a temporary file that is flushed to disk and then moved
     * over the old file, so a crash leaves either the old or the new file, never a torn one.
     */
    void write(Path folder) throws IOException {
        Path temp = folder.resolve(TEMP_FILE);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(toJson().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        try {
            Files.move(temp, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.debug("The file system of {} cannot move atomically; replacing {} in place", folder, FILE, e);
            Files.move(temp, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
