package dev.ariadne.example.notes.internal.model;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Writes a {@link Note} as the JSON of its record and reads it back (the format is described in the
 * {@linkplain dev.ariadne.example.notes.internal.model package documentation}). Stateless and thread-safe: the save
 * and load jobs call it on worker threads.
 */
public final class NoteCodec {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "ariadne.note";

    /** The format version this code writes; it reads this version and older ones. */
    public static final int VERSION = 1;

    private final Gson gson = new GsonBuilder().disableHtmlEscaping().create();

    /** The record of {@code note}. */
    public String write(Note note) {
        JsonObject json = new JsonObject();
        json.addProperty("format", FORMAT);
        json.addProperty("version", VERSION);
        json.addProperty("id", note.id());
        json.addProperty("title", note.title());
        json.addProperty("created", note.created().toString());
        json.addProperty("modified", note.modified().toString());
        json.addProperty("text", note.content().text());
        JsonArray spans = new JsonArray();
        for (Span span : note.content().spans()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("start", span.start());
            entry.addProperty("end", span.end());
            JsonArray styles = new JsonArray();
            for (InlineStyle style : span.styles()) {
                styles.add(style.storedName());
            }
            entry.add("styles", styles);
            spans.add(entry);
        }
        json.add("spans", spans);
        JsonArray blocks = new JsonArray();
        for (Block block : note.content().blocks()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("line", block.line());
            entry.addProperty("kind", block.kind().storedName());
            blocks.add(entry);
        }
        json.add("blocks", blocks);
        return gson.toJson(json);
    }

    /**
     * Reads a record.
     *
     * @throws NoteFormatException when the record is not a note of a version this code knows, or is inconsistent
     */
    public Note read(String record) throws NoteFormatException {
        JsonObject json;
        try {
            JsonElement root = JsonParser.parseString(record);
            if (!root.isJsonObject()) {
                throw new NoteFormatException("the record is not a JSON object");
            }
            json = root.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new NoteFormatException("the record is not valid JSON: " + e.getMessage(), e);
        }
        String format = string(json, "format");
        if (!FORMAT.equals(format)) {
            throw new NoteFormatException("the record's format is '" + format + "', not '" + FORMAT + "'");
        }
        int version = integer(json, "version");
        if (version < 1) {
            throw new NoteFormatException("the record has an invalid format version " + version);
        }
        if (version > VERSION) {
            throw new NoteFormatException("the note was written in format version " + version
                    + " by a newer Ariadne; this one reads up to version " + VERSION);
        }
        String text = string(json, "text");
        List<Span> spans = new ArrayList<>();
        for (JsonElement element : array(json, "spans")) {
            JsonObject entry = object(element, "spans");
            Set<InlineStyle> styles = EnumSet.noneOf(InlineStyle.class);
            for (JsonElement name : array(entry, "styles")) {
                String stored = primitiveString(name, "styles");
                styles.add(InlineStyle.fromStoredName(stored)
                        .orElseThrow(() -> new NoteFormatException("unknown style '" + stored + "'")));
            }
            spans.add(spanOf(integer(entry, "start"), integer(entry, "end"), styles));
        }
        List<Block> blocks = new ArrayList<>();
        for (JsonElement element : array(json, "blocks")) {
            JsonObject entry = object(element, "blocks");
            String stored = string(entry, "kind");
            BlockKind kind = BlockKind.fromStoredName(stored)
                    .filter(k -> k != BlockKind.PARAGRAPH)
                    .orElseThrow(() -> new NoteFormatException("unknown line kind '" + stored + "'"));
            blocks.add(blockOf(integer(entry, "line"), kind));
        }
        RichText content;
        try {
            content = new RichText(text, spans, blocks);
        } catch (IllegalArgumentException e) {
            throw new NoteFormatException("the note's styles do not fit its text: " + e.getMessage(), e);
        }
        String id = string(json, "id");
        if (id.isBlank()) {
            throw new NoteFormatException("the note has a blank id");
        }
        return new Note(id, string(json, "title"), instant(json, "created"), instant(json, "modified"), content);
    }

    /**
     * The form {@code text} takes inside the JSON of a record (quotes, backslashes and control chars escaped), without
     * the surrounding quotes.
     */
    public String escaped(String text) {
        String quoted = gson.toJson(new JsonPrimitive(text));
        return quoted.substring(1, quoted.length() - 1);
    }

    private static Span spanOf(int start, int end, Set<InlineStyle> styles) throws NoteFormatException {
        try {
            return new Span(start, end, styles);
        } catch (IllegalArgumentException e) {
            throw new NoteFormatException("invalid span: " + e.getMessage(), e);
        }
    }

    private static Block blockOf(int line, BlockKind kind) throws NoteFormatException {
        try {
            return new Block(line, kind);
        } catch (IllegalArgumentException e) {
            throw new NoteFormatException("invalid line kind: " + e.getMessage(), e);
        }
    }

    private static JsonElement field(JsonObject json, String name) throws NoteFormatException {
        JsonElement value = json.get(name);
        if (value == null || value.isJsonNull()) {
            throw new NoteFormatException("the field '" + name + "' is missing");
        }
        return value;
    }

    private static String string(JsonObject json, String name) throws NoteFormatException {
        return primitiveString(field(json, name), name);
    }

    private static String primitiveString(JsonElement value, String name) throws NoteFormatException {
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new NoteFormatException("the field '" + name + "' is not a string");
        }
        return value.getAsString();
    }

    private static int integer(JsonObject json, String name) throws NoteFormatException {
        JsonElement value = field(json, name);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw new NoteFormatException("the field '" + name + "' is not a number");
        }
        try {
            return value.getAsJsonPrimitive().getAsBigDecimal().intValueExact();
        } catch (ArithmeticException e) {
            throw new NoteFormatException("the field '" + name + "' is not an int: " + value, e);
        }
    }

    private static JsonArray array(JsonObject json, String name) throws NoteFormatException {
        JsonElement value = field(json, name);
        if (!value.isJsonArray()) {
            throw new NoteFormatException("the field '" + name + "' is not an array");
        }
        return value.getAsJsonArray();
    }

    private static JsonObject object(JsonElement element, String arrayName) throws NoteFormatException {
        if (!element.isJsonObject()) {
            throw new NoteFormatException("an entry of '" + arrayName + "' is not an object");
        }
        return element.getAsJsonObject();
    }

    private static Instant instant(JsonObject json, String name) throws NoteFormatException {
        String value = string(json, name);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new NoteFormatException("the field '" + name + "' is not an ISO-8601 instant: " + value, e);
        }
    }
}
