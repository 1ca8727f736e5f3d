package dev.ariadne.cli.internal;

import java.util.Set;

/**
 * The options a verb accepts, written without the leading {@code --}.
 *
 * <p>Returned by {@link Verb#options()}; read by {@link Arguments#parse} on the launcher's main thread.
 *
 * @param flags options that take no value, e.g. {@code json}
 * @param values options followed by a value, e.g. {@code name} in {@code --name N} or {@code --name=N}
 */
public record Options(Set<String> flags, Set<String> values) {

    /** A verb that accepts no option. */
    public static final Options NONE = new Options(Set.of(), Set.of());

    public Options {
        flags = Set.copyOf(flags);
        values = Set.copyOf(values);
    }

    /** Only flags. */
    public static Options flags(String... flags) {
        return new Options(Set.of(flags), Set.of());
    }

    /** These options with values, plus the flags already declared here. */
    public Options withValues(String... names) {
        return new Options(flags, Set.of(names));
    }
}
