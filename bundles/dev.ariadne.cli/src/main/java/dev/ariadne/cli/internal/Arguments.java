package dev.ariadne.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one verb after the verb's own words: positional arguments in order and the options it declared.
 * Options are {@code --flag}, {@code --name value} or {@code --name=value}, anywhere on the line; {@code --} ends the
 * options so a later argument may start with dashes.
 *
 * <p>Built by {@link Dispatcher} with {@link #parse} on the launcher's main thread and read by the verb. Immutable.
 */
public final class Arguments {

    private final String verb;
    private final List<String> positionals;
    private final Set<String> flags;
    private final Map<String, List<String>> values;

    private Arguments(String verb, List<String> positionals, Set<String> flags, Map<String, List<String>> values) {
        this.verb = verb;
        this.positionals = List.copyOf(positionals);
        this.flags = Set.copyOf(flags);
        Map<String, List<String>> copy = new HashMap<>();
        values.forEach((name, given) -> copy.put(name, List.copyOf(given)));
        this.values = Map.copyOf(copy);
    }

    /**
     * Splits {@code tokens} into positional arguments and the options {@code accepted} names.
     *
     * @param verb the verb's name, for messages ({@code "case create"})
     * @param tokens the words after the verb
     * @param accepted the options the verb accepts
     * @return the parsed arguments
     * @throws UsageException for an option the verb does not accept, a value given to a flag, or a missing value
     */
    public static Arguments parse(String verb, List<String> tokens, Options accepted) throws UsageException {
        List<String> positionals = new ArrayList<>();
        Set<String> flags = new HashSet<>();
        Map<String, List<String>> values = new HashMap<>();
        boolean optionsEnded = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (optionsEnded || !token.startsWith("--") || token.length() == 2 && !token.equals("--")) {
                positionals.add(token);
                continue;
            }
            if (token.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int equals = token.indexOf('=');
            String name = equals < 0 ? token.substring(2) : token.substring(2, equals);
            if (accepted.flags().contains(name)) {
                if (equals >= 0) {
                    throw new UsageException("option --" + name + " of '" + verb + "' takes no value", hint(verb));
                }
                flags.add(name);
            } else if (accepted.values().contains(name)) {
                String value;
                if (equals >= 0) {
                    value = token.substring(equals + 1);
                } else if (i + 1 < tokens.size()) {
                    value = tokens.get(++i);
                } else {
                    throw new UsageException("option --" + name + " of '" + verb + "' needs a value", hint(verb));
                }
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } else {
                throw new UsageException("unknown option --" + name + " for '" + verb + "'", hint(verb));
            }
        }
        return new Arguments(verb, positionals, flags, values);
    }

    /** The hint printed after a usage error of {@code verb}. */
    static String hint(String verb) {
        return "Run 'ariadne help " + verb + "' for usage.";
    }

    /** Whether the flag {@code --name} was given. */
    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** The value of {@code --name}, when given (the last one when given twice). */
    public Optional<String> value(String name) {
        List<String> given = values.getOrDefault(name, List.of());
        return given.isEmpty() ? Optional.empty() : Optional.of(given.get(given.size() - 1));
    }

    /** Every value of {@code --name} in the order given, for options that may be repeated; empty when not given. */
    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The positional arguments in order. */
    public List<String> positionals() {
        return positionals;
    }

    /**
     * The positional argument at {@code index}.
     *
     * @param what its name in the usage, e.g. {@code "<dir>"}, for the error message
     * @throws UsageException when there are not that many
     */
    public String positional(int index, String what) throws UsageException {
        if (index >= positionals.size()) {
            throw new UsageException("'" + verb + "' needs " + what, hint(verb));
        }
        return positionals.get(index);
    }

    /**
     * Checks that at most {@code max} positional arguments were given.
     *
     * @throws UsageException naming the first extra argument
     */
    public void atMost(int max) throws UsageException {
        if (positionals.size() > max) {
            throw new UsageException("unexpected argument '" + positionals.get(max) + "' for '" + verb + "'", hint(verb));
        }
    }
}
