package dev.ariadne.ui.platform.internal.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ariadne.ui.platform.internal.FakeCommandContext;
import dev.ariadne.ui.platform.internal.prefs.TestMetaType.Attribute;
import dev.ariadne.ui.platform.internal.prefs.TestMetaType.Ocd;
import dev.ariadne.ui.testing.FakeWorkbench;
import dev.ariadne.ui.testing.Swt;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.metatype.AttributeDefinition;

class PreferencesDialogTest {

    private Display display;
    private Shell shell;
    private final TestMetaType.Admin admin = new TestMetaType.Admin();
    private final List<PreferencePage> pages = List.of(
            PreferencePages.page("dev.ariadne.jobs", TestMetaType.jobsOcd(), "dev.ariadne.core"),
            PreferencePages.page("dev.ariadne.search", new Ocd("dev.ariadne.search", "Search", "Full-text search.",
                    List.of(Attribute.of("maxHits", "Maximum hits", AttributeDefinition.INTEGER, "100"))),
                    "dev.ariadne.search.lucene"));

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

    private PreferencesDialog dialog() {
        PreferencesDialog dialog = new PreferencesDialog(shell, pages, new ConfigStore(admin.service()));
        dialog.open();
        Swt.drain();
        return dialog;
    }

    @Test
    void showsDefaultsWithTheRightInputsAndCreatesNoConfigurationByLooking() {
        PageForm form = dialog().showPage("dev.ariadne.jobs").orElseThrow();

        assertThat(form.text("workers")).isEqualTo("2");
        assertThat(form.text("verbose")).isEqualTo("false");
        assertThat(form.text("mode")).isEqualTo("fifo");
        assertThat(form.text("skip")).isEqualTo("tmp, bak");
        assertThat(form.input("verbose")).isInstanceOf(Button.class);
        assertThat(((Combo) form.input("mode")).getItems()).containsExactly("First come", "Fair share");
        assertThat(form.isDirty()).isFalse();
        assertThat(admin.stored).isEmpty();
        assertThat(admin.locations).isEmpty();
    }

    @Test
    void showsConfiguredValues() {
        Hashtable<String, Object> configured = new Hashtable<>();
        configured.put("workers", 5);
        configured.put("mode", "fair");
        admin.stored.put("dev.ariadne.jobs", configured);

        PageForm form = dialog().showPage("dev.ariadne.jobs").orElseThrow();

        assertThat(form.text("workers")).isEqualTo("5");
        assertThat(form.text("mode")).isEqualTo("fair");
        assertThat(((Combo) form.input("mode")).getText()).isEqualTo("Fair share");
    }

    @Test
    void screenshot() throws IOException {
        PreferencesDialog dialog = dialog();
        dialog.showPage("dev.ariadne.jobs").orElseThrow().setText("workers", "0");

        assertThat(Swt.screenshot(dialog.shell(), "preferences-dialog.png")).isNotEmptyFile();
        dialog.close();
    }

    @Test
    void anOptionWithoutDefaultMayStayUnsetAndABlankNumberRemovesTheProperty() {
        // Felix SCR declares the default "ERROR" while its options are "4" to "1".
        Attribute level = Attribute.of("ds.loglevel", "Log level", AttributeDefinition.INTEGER, "ERROR")
                .options(new String[] {"1", "2", "3", "4"}, new String[] {"Error", "Warning", "Info", "Debug"});
        Attribute timeout = Attribute.of("timeout", "Timeout", AttributeDefinition.LONG);
        List<PreferencePage> scr = List.of(PreferencePages.page("org.apache.felix.scr.ScrService",
                new Ocd("org.apache.felix.scr.ScrService", "Declarative Services", null, List.of(level, timeout)),
                "org.apache.felix.scr"));
        Hashtable<String, Object> configured = new Hashtable<>();
        configured.put("timeout", 5000L);
        admin.stored.put("org.apache.felix.scr.ScrService", configured);
        PreferencesDialog dialog = new PreferencesDialog(shell, scr, new ConfigStore(admin.service()));
        dialog.open();
        PageForm form = dialog.showPage("org.apache.felix.scr.ScrService").orElseThrow();

        Combo combo = (Combo) form.input("ds.loglevel");
        assertThat(combo.getItems()).containsExactly(PageForm.NOT_SET, "Error", "Warning", "Info", "Debug");
        assertThat(combo.getText()).isEqualTo(PageForm.NOT_SET);
        assertThat(form.isValid()).isTrue();

        form.setText("ds.loglevel", "3");
        form.setText("timeout", "");
        assertThat(dialog.applyCurrent()).isTrue();
        assertThat(admin.stored.get("org.apache.felix.scr.ScrService")).containsEntry("ds.loglevel", 3)
                .doesNotContainKey("timeout");
        dialog.close();
    }

    @Test
    void invalidValuesBlockApplyAndOk() {
        PreferencesDialog dialog = dialog();
        PageForm form = dialog.showPage("dev.ariadne.jobs").orElseThrow();

        form.setText("workers", "0");
        assertThat(form.isValid()).isFalse();
        assertThat(dialog.buttonStates()).containsExactly(false, false);
        assertThat(dialog.message()).isEqualTo("Correct the values marked in red.");
        assertThat(form.firstProblem()).contains("Worker threads: Must be at least 1.");

        form.setText("workers", "many");
        assertThat(form.firstProblem()).get().asString().contains("not a whole number");

        form.setText("workers", "8");
        assertThat(dialog.buttonStates()).containsExactly(true, true);
        assertThat(dialog.message()).isEmpty();
    }

    @Test
    void applyWritesTypedValuesWithTheAnyBundleLocation() {
        PreferencesDialog dialog = dialog();
        PageForm form = dialog.showPage("dev.ariadne.jobs").orElseThrow();
        form.setText("workers", "8");
        form.setText("verbose", "true");
        form.setText("mode", "fair");
        form.setText("skip", "tmp, log\\, old");

        assertThat(dialog.applyCurrent()).isTrue();

        assertThat(admin.locations).containsEntry("dev.ariadne.jobs", "?");
        Hashtable<String, Object> stored = admin.stored.get("dev.ariadne.jobs");
        assertThat(stored.get("workers")).isEqualTo(8);
        assertThat(stored.get("keepFinished")).isEqualTo(50);
        assertThat(stored.get("verbose")).isEqualTo(true);
        assertThat(stored.get("mode")).isEqualTo("fair");
        assertThat((String[]) stored.get("skip")).containsExactly("tmp", "log, old");
        assertThat(form.isDirty()).isFalse();
        assertThat(dialog.buttonStates()).containsExactly(false, true);
        assertThat(dialog.message()).isEqualTo("Saved \u201cJobs\u201d.");
    }

    @Test
    void restoreDefaultsThenOkSavesEveryChangedPageAndCloses() {
        Hashtable<String, Object> configured = new Hashtable<>();
        configured.put("workers", 5);
        admin.stored.put("dev.ariadne.jobs", configured);
        PreferencesDialog dialog = dialog();
        dialog.showPage("dev.ariadne.search").orElseThrow().setText("maxHits", "250");
        PageForm jobs = dialog.showPage("dev.ariadne.jobs").orElseThrow();

        dialog.restoreDefaults();
        assertThat(jobs.text("workers")).isEqualTo("2");
        dialog.okPressed();

        assertThat(dialog.isDisposed()).isTrue();
        assertThat(admin.stored.get("dev.ariadne.jobs").get("workers")).isEqualTo(2);
        assertThat(admin.stored.get("dev.ariadne.search").get("maxHits")).isEqualTo(250);
    }

    @Test
    void okStaysOpenOnAnInvalidPageOrAFailedSave() {
        PreferencesDialog dialog = dialog();
        dialog.showPage("dev.ariadne.search").orElseThrow().setText("maxHits", "lots");
        dialog.showPage("dev.ariadne.jobs");
        dialog.okPressed();
        assertThat(dialog.isDisposed()).isFalse();
        assertThat(dialog.message()).contains("Maximum hits:", "not a whole number");

        dialog.showPage("dev.ariadne.search").orElseThrow().setText("maxHits", "10");
        admin.failUpdates = true;
        dialog.okPressed();
        assertThat(dialog.isDisposed()).isFalse();
        assertThat(dialog.message()).isEqualTo("Could not save \u201cSearch\u201d: read-only file system");
        dialog.close();
    }

    @Test
    void theCommandFindsTheJobsPageThroughMetatype() {
        Bundle core = TestMetaType.bundle(3, "dev.ariadne.core", Bundle.ACTIVE);
        BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getBundles" -> new Bundle[] {core};
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        PreferencesCommand command = new PreferencesCommand(
                TestMetaType.metaType(Map.of(3L, List.of(TestMetaType.jobsOcd()))), admin.service(), context);
        FakeCommandContext commandContext = new FakeCommandContext(new FakeWorkbench(shell), Optional.empty());

        command.execute(commandContext);
        PreferencesDialog dialog = command.openDialog().orElseThrow();
        assertThat(dialog.showPage("dev.ariadne.jobs")).isPresent();
        command.execute(commandContext);
        assertThat(command.openDialog()).containsSame(dialog);

        Thread scr = new Thread(command::deactivate, "scr");
        scr.start();
        Swt.waitUntil("the dialog to close", Duration.ofSeconds(10), dialog::isDisposed);
    }
}
