package dev.ariadne.core.itest;

import static dev.ariadne.core.itest.ItestSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseSchema;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.plugins.PluginException;
import dev.ariadne.api.plugins.PluginInfo;
import dev.ariadne.api.plugins.PluginService;

/**
 * The plugin folder watched by FileInstall: plugins dropped in contribute services and disappear with their file; a
 * plugin that cannot resolve or whose component throws is reported with its reason while everything else goes on.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class PluginFolderIT {

    static final String HELLO = "dev.ariadne.test.plugin.hello";
    static final String UNRESOLVABLE = "dev.ariadne.test.plugin.unresolvable";
    static final String THROWING = "dev.ariadne.test.plugin.throwing";
    static final String THROWING_MESSAGE = "the throwing test plugin refuses to activate";

    @InjectBundleContext
    BundleContext context;
    @InjectService(timeout = 30_000)
    PluginService plugins;
    @InjectService(timeout = 30_000)
    CaseService cases;

    Path folder;
    Path fixtures;

    @BeforeEach
    void emptyThePluginFolder() throws IOException {
        folder = plugins.pluginFolder();
        fixtures = ItestSupport.fixtures(context);
        Files.createDirectories(folder);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Files.delete(file);
            }
        }
        waitFor("no bundle from the plugin folder",
                () -> plugins.plugins().stream().noneMatch(PluginInfo::fromPluginFolder));
    }

    @AfterEach
    void closeCases() {
        cases.openCases().forEach(cases::close);
    }

    /** Drops a fixture jar into the plugin folder whole, as a person copying a file would end up with it. */
    private Path drop(String fixture) throws IOException {
        Path source = fixtures.resolve(fixture);
        Path temp = Files.createTempFile(folder.getParent(), "drop-", ".part");
        Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
        return Files.move(temp, folder.resolve(fixture), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The plugin folder and the bundles from it, for timeout messages. */
    private String diagnosis() {
        StringBuilder text = new StringBuilder("Plugin folder " + folder + ":");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                text.append(' ').append(file.getFileName()).append(" (").append(Files.size(file)).append(" bytes, ")
                        .append(Files.getLastModifiedTime(file)).append(')');
            }
        } catch (IOException e) {
            text.append(" unreadable: ").append(e);
        }
        plugins.plugins().stream().filter(p -> p.fromPluginFolder() || p.symbolicName().startsWith("dev.ariadne.test"))
                .forEach(p -> text.append("\n  ").append(p));
        return text.toString();
    }

    private Optional<Bundle> bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst();
    }

    private Optional<PluginInfo> plugin(String symbolicName) {
        return plugins.plugins().stream().filter(p -> p.symbolicName().equals(symbolicName)).findFirst();
    }

    private boolean helloServicePresent() {
        try {
            ServiceReference<?>[] references = context.getServiceReferences(CaseSchema.class.getName(),
                    "(test.plugin=hello)");
            return references != null && references.length > 0;
        } catch (InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aPluginDroppedIntoTheFolderContributesItsServiceUntilItsFileIsRemoved() throws Exception {
        Case aCase = cases.create(ItestSupport.newWorkFolder(context, "plugin"), "Plugin");

        Path jar = drop("ariadne-test-plugin-hello.jar");

        waitFor("the hello plugin's service", this::helloServicePresent, this::diagnosis);
        PluginInfo hello = plugin(HELLO).orElseThrow();
        assertThat(hello.state()).isEqualTo("ACTIVE");
        assertThat(hello.fromPluginFolder()).isTrue();
        assertThat(hello.problem()).isEmpty();
        assertThat(hello.name()).isEqualTo("Test plugin: hello");
        assertThat(hello.services()).contains(CaseSchema.class.getName());
        waitFor("the plugin's table in the open case", () -> tableExists(aCase, "HELLO_GREETINGS"));

        Files.delete(jar);

        waitFor("the hello plugin to leave", () -> !helloServicePresent() && bundle(HELLO).isEmpty());
        assertThat(plugin(HELLO)).isEmpty();
        assertThat(aCase.isOpen()).isTrue();
    }

    private static boolean tableExists(Case aCase, String table) {
        try (Connection connection = aCase.connect();
                var tables = connection.getMetaData().getTables(null, "PUBLIC", table, null)) {
            return tables.next();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aPluginThatCannotResolveIsReportedWithTheMissingPackageAndTheRestGoesOn() throws Exception {
        Path jar = drop("ariadne-test-plugin-unresolvable.jar");

        waitFor("the unresolvable plugin to be installed", () -> bundle(UNRESOLVABLE).isPresent(), this::diagnosis);
        PluginInfo unresolvable = plugin(UNRESOLVABLE).orElseThrow();
        assertThat(unresolvable.state()).isEqualTo("INSTALLED");
        assertThat(unresolvable.fromPluginFolder()).isTrue();
        assertThat(unresolvable.problem()).hasValueSatisfying(
                problem -> assertThat(problem).contains("Missing package dev.ariadne.test.missing [1.0.0,2.0.0)"));
        assertThat(context.getBundle(0).getState()).isEqualTo(Bundle.ACTIVE);
        Case aCase = cases.create(ItestSupport.newWorkFolder(context, "still-working"), "Still working");
        assertThat(aCase.isOpen()).isTrue();

        assertThatThrownBy(() -> plugins.start(unresolvable.bundleId())).isInstanceOf(PluginException.class)
                .hasMessageContaining("dev.ariadne.test.missing");

        Files.delete(jar);
        waitFor("the unresolvable plugin to leave", () -> bundle(UNRESOLVABLE).isEmpty());
    }

    @Test
    void aPluginWhoseComponentThrowsIsReportedWithItsReasonAndTheRestGoesOn() throws Exception {
        Path jar = drop("ariadne-test-plugin-throwing.jar");

        waitFor("the throwing component to fail", () -> plugins.componentProblems().stream()
                .anyMatch(problem -> problem.bundle().equals(THROWING)), this::diagnosis);
        assertThat(plugins.componentProblems()).filteredOn(problem -> problem.bundle().equals(THROWING))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.component()).isEqualTo("dev.ariadne.test.plugin.throwing.Throwing");
                    assertThat(problem.state()).isEqualTo("FAILED_ACTIVATION");
                    assertThat(problem.detail()).contains(THROWING_MESSAGE);
                });
        PluginInfo throwing = plugin(THROWING).orElseThrow();
        assertThat(throwing.state()).isEqualTo("ACTIVE");
        assertThat(throwing.problem()).hasValueSatisfying(problem -> assertThat(problem).contains(THROWING_MESSAGE));
        assertThat(plugin("dev.ariadne.core").orElseThrow().problem()).isEmpty();

        Files.delete(jar);
        waitFor("the throwing plugin to leave", () -> bundle(THROWING).isEmpty());
        assertThat(plugins.componentProblems()).noneMatch(problem -> problem.bundle().equals(THROWING));
    }

    @Test
    void installingThroughThePluginServiceCopiesTheJarAndInstallsItOnce() throws Exception {
        Path source = fixtures.resolve("ariadne-test-plugin-hello.jar");

        PluginInfo installed = plugins.install(source);

        Path copy = folder.resolve("ariadne-test-plugin-hello.jar");
        assertThat(copy).isRegularFile().hasSameBinaryContentAs(source);
        assertThat(installed.symbolicName()).isEqualTo(HELLO);
        assertThat(installed.state()).isEqualTo("ACTIVE");
        assertThat(installed.fromPluginFolder()).isTrue();
        assertThat(installed.location()).isEqualTo(copy.toFile().toURI().toString());
        waitFor("the hello plugin's service", this::helloServicePresent);
        assertThat(Arrays.stream(context.getBundles()).filter(b -> HELLO.equals(b.getSymbolicName()))).hasSize(1);
        assertThatThrownBy(() -> plugins.install(source)).isInstanceOf(PluginException.class)
                .hasMessageContaining("already installed");

        plugins.stop(installed.bundleId());
        assertThat(helloServicePresent()).isFalse();
        assertThat(plugin(HELLO).orElseThrow().problem()).contains("Stopped");
        plugins.start(installed.bundleId());
        assertThat(helloServicePresent()).isTrue();

        plugins.uninstall(installed.bundleId());

        assertThat(copy).doesNotExist();
        assertThat(bundle(HELLO)).isEmpty();
        assertThat(helloServicePresent()).isFalse();
    }

    @Test
    void aFileThatIsNotABundleIsRefusedAndNotCopied() throws Exception {
        Path text = Files.writeString(ItestSupport.newWorkFolder(context, "note") , "just a note");

        assertThatThrownBy(() -> plugins.install(text)).isInstanceOf(PluginException.class)
                .hasMessageContaining("not a jar file");
        assertThat(folder.resolve(text.getFileName())).doesNotExist();
        assertThatThrownBy(() -> plugins.stop(0)).isInstanceOf(PluginException.class);
        assertThatThrownBy(() -> plugins.uninstall(Long.MAX_VALUE)).isInstanceOf(PluginException.class)
                .hasMessageContaining("no bundle");
    }
}
