package dev.ariadne.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a command line, finds its verb in the {@link VerbRegistry}, runs it and turns the outcome into an exit code:
 * 0 for success, 1 for a failure ({@link CliException}), 2 for a usage error ({@link UsageException}). Also answers
 * {@code --version}, {@code --help}, {@code -h} and {@code help [<verb>]} itself.
 *
 * <p>Created per command by {@link CommandLineMain} and called once on the launcher's main thread; plain Java, so
 * unit tests drive it with fake verbs and streams.
 */
final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    /** Verbs that the {@code ./ariadne} script runs on the desktop product, with a word on where they live. */
    static final Map<String, String> DESKTOP_VERBS = Map.of(
            "gui", "gui [<case>]",
            "demo", "demo");

    private final VerbRegistry registry;
    private final String version;
    private final Output output;
    private final Services services;

    /**
     * @param registry the verbs
     * @param version the text printed by {@code --version}
     * @param output where to write
     * @param services handed to the verb that runs
     */
    Dispatcher(VerbRegistry registry, String version, Output output, Services services) {
        this.registry = registry;
        this.version = version;
        this.output = output;
        this.services = services;
    }

    /** Runs the command line {@code args} and returns the exit code. */
    int dispatch(List<String> args) {
        try {
            return dispatchOrThrow(args);
        } catch (UsageException e) {
            output.err().println("ariadne: " + e.getMessage());
            output.err().println(e.hint());
            return e.exitCode();
        }
    }

    private int dispatchOrThrow(List<String> args) throws UsageException {
        String first = args.isEmpty() ? "" : args.get(0);
        if (first.equals("--version") || first.equals("-V") || first.equals("version")) {
            output.out().println(version);
            return 0;
        }
        try {
            // The launcher calls in while bundles, and verbs of this bundle, may still be registering.
            services.awaitStarted();
        } catch (CliException e) {
            output.err().println("ariadne: " + e.getMessage());
            return e.exitCode();
        }
        if (args.isEmpty()) {
            printUsage(output.err());
            return CliException.USAGE;
        }
        switch (first) {
            case "--help", "-h", "help":
                if (args.size() == 1) {
                    printUsage(output.out());
                    return 0;
                }
                return printVerbHelp(args.subList(1, args.size()));
            default:
                break;
        }
        if (first.startsWith("-")) {
            throw new UsageException("unknown option " + first, null);
        }
        VerbRegistry.Match match = resolve(args);
        List<String> rest = match.rest();
        int end = rest.indexOf("--");
        List<String> options = end < 0 ? rest : rest.subList(0, end);
        if (options.contains("--help") || options.contains("-h")) {
            printVerbHelp(match.entry());
            return 0;
        }
        return run(match.entry(), rest);
    }

    /** The verb {@code args} names, or a usage error saying what exists. */
    private VerbRegistry.Match resolve(List<String> args) throws UsageException {
        Optional<VerbRegistry.Match> match = registry.match(args);
        if (match.isPresent()) {
            return match.get();
        }
        String first = args.get(0);
        List<VerbRegistry.Entry> group = registry.group(first);
        if (!group.isEmpty()) {
            String choices = group.stream().map(e -> e.verb().substring(first.length()).trim())
                    .collect(Collectors.joining(", "));
            String hint = "Run 'ariadne help " + first + "' for usage.";
            if (args.size() == 1 || args.get(1).startsWith("-")) {
                throw new UsageException("'" + first + "' needs one of: " + choices, hint);
            }
            throw new UsageException("unknown '" + first + "' verb '" + args.get(1) + "'; one of: " + choices, hint);
        }
        if (DESKTOP_VERBS.containsKey(first)) {
            throw new UsageException("'" + first + "' opens the desktop workbench, which this headless runtime does"
                    + " not contain", "Run it as './ariadne " + DESKTOP_VERBS.get(first) + "'.");
        }
        throw new UsageException("unknown verb '" + first + "'", null);
    }

    private int run(VerbRegistry.Entry entry, List<String> rest) throws UsageException {
        Verb verb = entry.handle().get();
        if (verb == null) {
            output.err().println("ariadne " + entry.verb() + ": the verb is no longer available (its component"
                    + " stopped or failed to activate); see 'ariadne plugins'.");
            return CliException.FAILURE;
        }
        try {
            Arguments arguments = Arguments.parse(entry.verb(), rest, verb.options());
            return verb.run(arguments, new Invocation(entry.verb(), output, services));
        } catch (UsageException e) {
            throw e;
        } catch (CliException e) {
            LOG.debug("'{}' failed", entry.verb(), e);
            output.err().println("ariadne " + entry.verb() + ": " + e.getMessage());
            return e.exitCode();
        } catch (RuntimeException e) {
            LOG.error("'{}' failed unexpectedly", entry.verb(), e);
            output.err().println("ariadne " + entry.verb() + ": internal error: " + e);
            return CliException.FAILURE;
        } finally {
            entry.handle().release();
        }
    }

    private int printVerbHelp(List<String> words) throws UsageException {
        VerbRegistry.Match match = resolveForHelp(words);
        if (match == null) {
            printGroupHelp(words.get(0));
            return 0;
        }
        if (!match.rest().isEmpty()) {
            throw new UsageException("no verb '" + String.join(" ", words) + "'", null);
        }
        printVerbHelp(match.entry());
        return 0;
    }

    /** The verb {@code words} name exactly, {@code null} for a group name, or a usage error. */
    private VerbRegistry.Match resolveForHelp(List<String> words) throws UsageException {
        Optional<VerbRegistry.Match> match = registry.match(words);
        if (match.isPresent()) {
            return match.get();
        }
        if (words.size() == 1 && !registry.group(words.get(0)).isEmpty()) {
            return null;
        }
        return resolve(words);
    }

    private void printVerbHelp(VerbRegistry.Entry entry) throws UsageException {
        Verb verb = entry.handle().get();
        PrintStream out = output.out();
        out.println("Usage: ariadne " + entry.synopsis());
        out.println();
        out.println(entry.summary());
        try {
            if (verb != null) {
                String help = verb.help().strip();
                if (!help.isEmpty()) {
                    out.println();
                    out.println(help);
                }
            }
        } finally {
            entry.handle().release();
        }
    }

    private void printGroupHelp(String group) {
        PrintStream out = output.out();
        out.println("Usage: ariadne " + group + " <verb> [arguments] [options]");
        out.println();
        printTable(out, registry.group(group));
        out.println();
        out.println("Run 'ariadne help " + group + " <verb>' for the arguments and options of one of them.");
    }

    /** The general usage: every verb with its synopsis and summary. */
    void printUsage(PrintStream out) {
        int details = version.indexOf(" (");
        out.println((details < 0 ? version : version.substring(0, details))
                + ": an analyst workbench for cases, documents, entities and relations.");
        out.println();
        out.println("Usage: ariadne <verb> [arguments] [options]");
        out.println();
        out.println("Verbs:");
        List<VerbRegistry.Entry> all = registry.all();
        int width = Math.max(synopsisWidth(all), "help [<verb>]".length());
        width = Math.max(width, DESKTOP_VERBS.values().stream().mapToInt(String::length).max().orElse(0));
        printTable(out, all, width);
        printRow(out, "help [<verb>]", "Show this help, or the arguments and options of one verb.", width);
        out.println();
        out.println("Run by the ./ariadne script on the desktop product:");
        printRow(out, DESKTOP_VERBS.get("gui"), "Open the workbench, on the given case if any.", width);
        printRow(out, DESKTOP_VERBS.get("demo"), "Open the workbench on the demo case.", width);
        out.println();
        out.println("Options:");
        printRow(out, "--version", "Print the version and exit.", width);
        printRow(out, "--help, -h", "Print this help and exit.", width);
        out.println();
        out.println("Exit codes: 0 success, 1 failure (such as a refused case), 2 usage error.");
        out.println("With --json a verb writes one JSON document on standard output and everything else on"
                + " standard error.");
    }

    private static int synopsisWidth(List<VerbRegistry.Entry> entries) {
        return entries.stream().mapToInt(e -> e.synopsis().length()).max().orElse(0);
    }

    private static void printTable(PrintStream out, List<VerbRegistry.Entry> entries) {
        printTable(out, entries, synopsisWidth(entries));
    }

    private static void printTable(PrintStream out, List<VerbRegistry.Entry> entries, int width) {
        for (VerbRegistry.Entry e : entries) {
            printRow(out, e.synopsis(), e.summary(), width);
        }
    }

    private static void printRow(PrintStream out, String left, String right, int width) {
        out.println("  " + left + " ".repeat(Math.max(0, width - left.length()) + 3) + right);
    }
}
