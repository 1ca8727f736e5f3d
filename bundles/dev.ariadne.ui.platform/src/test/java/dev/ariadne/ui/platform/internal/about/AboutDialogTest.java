package dev.ariadne.ui.platform.internal.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.plugins.ComponentProblem;
import dev.ariadne.api.plugins.PluginInfo;
import dev.ariadne.api.plugins.PluginService;
import dev.ariadne.ui.platform.internal.FakeCommandContext;
import dev.ariadne.ui.testing.FakeWorkbench;
import dev.ariadne.ui.testing.Swt;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;

class AboutDialogTest {

    private static final List<PluginInfo> BUNDLES = List.of(
            new PluginInfo(0, "org.apache.felix.framework", "7.0.5", "System Bundle", "ACTIVE", "System Bundle",
                    false, false, Optional.empty(), List.of()),
            new PluginInfo(5, "dev.ariadne.core", "0.1.0.SNAPSHOT", "Core", "ACTIVE", "core.jar", false, false,
                    Optional.empty(), List.of()),
            new PluginInfo(9, "org.example.broken", "1.0.0", "Broken", "INSTALLED", "broken.jar", true, false,
                    Optional.of("unresolved"), List.of()));
    private static final List<ComponentProblem> PROBLEMS = List.of(new ComponentProblem(5, "dev.ariadne.core",
            "dev.ariadne.core.internal.Search", "UNSATISFIED_REFERENCE", "missing reference: index"));

    private Display display;
    private Shell shell;

    @BeforeEach
    void open() {
        display = Swt.display();
        shell = new Shell(display);
        shell.setBounds(0, 0, 1200, 900);
        shell.open();
    }

    @AfterEach
    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
    }

    private static BundleContext context(String versionProperty) {
        Bundle bundle = (Bundle) Proxy.newProxyInstance(AboutDialogTest.class.getClassLoader(),
                new Class<?>[] {Bundle.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getVersion" -> Version.parseVersion("0.1.0.SNAPSHOT");
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (BundleContext) Proxy.newProxyInstance(AboutDialogTest.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> AboutCommand.VERSION_PROPERTY.equals(args[0]) ? versionProperty : null;
                    case "getBundle" -> bundle;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static PluginService plugins() {
        return (PluginService) Proxy.newProxyInstance(AboutDialogTest.class.getClassLoader(),
                new Class<?>[] {PluginService.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "plugins" -> BUNDLES;
                    case "componentProblems" -> PROBLEMS;
                    case "pluginFolder" -> Path.of("/work/main/plugins");
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void listsBundlesAndFailedComponentsAndCopiesTheReport() {
        AboutReport.Facts facts = AboutReport.facts("0.1.0-SNAPSHOT", System.getProperties(), Optional.empty(), "/p");
        AboutDialog dialog = new AboutDialog(shell, facts, BUNDLES, PROBLEMS);
        dialog.open();
        Swt.drain();

        assertThat(dialog.shell().getText()).isEqualTo("About Ariadne");
        assertThat(dialog.bundleTable().getItemCount()).isEqualTo(3);
        assertThat(dialog.bundleTable().getItem(2).getText(1)).isEqualTo("org.example.broken");
        assertThat(dialog.problemTable().getItemCount()).isEqualTo(1);
        assertThat(dialog.problemTable().getItem(0).getText(2)).isEqualTo("unsatisfied reference");
        assertThat(dialog.bundleTable().getItem(2).getText(3)).isEqualTo("Installed");

        dialog.copyToClipboard();
        Clipboard clipboard = new Clipboard(display);
        try {
            assertThat(clipboard.getContents(TextTransfer.getInstance())).isEqualTo(dialog.report());
        } finally {
            clipboard.dispose();
        }
        assertThat(dialog.report()).contains("Bundles (3):", "Failed components (1):");
        dialog.close();
        assertThat(dialog.isDisposed()).isTrue();
    }

    @Test
    void screenshot() throws IOException {
        AboutReport.Facts facts = AboutReport.facts("0.1.0-SNAPSHOT", System.getProperties(),
                Optional.of("/home/analyst/cases/harbour"), "/home/analyst/ariadne/plugins");
        AboutDialog dialog = new AboutDialog(shell, facts, BUNDLES, PROBLEMS);
        dialog.open();

        assertThat(Swt.screenshot(dialog.shell(), "about-dialog.png")).isNotEmptyFile();
        dialog.close();
    }

    @Test
    void withoutProblemsTheDialogSaysSo() {
        AboutDialog dialog = new AboutDialog(shell, AboutReport.facts("1.0.0", Map.of(), Optional.empty(), null),
                BUNDLES, List.of());
        assertThat(dialog.problemTable()).isNull();
        dialog.close();
    }

    @Test
    void theCommandOpensOneDialogWithTheCaseAndClosesItWhenDeactivated() {
        Case aCase = (Case) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Case.class},
                (proxy, method, args) -> "folder".equals(method.getName()) ? Path.of("/cases/alpha") : null);
        AboutCommand command = new AboutCommand(plugins(), context(null));
        FakeCommandContext context = new FakeCommandContext(new FakeWorkbench(shell), Optional.of(aCase));

        command.execute(context);
        AboutDialog dialog = command.openDialog().orElseThrow();
        assertThat(dialog.report()).startsWith("Ariadne 0.1.0-SNAPSHOT\n").contains("Case: /cases/alpha\n",
                "Plugin folder: /work/main/plugins\n");
        command.execute(context);
        assertThat(command.openDialog()).containsSame(dialog);

        Thread scr = new Thread(command::deactivate, "scr");
        scr.start();
        Swt.waitUntil("the dialog to close", Duration.ofSeconds(10), dialog::isDisposed);
        assertThat(command.openDialog()).isEmpty();
    }

    @Test
    void theVersionPropertyWinsOverTheBundleVersion() {
        assertThat(new AboutCommand(plugins(), context("2.0.0")).version()).isEqualTo("2.0.0");
        assertThat(new AboutCommand(plugins(), context(" ")).version()).isEqualTo("0.1.0-SNAPSHOT");
    }
}
