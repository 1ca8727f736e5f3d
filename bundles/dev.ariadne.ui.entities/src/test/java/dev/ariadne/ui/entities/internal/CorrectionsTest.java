package dev.ariadne.ui.entities.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.ui.testing.FakeCase;
import dev.ariadne.ui.testing.FakeJobService;
import dev.ariadne.ui.testing.FakeWorkbench;
import dev.ariadne.ui.testing.Swt;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corrections as the views apply them, without their dialogs: in a job, through the entity service. */
class CorrectionsTest {

    private final FakeJobService jobs = new FakeJobService();
    private final FakeEntities entities = new FakeEntities();
    private final FakeCase aCase = new FakeCase("case-1", "Border talks");
    private final EntityServices services = new EntityServices();
    private Shell shell;
    private FakeWorkbench workbench;
    private Corrections corrections;

    private static Entity entity(String id, String name, int mentions) {
        return new Entity(id, name, EntityType.PERSON, List.of(), mentions, 1, Optional.empty(), Optional.empty());
    }

    @BeforeEach
    void open() {
        shell = Swt.shell(400, 300);
        workbench = new FakeWorkbench(shell);
        services.entities = entities;
        corrections = new Corrections(jobs, services, workbench);
    }

    @AfterEach
    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
        jobs.close();
    }

    @Test
    void aMergeKeepsTheChosenEntityAndNamesTheOthers() {
        Entity olaf = entity("1", "Olaf Scholz", 5);
        Entity scholz = entity("2", "Scholz", 2);
        Entity os = entity("3", "O. Scholz", 1);
        Correction.Merge merge = Corrections.merging(olaf, List.of(scholz, olaf, os));
        assertThat(merge).isEqualTo(new Correction.Merge(EntityType.PERSON, "Olaf Scholz",
                List.of("Scholz", "O. Scholz")));
    }

    @Test
    void correctionsAreAppliedInOrderInAJobAndReported() throws Exception {
        entities.set(List.of(entity("1", "Scholz", 2), entity("2", "Reuters", 1)));
        corrections.apply(aCase, "Tidy up", List.of(new Correction.Rename("Scholz", EntityType.PERSON,
                "Olaf Scholz"), new Correction.Delete("Reuters", EntityType.PERSON)))
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(entities.corrections).hasSize(2);
        assertThat(entities.all).extracting(Entity::name).containsExactly("Olaf Scholz");
        assertThat(jobs.submitted).containsExactly("Tidy up");
        Swt.waitUntil("the status", Duration.ofSeconds(10), () -> workbench.statuses.contains("Tidy up"));
    }

    @Test
    void theLedgerIsExportedAndImportedThroughFiles(@TempDir Path dir) throws Exception {
        entities.correct(aCase, new Correction.Delete("Reuters", EntityType.ORGANIZATION));
        Path file = dir.resolve("corrections.json");
        corrections.exportLedger(aCase, file).toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(Files.readString(file)).isEqualTo("[1]");
        corrections.importLedger(aCase, file).toCompletableFuture().get(10, TimeUnit.SECONDS);
        Swt.waitUntil("the status", Duration.ofSeconds(10),
                () -> workbench.statuses.stream().anyMatch(s -> s.startsWith("1 correction applied from")));
    }
}
