package dev.ariadne.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.ariadne.api.cases.CaseInfo;

class CaseVerbsTest {

    @TempDir
    Path tmp;

    final TestIo io = new TestIo();
    final FakeCaseService cases = new FakeCaseService();
    final Services services = new Services() {
        @Override
        public <T> T require(Class<T> type, String what) {
            return type.cast(cases);
        }
    };

    int run(Verb verb, String name, String... args) throws CliException {
        return verb.run(Arguments.parse(name, List.of(args), verb.options()), new Invocation(name, io.output, services));
    }

    @Test
    void createMakesTheCaseClosesItAndSaysWhereItIs() throws Exception {
        Path dir = tmp.resolve("acme");

        assertThat(run(new CaseCreateVerb(), "case create", dir.toString(), "--name", "Acme fraud")).isZero();

        assertThat(cases.calls).containsExactly("create " + dir + " Acme fraud", "close " + dir, "inspect " + dir);
        assertThat(cases.open).isEmpty();
        assertThat(io.out()).isEqualTo("Created case \"Acme fraud\" in " + dir + " (schema version 1)."
                + System.lineSeparator());
    }

    @Test
    void createWithJsonPrintsOnlyTheCaseAsJson() throws Exception {
        Path dir = tmp.resolve("b");

        assertThat(run(new CaseCreateVerb(), "case create", dir.toString(), "--json")).isZero();

        JsonObject json = JsonParser.parseString(io.out()).getAsJsonObject();
        assertThat(json.get("name").getAsString()).isEqualTo("b");
        assertThat(json.get("folder").getAsString()).isEqualTo(dir.toString());
        assertThat(json.get("schemaVersion").getAsInt()).isEqualTo(1);
        assertThat(json.get("lockedBy").isJsonNull()).isTrue();
        assertThat(io.err()).isEmpty();
    }

    @Test
    void foldersAreResolvedAgainstTheWorkingDirectory() {
        Path expected = Path.of("rel-case").toAbsolutePath().normalize();

        assertThat(CaseViews.folder("rel-case/../rel-case")).isEqualTo(expected);
    }

    @Test
    void createOnAnExistingCaseFailsWithTheServiceMessage() throws Exception {
        Path dir = tmp.resolve("c");
        run(new CaseCreateVerb(), "case create", dir.toString());

        assertThatThrownBy(() -> run(new CaseCreateVerb(), "case create", dir.toString()))
                .isInstanceOf(CliException.class).hasMessage(dir + " already holds a case")
                .extracting(e -> ((CliException) e).exitCode()).isEqualTo(1);
    }

    @Test
    void blankNameIsAUsageError() {
        assertThatThrownBy(() -> run(new CaseCreateVerb(), "case create", tmp.toString(), "--name", " "))
                .isInstanceOf(UsageException.class);
        assertThat(cases.calls).isEmpty();
    }

    @Test
    void infoPrintsAlignedFields() throws Exception {
        Path dir = tmp.resolve("d");
        cases.cases.put(dir, new CaseInfo(dir, "abc", "Delta", Instant.parse("2026-02-03T04:05:06Z"), 1, true,
                Optional.of("pid 12 on host"), 2_500_000));

        assertThat(run(new CaseInfoVerb(), "case info", dir.toString())).isZero();

        assertThat(io.out()).contains("Name     Delta").contains("Folder   " + dir).contains("Id       abc")
                .contains("Created  2026-02-03T04:05:06Z").contains("Schema   version 1")
                .contains("Size     2.5 MB").contains("Open     yes, by pid 12 on host");
    }

    @Test
    void infoOfANewerCaseSaysItCannotBeOpened() throws Exception {
        Path dir = tmp.resolve("n");
        cases.cases.put(dir, new CaseInfo(dir, "abc", "New", Instant.EPOCH, 3, false, Optional.empty(), 0));

        assertThat(run(new CaseInfoVerb(), "case info", dir.toString(), "--json")).isZero();

        JsonObject json = JsonParser.parseString(io.out()).getAsJsonObject();
        assertThat(json.get("supported").getAsBoolean()).isFalse();
        assertThat(json.get("schemaVersion").getAsInt()).isEqualTo(3);
        assertThat(json.get("supportedSchemaVersion").getAsInt()).isEqualTo(1);
        assertThat(json.get("locked").getAsBoolean()).isFalse();
        assertThat(json.get("created").getAsString()).isEqualTo("1970-01-01T00:00:00Z");

        TestIo text = new TestIo();
        new CaseInfoVerb().run(Arguments.parse("case info", List.of(dir.toString()), Options.NONE),
                new Invocation("case info", text.output, services));
        assertThat(text.out()).contains("newer than version 1 that this Ariadne reads");
    }

    @Test
    void infoOnAFolderThatIsNotACaseFailsWithTheServiceMessage() {
        assertThatThrownBy(() -> run(new CaseInfoVerb(), "case info", tmp.toString()))
                .isInstanceOf(CliException.class).hasMessage(tmp + " is not an Ariadne case: it has no case.json");
    }

    @Test
    void infoNeedsExactlyOneFolder() {
        assertThatThrownBy(() -> run(new CaseInfoVerb(), "case info")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> run(new CaseInfoVerb(), "case info", "a", "b")).isInstanceOf(UsageException.class);
    }
}
