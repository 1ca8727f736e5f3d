package dev.ariadne.cli.internal.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dev.ariadne.api.entities.EntityType;

/**
 * Reads an evaluation folder: {@code docs/<name>.txt} (UTF-8 text) and {@code gold/<name>.json}, a JSON array of
 * {@code {"start":int,"end":int,"text":"...","type":"PERSON","entity":"Olaf Scholz"}} with UTF-16 offsets into the
 * text exactly as read.
 *
 * <p>Called by the {@code eval} verb on the launcher's main thread; plain file reading, no service.
 */
public final class GoldFiles {

    private GoldFiles() {
    }

    /**
     * One document of an evaluation folder.
     *
     * @param name the file name without {@code .txt}
     * @param file the text file
     * @param documentId the lower-case hex SHA-256 of its bytes, which is its document id in a case
     * @param text its content decoded as UTF-8
     * @param gold its gold spans, empty when it has no gold file
     * @param hasGold whether {@code gold/<name>.json} exists
     * @param problems what is wrong with the gold file (spans out of the text, text that differs from the span,
     *        unknown types), one sentence each; such spans are left out
     */
    public record Entry(String name, Path file, String documentId, String text, List<Span> gold, boolean hasGold,
            List<String> problems) {

        public Entry {
            gold = List.copyOf(gold);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads every {@code docs/*.txt} of {@code folder}, sorted by name, with its gold file.
     *
     * @throws IOException when {@code docs/} is missing or a file cannot be read; a gold file that is not a JSON array
     *         of spans is also an {@link IOException} naming the file
     */
    public static List<Entry> read(Path folder) throws IOException {
        Path docs = folder.resolve("docs");
        if (!Files.isDirectory(docs)) {
            throw new IOException(folder + " holds no docs/ folder");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(docs)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)).sorted()
                    .toList();
        }
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            String name = fileName.substring(0, fileName.length() - ".txt".length());
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            Path goldFile = folder.resolve("gold").resolve(name + ".json");
            List<String> problems = new ArrayList<>();
            List<Span> gold = Files.isRegularFile(goldFile)
                    ? parse(goldFile, Files.readString(goldFile, StandardCharsets.UTF_8), text, problems)
                    : List.of();
            entries.add(new Entry(name, file, sha256(bytes), text, gold, Files.isRegularFile(goldFile), problems));
        }
        return entries;
    }

    /**
     * The spans of a gold file's content {@code json} for the document {@code text}; spans that do not fit the text
     * or have an unknown type are reported in {@code problems} and left out.
     *
     * @param file the gold file, for messages
     * @throws IOException when {@code json} is not an array of objects with the required fields
     */
    public static List<Span> parse(Path file, String json, String text, List<String> problems) throws IOException {
        List<Span> spans = new ArrayList<>();
        try {
            JsonElement root = JsonParser.parseString(json);
            if (!root.isJsonArray()) {
                throw new IOException(file + " is not a JSON array of spans");
            }
            int index = 0;
            for (JsonElement element : root.getAsJsonArray()) {
                index++;
                if (!element.isJsonObject()) {
                    throw new IOException(file + ": element " + index + " is not an object");
                }
                JsonObject o = element.getAsJsonObject();
                for (String field : List.of("start", "end", "type")) {
                    if (!o.has(field) || o.get(field).isJsonNull()) {
                        throw new IOException(file + ": element " + index + " has no " + field);
                    }
                }
                int start = o.get("start").getAsInt();
                int end = o.get("end").getAsInt();
                String spanText = string(o, "text").orElse(null);
                String typeName = o.get("type").getAsString().trim().toUpperCase(Locale.ROOT);
                Optional<EntityType> type = type(typeName);
                if (type.isEmpty()) {
                    problems.add(file.getFileName() + ": span " + index + " has the unknown type " + typeName);
                    continue;
                }
                if (start < 0 || end < start || end > text.length()) {
                    problems.add(file.getFileName() + ": span " + index + " [" + start + ", " + end
                            + ") lies outside the text of " + text.length() + " characters");
                    continue;
                }
                String actual = text.substring(start, end);
                if (spanText != null && !spanText.equals(actual)) {
                    problems.add(file.getFileName() + ": span " + index + " [" + start + ", " + end + ") says '"
                            + spanText + "' but the text there is '" + actual + "'");
                }
                spans.add(new Span(start, end, actual, type.get(), string(o, "entity").orElse(actual)));
            }
        } catch (JsonParseException | IllegalStateException | NumberFormatException
                | UnsupportedOperationException e) {
            throw new IOException(file + " is not a JSON array of spans: " + e.getMessage(), e);
        }
        return spans;
    }

    /** The lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Optional<EntityType> type(String name) {
        try {
            return Optional.of(EntityType.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> string(JsonObject o, String field) {
        JsonElement value = o.get(field);
        return value == null || value.isJsonNull() ? Optional.empty() : Optional.of(value.getAsString());
    }
}
