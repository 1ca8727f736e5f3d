package dev.ariadne.cli.internal;

/**
 * What a verb works with during one run.
 *
 * <p>Created by {@link Dispatcher} on the launcher's main thread for one call of {@link Verb#run}.
 *
 * @param verb the verb's words as registered, e.g. {@code "case info"}
 * @param output where to write
 * @param services the Ariadne services, reached on demand
 */
public record Invocation(String verb, Output output, Services services) {
}
