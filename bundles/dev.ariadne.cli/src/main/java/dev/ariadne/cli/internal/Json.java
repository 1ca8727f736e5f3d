package dev.ariadne.cli.internal;

import java.io.PrintStream;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;

/**
 * Writes the one JSON document of a {@code --json} verb: pretty-printed, nulls kept (a missing value is {@code null},
 * not an absent key), no HTML escaping, followed by a newline.
 *
 * <p>Used by verbs on the launcher's main thread.
 */
final class Json {

    private Json() {
    }

    /** Prints {@code document} on {@code out}. */
    static void print(PrintStream out, JsonElement document) {
        Gson gson = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();
        out.println(gson.toJson(document));
        out.flush();
    }
}
