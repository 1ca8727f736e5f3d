package dev.ariadne.extract.internal;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.Mention;

/**
 * Corrections to and from JSON: one object per correction with a {@code kind} ({@code rename}, {@code retype},
 * {@code merge}, {@code split}, {@code delete}, {@code add}) and the correction's fields by their record names; a
 * ledger export is an object {@code {"format":"ariadne-entity-ledger","version":1,"corrections":[...]}}. Stateless;
 * called by {@link EntityStore} and {@link EntityServiceImpl} on any thread.
 */
final class LedgerJson {

    static final String FORMAT = "ariadne-entity-ledger";
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

    private LedgerJson() {
    }

    /** The kind name of a correction. */
    static String kind(Correction c) {
        if (c instanceof Correction.Rename) {
            return "rename";
        } else if (c instanceof Correction.Retype) {
            return "retype";
        } else if (c instanceof Correction.Merge) {
            return "merge";
        } else if (c instanceof Correction.Split) {
            return "split";
        } else if (c instanceof Correction.Delete) {
            return "delete";
        }
        return "add";
    }

    static JsonObject toJson(Correction c) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", kind(c));
        if (c instanceof Correction.Rename r) {
            o.addProperty("entityName", r.entityName());
            o.addProperty("type", r.type().name());
            o.addProperty("newName", r.newName());
        } else if (c instanceof Correction.Retype r) {
            o.addProperty("entityName", r.entityName());
            o.addProperty("type", r.type().name());
            o.addProperty("newType", r.newType().name());
        } else if (c instanceof Correction.Merge m) {
            o.addProperty("type", m.type().name());
            o.addProperty("into", m.into());
            JsonArray others = new JsonArray();
            m.others().forEach(others::add);
            o.add("others", others);
        } else if (c instanceof Correction.Split s) {
            o.addProperty("entityName", s.entityName());
            o.addProperty("type", s.type().name());
            o.addProperty("newName", s.newName());
            JsonArray aliases = new JsonArray();
            s.aliases().forEach(aliases::add);
            o.add("aliases", aliases);
        } else if (c instanceof Correction.Delete d) {
            o.addProperty("entityName", d.entityName());
            o.addProperty("type", d.type().name());
        } else if (c instanceof Correction.AddMention a) {
            Mention m = a.mention();
            JsonObject mention = new JsonObject();
            mention.addProperty("documentId", m.documentId());
            mention.addProperty("start", m.start());
            mention.addProperty("end", m.end());
            mention.addProperty("text", m.text());
            mention.addProperty("type", m.type().name());
            mention.addProperty("confidence", m.confidence());
            if (m.normalized() != null) {
                mention.addProperty("normalized", m.normalized());
            }
            mention.addProperty("source", m.source());
            o.add("mention", mention);
            o.addProperty("entityName", a.entityName());
        }
        return o;
    }

    static String write(Correction c) {
        return GSON.toJson(toJson(c));
    }

    /**
     * Reads a correction.
     *
     * @throws IllegalArgumentException when the JSON is not a correction
     */
    static Correction read(String json) {
        return fromJson(JsonParser.parseString(json).getAsJsonObject());
    }

    static Correction fromJson(JsonObject o) {
        try {
            String kind = o.get("kind").getAsString();
            switch (kind) {
                case "rename":
                    return new Correction.Rename(str(o, "entityName"), type(o, "type"), str(o, "newName"));
                case "retype":
                    return new Correction.Retype(str(o, "entityName"), type(o, "type"), type(o, "newType"));
                case "merge":
                    return new Correction.Merge(type(o, "type"), str(o, "into"), strings(o, "others"));
                case "split":
                    return new Correction.Split(str(o, "entityName"), type(o, "type"), str(o, "newName"),
                            strings(o, "aliases"));
                case "delete":
                    return new Correction.Delete(str(o, "entityName"), type(o, "type"));
                case "add":
                    JsonObject m = o.getAsJsonObject("mention");
                    JsonElement normalized = m.get("normalized");
                    Mention mention = new Mention(str(m, "documentId"), m.get("start").getAsInt(),
                            m.get("end").getAsInt(), str(m, "text"), type(m, "type"),
                            m.has("confidence") ? m.get("confidence").getAsDouble() : 1.0,
                            normalized == null || normalized.isJsonNull() ? null : normalized.getAsString(),
                            m.has("source") ? str(m, "source") : EntityStore.MANUAL_SOURCE);
                    return new Correction.AddMention(mention, str(o, "entityName"));
                default:
                    throw new IllegalArgumentException("unknown correction kind '" + kind + "'");
            }
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new IllegalArgumentException("not a correction: " + o, e);
        }
    }

    private static String str(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            throw new IllegalArgumentException("missing '" + field + "'");
        }
        return e.getAsString();
    }

    private static EntityType type(JsonObject o, String field) {
        return EntityType.valueOf(str(o, field));
    }

    private static List<String> strings(JsonObject o, String field) {
        List<String> out = new ArrayList<>();
        JsonArray array = o.getAsJsonArray(field);
        if (array != null) {
            array.forEach(e -> out.add(e.getAsString()));
        }
        return out;
    }

    /** A whole ledger export. */
    static String writeLedger(List<Correction> corrections) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", 1);
        JsonArray array = new JsonArray();
        corrections.forEach(c -> array.add(toJson(c)));
        root.add("corrections", array);
        return GSON.toJson(root);
    }

    /**
     * Reads a ledger export (or a bare array of corrections).
     *
     * @throws IllegalArgumentException when it is not one
     */
    static List<Correction> readLedger(String json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        JsonArray array;
        if (root.isJsonArray()) {
            array = root.getAsJsonArray();
        } else if (root.isJsonObject() && root.getAsJsonObject().has("corrections")) {
            array = root.getAsJsonObject().getAsJsonArray("corrections");
        } else {
            throw new IllegalArgumentException("not an entity ledger");
        }
        List<Correction> out = new ArrayList<>();
        array.forEach(e -> out.add(fromJson(e.getAsJsonObject())));
        return out;
    }
}
