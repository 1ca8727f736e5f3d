package dev.ariadne.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

    private static final Options OPTIONS = Options.flags("json").withValues("name");

    @Test
    void separatesPositionalsFromOptionsAnywhereOnTheLine() throws Exception {
        Arguments a = Arguments.parse("case create", List.of("--json", "/tmp/x", "--name", "Acme fraud"), OPTIONS);

        assertThat(a.positionals()).containsExactly("/tmp/x");
        assertThat(a.flag("json")).isTrue();
        assertThat(a.value("name")).contains("Acme fraud");
        assertThat(a.positional(0, "<dir>")).isEqualTo("/tmp/x");
    }

    @Test
    void acceptsValuesAfterAnEqualsSignIncludingEmptyOnes() throws Exception {
        assertThat(Arguments.parse("v", List.of("--name=a=b"), OPTIONS).value("name")).contains("a=b");
        assertThat(Arguments.parse("v", List.of("--name="), OPTIONS).value("name")).contains("");
    }

    @Test
    void theLastOfARepeatedValueWins() throws Exception {
        assertThat(Arguments.parse("v", List.of("--name", "a", "--name", "b"), OPTIONS).value("name")).contains("b");
    }

    @Test
    void repeatedValuesAreAllKeptInOrder() throws Exception {
        Options options = Options.NONE.withValues("include");
        Arguments a = Arguments.parse("import", List.of("--include", "*.txt", "c", "--include=*.md"), options);

        assertThat(a.values("include")).containsExactly("*.txt", "*.md");
        assertThat(a.value("include")).contains("*.md");
        assertThat(a.values("exclude")).isEmpty();
        assertThat(a.positionals()).containsExactly("c");
    }

    @Test
    void doubleDashEndsOptions() throws Exception {
        Arguments a = Arguments.parse("v", List.of("--", "--json", "-x"), OPTIONS);

        assertThat(a.positionals()).containsExactly("--json", "-x");
        assertThat(a.flag("json")).isFalse();
    }

    @Test
    void singleDashWordsArePositional() throws Exception {
        assertThat(Arguments.parse("v", List.of("-", "-x"), OPTIONS).positionals()).containsExactly("-", "-x");
    }

    @Test
    void absentOptionsAreAbsent() throws Exception {
        Arguments a = Arguments.parse("v", List.of(), OPTIONS);

        assertThat(a.flag("json")).isFalse();
        assertThat(a.value("name")).isEmpty();
        assertThat(a.positionals()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageErrorNamingTheVerb() {
        assertThatThrownBy(() -> Arguments.parse("case info", List.of("--jsn"), OPTIONS))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown option --jsn for 'case info'")
                .satisfies(e -> {
                    UsageException u = (UsageException) e;
                    assertThat(u.exitCode()).isEqualTo(2);
                    assertThat(u.hint()).isEqualTo("Run 'ariadne help case info' for usage.");
                });
    }

    @Test
    void missingValueIsAUsageError() {
        assertThatThrownBy(() -> Arguments.parse("v", List.of("x", "--name"), OPTIONS))
                .isInstanceOf(UsageException.class).hasMessageContaining("--name of 'v' needs a value");
    }

    @Test
    void valueGivenToAFlagIsAUsageError() {
        assertThatThrownBy(() -> Arguments.parse("v", List.of("--json=yes"), OPTIONS))
                .isInstanceOf(UsageException.class).hasMessageContaining("takes no value");
    }

    @Test
    void missingAndExtraPositionalsAreUsageErrors() throws Exception {
        Arguments none = Arguments.parse("case info", List.of(), OPTIONS);
        assertThatThrownBy(() -> none.positional(0, "a case folder <dir>"))
                .isInstanceOf(UsageException.class).hasMessage("'case info' needs a case folder <dir>");

        Arguments two = Arguments.parse("case info", List.of("a", "b"), OPTIONS);
        assertThatThrownBy(() -> two.atMost(1))
                .isInstanceOf(UsageException.class).hasMessage("unexpected argument 'b' for 'case info'");
    }
}
