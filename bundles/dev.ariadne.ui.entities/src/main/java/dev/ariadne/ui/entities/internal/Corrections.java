package dev.ariadne.ui.entities.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.api.EntityTypeColors;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyst's corrections of entities: asks what to do in a small dialog (on the UI thread), then applies it
 * through {@link EntityService#correct} in a {@link JobService} job, which also puts it on the platform's undo
 * history, and reports the outcome in the status bar or an error box. Also exports and imports the correction
 * ledger. Made by the entity views and commands of this bundle; every method is called on the UI thread and returns
 * at once (the returned stage completes on a worker thread).
 */
final class Corrections {

    private static final Logger LOG = LoggerFactory.getLogger(Corrections.class);

    private final JobService jobs;
    private final EntityServices services;
    private final Workbench workbench;

    Corrections(JobService jobs, EntityServices services, Workbench workbench) {
        this.jobs = jobs;
        this.services = services;
        this.workbench = workbench;
    }

    // ---- dialogs

    /** Asks for a new name and renames the entity. */
    void rename(Case aCase, Entity entity) {
        Prompt prompt = new Prompt(workbench.shell(), "Rename Entity",
                "Rename the " + EntityTypeColors.label(entity.type()).toLowerCase() + " \u201c" + entity.name()
                        + "\u201d in the whole case.", "Rename");
        Text name = field(prompt, "New name:", entity.name());
        String[] answer = {null};
        prompt.valid(() -> !name.getText().isBlank() && !name.getText().strip().equals(entity.name()))
                .onOk(() -> answer[0] = name.getText().strip());
        name.addListener(SWT.Modify, e -> prompt.revalidate());
        if (prompt.open()) {
            apply(aCase, "Rename \u201c" + entity.name() + "\u201d to \u201c" + answer[0] + "\u201d",
                    List.of(new Correction.Rename(entity.name(), entity.type(), answer[0])));
        }
    }

    /** Asks for a new type and retypes the entity. */
    void retype(Case aCase, Entity entity) {
        Prompt prompt = new Prompt(workbench.shell(), "Change Type",
                "Change the type of \u201c" + entity.name() + "\u201d in the whole case.", "Change");
        Combo types = typeCombo(prompt, "New type:", entity.type());
        EntityType[] answer = {null};
        prompt.valid(() -> types.getSelectionIndex() >= 0
                && EntityType.values()[types.getSelectionIndex()] != entity.type())
                .onOk(() -> answer[0] = EntityType.values()[types.getSelectionIndex()]);
        types.addListener(SWT.Selection, e -> prompt.revalidate());
        if (prompt.open()) {
            apply(aCase, "Change \u201c" + entity.name() + "\u201d to " + EntityTypeColors.label(answer[0]),
                    List.of(new Correction.Retype(entity.name(), entity.type(), answer[0])));
        }
    }

    /** Asks which entity survives and merges the others into it. */
    void merge(Case aCase, List<Entity> entities) {
        if (entities.size() < 2) {
            return;
        }
        Set<EntityType> types = new LinkedHashSet<>();
        entities.forEach(e -> types.add(e.type()));
        if (types.size() > 1) {
            inform("Merge Entities", "Only entities of one type can be merged. Change the type of some of them "
                    + "first (" + types.stream().map(EntityTypeColors::label).toList() + ").");
            return;
        }
        Prompt prompt = new Prompt(workbench.shell(), "Merge Entities",
                "Merge " + entities.size() + " entities into one. Keep the name of:", "Merge");
        List<Button> choices = new ArrayList<>();
        for (Entity entity : entities) {
            Button choice = new Button(prompt.body(), SWT.RADIO);
            choice.setText((entity.name() + "  (" + entity.mentions() + " mentions)").replace("&", "&&"));
            choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            choices.add(choice);
        }
        choices.get(0).setSelection(true);
        Entity[] survivor = {null};
        prompt.onOk(() -> {
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i).getSelection()) {
                    survivor[0] = entities.get(i);
                }
            }
        });
        if (prompt.open() && survivor[0] != null) {
            apply(aCase, mergeLabel(survivor[0], entities), List.of(merging(survivor[0], entities)));
        }
    }

    /** The correction merging {@code entities} into {@code survivor}. */
    static Correction.Merge merging(Entity survivor, List<Entity> entities) {
        List<String> others = new ArrayList<>();
        for (Entity entity : entities) {
            if (!entity.id().equals(survivor.id())) {
                others.add(entity.name());
            }
        }
        return new Correction.Merge(survivor.type(), survivor.name(), others);
    }

    private static String mergeLabel(Entity survivor, List<Entity> entities) {
        return "Merge " + (entities.size() - 1) + (entities.size() == 2 ? " entity" : " entities") + " into \u201c"
                + survivor.name() + "\u201d";
    }

    /** Asks which aliases move to a new entity, and its name, and splits. */
    void split(Case aCase, Entity entity) {
        List<String> names = new ArrayList<>(entity.aliases());
        names.remove(entity.name());
        if (names.isEmpty()) {
            inform("Split Entity", "\u201c" + entity.name() + "\u201d has no other names to split off.");
            return;
        }
        Prompt prompt = new Prompt(workbench.shell(), "Split Entity",
                "Move the mentions written as the checked names from \u201c" + entity.name()
                        + "\u201d to a new entity.", "Split");
        List<Button> checks = new ArrayList<>();
        for (String alias : names) {
            Button check = new Button(prompt.body(), SWT.CHECK);
            check.setText(alias.replace("&", "&&"));
            check.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            checks.add(check);
        }
        Text name = field(prompt, "New entity:", names.get(0));
        List<String> moved = new ArrayList<>();
        String[] newName = {null};
        prompt.valid(() -> !name.getText().isBlank() && checks.stream().anyMatch(Button::getSelection))
                .onOk(() -> {
                    for (int i = 0; i < checks.size(); i++) {
                        if (checks.get(i).getSelection()) {
                            moved.add(names.get(i));
                        }
                    }
                    newName[0] = name.getText().strip();
                });
        name.addListener(SWT.Modify, e -> prompt.revalidate());
        checks.forEach(c -> c.addListener(SWT.Selection, e -> {
            if (c.getSelection() && name.getText().isBlank()) {
                name.setText(c.getText().replace("&&", "&"));
            }
            prompt.revalidate();
        }));
        if (prompt.open()) {
            apply(aCase, "Split \u201c" + newName[0] + "\u201d from \u201c" + entity.name() + "\u201d",
                    List.of(new Correction.Split(entity.name(), entity.type(), newName[0], moved)));
        }
    }

    /** Asks for confirmation and deletes the entities as false positives. */
    void delete(Case aCase, List<Entity> entities) {
        if (entities.isEmpty()) {
            return;
        }
        String what = entities.size() == 1 ? "\u201c" + entities.get(0).name() + "\u201d"
                : entities.size() + " entities";
        MessageBox box = new MessageBox(workbench.shell(), SWT.ICON_QUESTION | SWT.YES | SWT.NO);
        box.setText("Delete as False Positive");
        box.setMessage("Delete " + what + " from the case? Its mentions are removed and the name is not extracted "
                + "again. Edit > Undo brings it back.");
        if (box.open() != SWT.YES) {
            return;
        }
        List<Correction> corrections = new ArrayList<>();
        entities.forEach(e -> corrections.add(new Correction.Delete(e.name(), e.type())));
        apply(aCase, "Delete " + what, corrections);
    }

    /** Asks for a file and writes the ledger to it. */
    void exportLedger(Case aCase) {
        FileDialog dialog = new FileDialog(workbench.shell(), SWT.SAVE);
        dialog.setText("Export Corrections");
        dialog.setFilterExtensions(new String[] {"*.json", "*"});
        dialog.setFileName(aCase.name().replaceAll("[^\\p{L}\\p{N}._-]+", "-") + "-corrections.json");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            exportLedger(aCase, Path.of(file));
        }
    }

    /** Writes the ledger to a file in a job. */
    CompletionStage<Void> exportLedger(Case aCase, Path file) {
        return run("Export corrections to " + file.getFileName(), service -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                service.exportLedger(aCase, out);
            }
            return "Corrections exported to " + file;
        });
    }

    /** Asks for a file and applies the corrections it holds. */
    void importLedger(Case aCase) {
        FileDialog dialog = new FileDialog(workbench.shell(), SWT.OPEN);
        dialog.setText("Import Corrections");
        dialog.setFilterExtensions(new String[] {"*.json", "*"});
        String file = dialog.open();
        if (file != null) {
            importLedger(aCase, Path.of(file));
        }
    }

    /** Applies the corrections of a ledger file in a job. */
    CompletionStage<Void> importLedger(Case aCase, Path file) {
        return run("Import corrections from " + file.getFileName(), service -> {
            try (InputStream in = Files.newInputStream(file)) {
                int applied = service.importLedger(aCase, in);
                return applied + (applied == 1 ? " correction" : " corrections") + " applied from " + file;
            }
        });
    }

    // ---- applying

    /**
     * Applies corrections in order in a job; the returned stage completes when they are applied (or failed, after
     * the analyst was told).
     */
    CompletionStage<Void> apply(Case aCase, String label, List<Correction> corrections) {
        return run(label, service -> {
            for (Correction correction : corrections) {
                service.correct(aCase, correction);
            }
            return label;
        });
    }

    /** Work on the entity service that returns what to say when it is done. */
    interface Work {
        String run(EntityService service) throws Exception;
    }

    private CompletionStage<Void> run(String label, Work work) {
        if (!services.hasEntities()) {
            inform(label, EntitiesView.NO_SERVICE);
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        jobs.submit(label, context -> work.run(services.entities()
                .orElseThrow(() -> new IllegalStateException(EntitiesView.NO_SERVICE)))).result().whenComplete((said, error) -> {
            workbench.asyncExec(() -> {
                if (error != null) {
                    Throwable cause = error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    LOG.error("{} failed", label, cause);
                    Shell shell = workbench.shell();
                    if (shell != null && !shell.isDisposed()) {
                        MessageBox box = new MessageBox(shell, SWT.ICON_ERROR | SWT.OK);
                        box.setText(label);
                        box.setMessage(label + " failed: " + (cause.getMessage() == null
                                ? cause.getClass().getSimpleName() : cause.getMessage()));
                        box.open();
                    }
                } else {
                    workbench.setStatus(said);
                }
            });
            done.complete(null);
        });
        return done;
    }

    // ---- widgets

    private void inform(String title, String message) {
        MessageBox box = new MessageBox(workbench.shell(), SWT.ICON_INFORMATION | SWT.OK);
        box.setText(title);
        box.setMessage(message);
        box.open();
    }

    private static Text field(Prompt prompt, String label, String initial) {
        new Label(prompt.body(), SWT.NONE).setText(label);
        Text text = new Text(prompt.body(), SWT.BORDER | SWT.SINGLE);
        text.setText(initial == null ? "" : initial);
        text.selectAll();
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 280;
        text.setLayoutData(data);
        return text;
    }

    private static Combo typeCombo(Prompt prompt, String label, EntityType initial) {
        new Label(prompt.body(), SWT.NONE).setText(label);
        Combo combo = new Combo(prompt.body(), SWT.READ_ONLY | SWT.DROP_DOWN);
        for (EntityType type : EntityType.values()) {
            combo.add(EntityTypeColors.label(type));
        }
        combo.select(initial.ordinal());
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return combo;
    }
}
