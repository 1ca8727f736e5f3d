package dev.ariadne.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.Mention;
import dev.ariadne.api.entities.ResolvedMention;

/**
 * How the entity verbs read entity types and show entities, mentions and corrections: JSON objects for
 * {@code --json}, aligned tables and sentences for a person.
 *
 * <p>Pure functions, called by the verbs on the launcher's main thread.
 */
final class EntityViews {

    private EntityViews() {
    }

    /**
     * The entity type {@code text} names: a type name in any case, or an unambiguous start of one ({@code org},
     * {@code loc}, {@code per}).
     *
     * @param option how the value was given, for the message ({@code "--type"}, {@code "<new-type>"})
     * @throws UsageException for an unknown or ambiguous name, listing the types
     */
    static EntityType type(String text, String option, String verb) throws UsageException {
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        List<EntityType> candidates = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            if (type.name().equals(wanted)) {
                return type;
            }
            if (!wanted.isEmpty() && type.name().startsWith(wanted)) {
                candidates.add(type);
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        throw new UsageException(option + " must be one of " + typeNames() + ", not '" + text + "'",
                Arguments.hint(verb));
    }

    /** The value of {@code --type}, when given. */
    static Optional<EntityType> typeOption(Arguments arguments, String verb) throws UsageException {
        Optional<String> text = arguments.value("type");
        return text.isEmpty() ? Optional.empty() : Optional.of(type(text.get(), "--type", verb));
    }

    /** Every type name, comma-separated. */
    static String typeNames() {
        return Arrays.stream(EntityType.values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /**
     * An entity as JSON: {@code id}, {@code name}, {@code type}, {@code aliases}, {@code mentions}, {@code documents},
     * {@code firstDate} and {@code lastDate} (ISO dates or {@code null}).
     */
    static JsonObject json(Entity entity) {
        JsonObject o = new JsonObject();
        o.addProperty("id", entity.id());
        o.addProperty("name", entity.name());
        o.addProperty("type", entity.type().name());
        JsonArray aliases = new JsonArray();
        entity.aliases().forEach(aliases::add);
        o.add("aliases", aliases);
        o.addProperty("mentions", entity.mentions());
        o.addProperty("documents", entity.documents());
        o.addProperty("firstDate", entity.firstDate().map(Object::toString).orElse(null));
        o.addProperty("lastDate", entity.lastDate().map(Object::toString).orElse(null));
        return o;
    }

    /**
     * A mention as JSON: {@code document}, {@code start}, {@code end} (UTF-16 offsets into the document's text),
     * {@code text}, {@code type} and {@code entity} (the canonical name of its entity).
     */
    static JsonObject json(ResolvedMention resolved) {
        Mention mention = resolved.mention();
        JsonObject o = new JsonObject();
        o.addProperty("document", mention.documentId());
        o.addProperty("start", mention.start());
        o.addProperty("end", mention.end());
        o.addProperty("text", mention.text());
        o.addProperty("type", mention.type().name());
        o.addProperty("entity", resolved.entityName());
        return o;
    }

    /** Entities as a table: id, type, mentions, documents, name and aliases, then a count line. */
    static void printEntities(Output output, List<Entity> entities, int total) {
        int idWidth = "ID".length();
        int nameWidth = "NAME".length();
        for (Entity entity : entities) {
            idWidth = Math.max(idWidth, entity.id().length());
            nameWidth = Math.max(nameWidth, Math.min(40, entity.name().length()));
        }
        String format = "%-" + idWidth + "s  %-12s  %8s  %6s  %-" + nameWidth + "s  %s%n";
        if (!entities.isEmpty()) {
            output.out().printf(Locale.ROOT, format, "ID", "TYPE", "MENTIONS", "DOCS", "NAME", "ALIASES");
        }
        for (Entity entity : entities) {
            output.out().printf(Locale.ROOT, format, entity.id(), entity.type().name(),
                    Formats.count(entity.mentions()), Formats.count(entity.documents()), oneLine(entity.name()),
                    entity.aliases().stream().map(EntityViews::oneLine).collect(Collectors.joining(", ")));
        }
        String noun = total == 1 ? " entity." : " entities.";
        output.out().println(entities.size() == total ? Formats.count(total) + noun
                : "Showing " + Formats.count(entities.size()) + " of " + Formats.count(total) + noun);
        output.out().flush();
    }

    /** {@code text} on one line: line breaks and tabs shown as spaces. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ");
    }

    /** A correction in words, e.g. {@code rename PERSON 'Scholz' to 'Olaf Scholz'}. */
    static String describe(Correction correction) {
        if (correction instanceof Correction.Rename r) {
            return "rename " + r.type() + " '" + r.entityName() + "' to '" + r.newName() + "'";
        }
        if (correction instanceof Correction.Retype r) {
            return "retype '" + r.entityName() + "' from " + r.type() + " to " + r.newType();
        }
        if (correction instanceof Correction.Merge m) {
            return "merge " + m.type() + " " + quoted(m.others()) + " into '" + m.into() + "'";
        }
        if (correction instanceof Correction.Split s) {
            return "split " + s.type() + " '" + s.entityName() + "': mentions " + quoted(s.aliases()) + " to '"
                    + s.newName() + "'";
        }
        if (correction instanceof Correction.Delete d) {
            return "delete " + d.type() + " '" + d.entityName() + "'";
        }
        if (correction instanceof Correction.AddMention a) {
            Mention m = a.mention();
            return "add the " + m.type() + " mention '" + oneLine(m.text()) + "' at [" + m.start() + ", " + m.end()
                    + ") of document " + m.documentId() + " to '" + a.entityName() + "'";
        }
        return String.valueOf(correction);
    }

    /**
     * A correction as JSON: {@code kind} (rename, retype, merge, split, delete, add-mention), {@code description}
     * (as {@link #describe}) and its fields.
     */
    static JsonObject json(Correction correction) {
        JsonObject o = new JsonObject();
        if (correction instanceof Correction.Rename r) {
            o.addProperty("kind", "rename");
            o.addProperty("entity", r.entityName());
            o.addProperty("type", r.type().name());
            o.addProperty("newName", r.newName());
        } else if (correction instanceof Correction.Retype r) {
            o.addProperty("kind", "retype");
            o.addProperty("entity", r.entityName());
            o.addProperty("type", r.type().name());
            o.addProperty("newType", r.newType().name());
        } else if (correction instanceof Correction.Merge m) {
            o.addProperty("kind", "merge");
            o.addProperty("type", m.type().name());
            o.addProperty("into", m.into());
            o.add("others", array(m.others()));
        } else if (correction instanceof Correction.Split s) {
            o.addProperty("kind", "split");
            o.addProperty("entity", s.entityName());
            o.addProperty("type", s.type().name());
            o.addProperty("newName", s.newName());
            o.add("aliases", array(s.aliases()));
        } else if (correction instanceof Correction.Delete d) {
            o.addProperty("kind", "delete");
            o.addProperty("entity", d.entityName());
            o.addProperty("type", d.type().name());
        } else if (correction instanceof Correction.AddMention a) {
            o.addProperty("kind", "add-mention");
            o.addProperty("entity", a.entityName());
            o.addProperty("document", a.mention().documentId());
            o.addProperty("start", a.mention().start());
            o.addProperty("end", a.mention().end());
            o.addProperty("text", a.mention().text());
            o.addProperty("type", a.mention().type().name());
        }
        o.addProperty("description", describe(correction));
        return o;
    }

    private static JsonArray array(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    private static String quoted(List<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
    }
}
