/**
 * The command line of the headless runtime ({@code ./ariadne <verb>}), private to this bundle.
 *
 * <p>{@link dev.ariadne.cli.internal.CommandLineMain} is the {@code main.thread} service the bnd launcher calls on the
 * JVM's main thread; it hands the command line to a {@link dev.ariadne.cli.internal.Dispatcher}, which answers
 * {@code --version} and {@code --help} itself and runs the {@link dev.ariadne.cli.internal.Verb} the words name.
 * Exit codes: 0 success, 1 failure ({@link dev.ariadne.cli.internal.CliException}), 2 usage error
 * ({@link dev.ariadne.cli.internal.UsageException}).
 *
 * <h2>Adding a verb</h2>
 * One class in this package:
 * <pre>
 * &#64;Component(service = Verb.class)
 * &#64;VerbProperties(verb = "docs list", synopsis = "docs list &lt;case&gt; [--json]", summary = "List the documents.")
 * public class DocsListVerb implements Verb {
 *     public Options options() { return Options.flags("json"); }
 *     public String help() { return "..."; }
 *     public int run(Arguments arguments, Invocation invocation) throws CliException {
 *         DocumentStore store = invocation.services().require(DocumentStore.class, "the document store");
 *         ...
 *     }
 * }
 * </pre>
 * It appears in {@code ariadne --help} at once. Services are reached through
 * {@link dev.ariadne.cli.internal.Services#require} when the verb runs, never by DS references, so a verb's
 * dependencies are only woken when it is the one that runs. Results go to {@code invocation.output().out()} (with
 * {@code --json}: one document through {@link dev.ariadne.cli.internal.Json}), everything else to {@code err()}.
 * Long work goes through {@link dev.ariadne.cli.internal.JobProgressPrinter#run}, which shows progress on standard
 * error and cancels the job on Ctrl-C.
 */
package dev.ariadne.cli.internal;
