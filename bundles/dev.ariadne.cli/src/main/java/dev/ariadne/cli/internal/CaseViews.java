package dev.ariadne.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;

import com.google.gson.JsonObject;

import dev.ariadne.api.cases.CaseInfo;

/**
 * How the {@code case} verbs show a {@link CaseInfo}: as aligned {@code key value} lines for a person, or as one JSON
 * object for {@code --json}.
 *
 * <p>Pure functions called on the launcher's main thread.
 */
final class CaseViews {

    private CaseViews() {
    }

    /**
     * The JSON object of a case: {@code folder}, {@code id}, {@code name}, {@code created} (ISO-8601),
     * {@code schemaVersion}, {@code supportedSchemaVersion}, {@code supported}, {@code locked}, {@code lockedBy}
     * (a string or {@code null}) and {@code sizeBytes}.
     */
    static JsonObject json(CaseInfo info, int supportedSchemaVersion) {
        JsonObject o = new JsonObject();
        o.addProperty("folder", info.folder().toString());
        o.addProperty("id", info.id());
        o.addProperty("name", info.name());
        o.addProperty("created", info.created() == null ? null : info.created().toString());
        o.addProperty("schemaVersion", info.schemaVersion());
        o.addProperty("supportedSchemaVersion", supportedSchemaVersion);
        o.addProperty("supported", info.supported());
        o.addProperty("locked", info.lockedBy().isPresent());
        o.addProperty("lockedBy", info.lockedBy().orElse(null));
        o.addProperty("sizeBytes", info.sizeBytes());
        return o;
    }

    /** Prints the case as aligned lines. */
    static void print(PrintStream out, CaseInfo info, int supportedSchemaVersion) {
        row(out, "Name", info.name());
        row(out, "Folder", info.folder().toString());
        row(out, "Id", info.id());
        row(out, "Created", info.created() == null ? "unknown" : info.created().toString());
        String schema = "version " + info.schemaVersion();
        if (!info.supported()) {
            schema += " (newer than version " + supportedSchemaVersion
                    + " that this Ariadne reads: upgrade Ariadne to open it)";
        }
        row(out, "Schema", schema);
        row(out, "Size", Formats.bytes(info.sizeBytes()));
        row(out, "Open", info.lockedBy().map(holder -> "yes, by " + holder).orElse("no"));
    }

    /** {@code text} as an absolute, normalised path of the file system, resolved against the working directory. */
    static Path folder(String text) {
        return Path.of(text).toAbsolutePath().normalize();
    }

    private static void row(PrintStream out, String key, String value) {
        out.printf("%-8s %s%n", key, value);
    }
}
