package dev.ariadne.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class DispatcherTest {

    final TestIo io = new TestIo();
    final VerbRegistry registry = new VerbRegistry();
    final List<String> calls = new ArrayList<>();
    final AtomicInteger gets = new AtomicInteger();
    final AtomicInteger releases = new AtomicInteger();
    final AtomicInteger waits = new AtomicInteger();
    final Services noServices = new Services() {
        @Override
        public <T> T require(Class<T> type, String what) throws CliException {
            throw new CliException(what + " is missing");
        }

        @Override
        public void awaitStarted() {
            waits.incrementAndGet();
        }
    };

    /** A verb that records its arguments and behaves as {@code body} says. */
    interface Body {
        int run(Arguments arguments, Invocation invocation) throws CliException;
    }

    void register(String words, String synopsis, long id, Body body) {
        Verb verb = new Verb() {
            @Override
            public Options options() {
                return Options.flags("json").withValues("name");
            }

            @Override
            public String help() {
                return "Help of " + words + ".";
            }

            @Override
            public int run(Arguments arguments, Invocation invocation) throws CliException {
                calls.add(invocation.verb() + " " + arguments.positionals() + " json=" + arguments.flag("json"));
                return body.run(arguments, invocation);
            }
        };
        registry.add(new VerbRegistry.Entry(words, synopsis, "Summary of " + words + ".", 0, id,
                new VerbRegistry.Handle() {
                    @Override
                    public Verb get() {
                        gets.incrementAndGet();
                        return verb;
                    }

                    @Override
                    public void release() {
                        releases.incrementAndGet();
                    }
                }));
    }

    DispatcherTest() {
        register("case create", "case create <dir> [--name N] [--json]", 1, (a, i) -> 0);
        register("case info", "case info <dir> [--json]", 2, (a, i) -> {
            i.output().out().println("info of " + a.positional(0, "<dir>"));
            return 0;
        });
        register("plugins", "plugins [--json]", 3, (a, i) -> 0);
        register("fail", "fail", 4, (a, i) -> {
            throw new CliException("/tmp/x is not an Ariadne case");
        });
        register("crash", "crash", 5, (a, i) -> {
            throw new IllegalStateException("boom");
        });
        register("needs", "needs", 6, (a, i) -> {
            i.services().require(String.class, "the string service");
            return 0;
        });
    }

    int run(String... args) {
        return new Dispatcher(registry, "Ariadne 1.2.3 (Felix 7, Java 17)", io.output, noServices).dispatch(List.of(args));
    }

    @Test
    void versionPrintsOneLineOnStandardOutput() {
        assertThat(run("--version")).isZero();
        assertThat(io.out()).isEqualTo("Ariadne 1.2.3 (Felix 7, Java 17)" + System.lineSeparator());
        assertThat(io.err()).isEmpty();
        assertThat(gets).hasValue(0);
        assertThat(waits).as("--version does not wait for the runtime").hasValue(0);
    }

    @Test
    void helpListsEveryVerbWithoutGettingAnyOfThem() {
        assertThat(run("--help")).isZero();
        assertThat(io.out()).startsWith("Ariadne 1.2.3: an analyst workbench").contains("Usage: ariadne <verb>")
                .contains("  case create <dir> [--name N] [--json]   Summary of case create.")
                .contains("  case info <dir> [--json]").contains("plugins [--json]").contains("help [<verb>]")
                .contains("gui [<case>]").contains("demo").contains("--version").contains("Exit codes");
        assertThat(gets).hasValue(0);
        assertThat(waits).as("the help lists verbs registered once the runtime started").hasValue(1);
        assertThat(run("-h")).isZero();
        assertThat(run("help")).isZero();
    }

    @Test
    void aRuntimeThatDoesNotFinishStartingIsAFailure() {
        Services stuck = new Services() {
            @Override
            public <T> T require(Class<T> type, String what) throws CliException {
                throw new CliException("unused");
            }

            @Override
            public void awaitStarted() throws CliException {
                throw new CliException("Ariadne did not finish starting within 5 s (start level 3 of 5).");
            }
        };

        int code = new Dispatcher(registry, "Ariadne 1.2.3", io.output, stuck).dispatch(List.of("plugins"));

        assertThat(code).isEqualTo(1);
        assertThat(io.err()).isEqualTo("ariadne: Ariadne did not finish starting within 5 s (start level 3 of 5)."
                + System.lineSeparator());
        assertThat(calls).isEmpty();
    }

    @Test
    void noArgumentsPrintsTheUsageOnStandardErrorAsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(io.out()).isEmpty();
        assertThat(io.err()).contains("Usage: ariadne <verb>");
    }

    @Test
    void runsTheVerbNamedByTwoWordsWithTheRestAsArguments() {
        assertThat(run("case", "info", "/tmp/x", "--json")).isZero();
        assertThat(calls).containsExactly("case info [/tmp/x] json=true");
        assertThat(io.out()).isEqualTo("info of /tmp/x" + System.lineSeparator());
        assertThat(gets).hasValue(1);
        assertThat(releases).hasValue(1);
        assertThat(waits).as("a verb waits for the runtime to finish starting").hasValue(1);
    }

    @Test
    void runsAOneWordVerb() {
        assertThat(run("plugins", "--json")).isZero();
        assertThat(calls).containsExactly("plugins [] json=true");
    }

    @Test
    void unknownVerbIsAUsageErrorWithAHint() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(io.err()).isEqualTo("ariadne: unknown verb 'frobnicate'" + System.lineSeparator()
                + "Run 'ariadne --help' for usage." + System.lineSeparator());
        assertThat(io.out()).isEmpty();
    }

    @Test
    void unknownTopLevelOptionIsAUsageError() {
        assertThat(run("--frob")).isEqualTo(2);
        assertThat(io.err()).contains("unknown option --frob");
    }

    @Test
    void aGroupWithoutItsSecondWordListsTheChoices() {
        assertThat(run("case")).isEqualTo(2);
        assertThat(io.err()).contains("'case' needs one of: create, info")
                .contains("Run 'ariadne help case' for usage.");
    }

    @Test
    void anUnknownSecondWordListsTheChoices() {
        assertThat(run("case", "delete", "x")).isEqualTo(2);
        assertThat(io.err()).contains("unknown 'case' verb 'delete'; one of: create, info");
    }

    @Test
    void desktopVerbsPointToTheScript() {
        assertThat(run("gui")).isEqualTo(2);
        assertThat(io.err()).contains("'gui' opens the desktop workbench").contains("./ariadne gui [<case>]");
    }

    @Test
    void unknownOptionOfAVerbIsAUsageErrorAndTheVerbDoesNotRun() {
        assertThat(run("case", "info", "/x", "--jsno")).isEqualTo(2);
        assertThat(calls).isEmpty();
        assertThat(io.err()).contains("unknown option --jsno for 'case info'")
                .contains("Run 'ariadne help case info' for usage.");
        assertThat(releases).hasValue(gets.get());
    }

    @Test
    void missingPositionalIsAUsageError() {
        assertThat(run("case", "info")).isEqualTo(2);
        assertThat(io.err()).contains("'case info' needs <dir>");
    }

    @Test
    void failurePrintsTheMessageOnStandardErrorWithExitCodeOne() {
        assertThat(run("fail")).isEqualTo(1);
        assertThat(io.err()).isEqualTo("ariadne fail: /tmp/x is not an Ariadne case" + System.lineSeparator());
        assertThat(io.out()).isEmpty();
    }

    @Test
    void missingServiceIsAFailure() {
        assertThat(run("needs")).isEqualTo(1);
        assertThat(io.err()).contains("the string service is missing");
    }

    @Test
    void unexpectedExceptionIsAnInternalErrorWithExitCodeOne() {
        assertThat(run("crash")).isEqualTo(1);
        assertThat(io.err()).contains("ariadne crash: internal error: java.lang.IllegalStateException: boom");
        assertThat(releases).hasValue(1);
    }

    @Test
    void helpOfAVerbShowsSynopsisSummaryAndHelp() {
        assertThat(run("help", "case", "info")).isZero();
        assertThat(io.out()).isEqualTo(String.join(System.lineSeparator(), "Usage: ariadne case info <dir> [--json]",
                "", "Summary of case info.", "", "Help of case info.", ""));
        assertThat(releases).hasValue(gets.get());
    }

    @Test
    void dashDashHelpAfterAVerbShowsItsHelpWithoutRunningIt() {
        assertThat(run("case", "create", "--help")).isZero();
        assertThat(io.out()).contains("Usage: ariadne case create");
        assertThat(calls).isEmpty();
    }

    @Test
    void helpAfterDoubleDashIsAnArgument() {
        assertThat(run("case", "info", "--", "--help")).isZero();
        assertThat(calls).containsExactly("case info [--help] json=false");
    }

    @Test
    void helpOfAGroupListsItsVerbs() {
        assertThat(run("help", "case")).isZero();
        assertThat(io.out()).contains("Usage: ariadne case <verb>").contains("case create <dir>")
                .contains("case info <dir>").doesNotContain("plugins");
    }

    @Test
    void helpOfAnUnknownVerbIsAUsageError() {
        assertThat(run("help", "nothing")).isEqualTo(2);
        assertThat(io.err()).contains("unknown verb 'nothing'");
        assertThat(run("help", "plugins", "extra")).isEqualTo(2);
    }

    @Test
    void aVerbThatIsGoneFailsClearly() {
        registry.add(new VerbRegistry.Entry("gone", "gone", "", 0, 99, new VerbRegistry.Handle() {
            @Override
            public Verb get() {
                return null;
            }

            @Override
            public void release() {
                releases.incrementAndGet();
            }
        }));

        assertThat(run("gone")).isEqualTo(1);
        assertThat(io.err()).contains("no longer available");
    }
}
