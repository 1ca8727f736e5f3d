package dev.ariadne.ui.entities.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.entities.Cooccurrence;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.selection.Ref;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.testing.FakeCase;
import dev.ariadne.ui.testing.FakeJobService;
import dev.ariadne.ui.testing.FakeWorkbench;
import dev.ariadne.ui.testing.Swt;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Entity view (dossier) on a real SWT display (skipped without one): follows the entity selected anywhere, lists
 * its mentions in context, its documents and the entities named with it, and opens a mention in the Reader.
 */
class EntityViewTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String TALKS = "Scholz and Tusk meet in Warsaw\n\nGerman Chancellor Olaf Scholz met Donald "
            + "Tusk in Warsaw on Monday. Scholz said talks on the border would open within two weeks.\n";
    private static final String ROUND = "A second round in Berlin\n\nThe talks moved to Berlin. Reuters reported "
            + "that Olaf Scholz wants an agreement before the summer.\n";

    private final FakeJobService jobs = new FakeJobService();
    private final FakeEntities entities = new FakeEntities();
    private final FakeCase aCase = new FakeCase("case-1", "Border talks");
    private final EntityServices services = new EntityServices();
    private final Entity scholz = new Entity("e-scholz", "Olaf Scholz", EntityType.PERSON, List.of("Scholz"), 3, 2,
            Optional.of(LocalDate.of(2025, 3, 3)), Optional.of(LocalDate.of(2025, 3, 6)));
    private final Entity tusk = new Entity("e-tusk", "Donald Tusk", EntityType.PERSON, List.of(), 1, 1,
            Optional.of(LocalDate.of(2025, 3, 3)), Optional.of(LocalDate.of(2025, 3, 3)));
    private final Entity warsaw = new Entity("e-warsaw", "Warsaw", EntityType.LOCATION, List.of(), 2, 1,
            Optional.empty(), Optional.empty());
    private Shell shell;
    private FakeWorkbench workbench;
    private FakeWorkbench.Site site;

    @BeforeEach
    void open() {
        shell = Swt.shell(700, 620);
        shell.setText("Entity");
        workbench = new FakeWorkbench(shell);
        site = workbench.site(EntityServices.ENTITY_VIEW);
        services.entities = entities;
        services.store = new Store(Map.of("d1", TALKS, "d2", ROUND));
        entities.set(List.of(scholz, tusk, warsaw));
        entities.mention("d1", TALKS, "Scholz", 0, scholz);
        entities.mention("d1", TALKS, "Olaf Scholz", 0, scholz);
        entities.mention("d2", ROUND, "Olaf Scholz", 0, scholz);
        entities.mention("d1", TALKS, "Donald Tusk", 0, tusk);
        entities.mention("d1", TALKS, "Warsaw", 0, warsaw);
        entities.mention("d1", TALKS, "Warsaw", 1, warsaw);
        entities.cooccurring = List.of(new Cooccurrence(tusk, 1), new Cooccurrence(warsaw, 1));
        shell.open();
    }

    @AfterEach
    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
        jobs.close();
    }

    private EntityView openView() {
        EntityView view = new EntityView(jobs, services);
        view.createControl(shell, site);
        shell.layout(true, true);
        workbench.currentCase = Optional.of(aCase);
        view.caseChanged(Optional.of(aCase));
        return view;
    }

    @Test
    void withNothingSelectedTheViewSaysWhatToDo() {
        EntityView view = openView();
        assertThat(view.pages.message()).isEqualTo(EntityView.NOTHING);
        view.caseChanged(Optional.empty());
        assertThat(view.pages.message()).isEqualTo(EntitiesView.NO_CASE);
    }

    @Test
    void theDossierOfTheSelectedEntity() throws Exception {
        EntityView view = openView();
        workbench.fire(Selection.of("elsewhere", new Ref(Ref.KIND_ENTITY, scholz.id(), scholz.name())));
        Swt.waitUntil("the dossier", WAIT, () -> view.isShowing(scholz.id()));

        assertThat(view.name.getText()).isEqualTo("Olaf Scholz");
        assertThat(view.type.getText()).isEqualTo("\u25a0 Person");
        assertThat(view.counts.getText()).isEqualTo("3 mentions in 2 documents \u00b7 2025-03-03 \u2013 2025-03-06");
        assertThat(view.aliases.getText()).isEqualTo("Also written: Scholz");
        assertThat(site.title()).isEqualTo("Olaf Scholz");
        assertThat(view.mentionsTitle.getText()).isEqualTo("Mentions (3)");
        assertThat(view.lines.getItemCount()).isEqualTo(3);
        assertThat(view.lines.getItem(0).getText()).isEmpty();
        assertThat(view.lines.getItem(0).getText(1)).isEqualTo("Scholz");
        assertThat(view.lines.getItem(0).getText(3)).isEqualTo("Scholz and Tusk meet in Warsaw");
        assertThat(view.lines.getItem(1).getText(0)).endsWith("German Chancellor");
        assertThat(view.lines.getItem(2).getText(0)).as("cut at its start to fit").startsWith("\u2026")
                .endsWith("Reuters reported that");
        assertThat(view.lines.getItem(1).getText(1)).isEqualTo("Olaf Scholz");
        assertThat(view.lines.getItem(1).getText(2)).startsWith("met Donald Tusk in Warsaw");
        assertThat(view.lines.getItem(2).getText(3)).isEqualTo("A second round in Berlin");
        assertThat(view.documents.getItemCount()).isEqualTo(2);
        assertThat(view.documents.getItem(0).getText()).isEqualTo("Scholz and Tusk meet in Warsaw");
        assertThat(view.documents.getItem(0).getText(1)).isEqualTo("2");
        assertThat(view.cooccurring.getItem(0).getText()).isEqualTo("Donald Tusk");
        Swt.screenshot(shell, "entity-dossier.png");
    }

    @Test
    void aLineOpensItsMentionInTheReader() {
        EntityView view = openView();
        workbench.fire(Selection.of("elsewhere", new Ref(Ref.KIND_ENTITY, scholz.id(), scholz.name())));
        Swt.waitUntil("the dossier", WAIT, () -> view.isShowing(scholz.id()));
        view.lines.setSelection(1);
        view.lines.notifyListeners(SWT.Selection, new Event());
        assertThat(workbench.shown).containsExactly(EntityServices.READER_VIEW);
        int start = TALKS.indexOf("Olaf Scholz");
        Selection published = site.lastSelection();
        assertThat(published.first(Ref.KIND_MENTION).orElseThrow().id()).isEqualTo("d1:" + start + ":" + (start + 11));
        assertThat(published.first(Ref.KIND_DOCUMENT).orElseThrow().id()).isEqualTo("d1");
        assertThat(published.first(Ref.KIND_ENTITY).orElseThrow().id()).isEqualTo(scholz.id());
    }

    @Test
    void anEntityNamedWithItCanBeFollowed() {
        EntityView view = openView();
        workbench.fire(Selection.of("elsewhere", new Ref(Ref.KIND_ENTITY, scholz.id(), scholz.name())));
        Swt.waitUntil("the dossier", WAIT, () -> view.isShowing(scholz.id()));
        view.cooccurring.setSelection(1);
        view.cooccurring.notifyListeners(SWT.Selection, new Event());
        Swt.waitUntil("the dossier of Warsaw", WAIT, () -> view.isShowing(warsaw.id()));
        assertThat(view.name.getText()).isEqualTo("Warsaw");
        assertThat(view.lines.getItemCount()).isEqualTo(2);
        assertThat(services.lastEntity().orElseThrow().id()).isEqualTo(warsaw.id());
    }

    @Test
    void anEntityMergedAwayIsSaidToBeGone() {
        EntityView view = openView();
        workbench.fire(Selection.of("elsewhere", new Ref(Ref.KIND_ENTITY, tusk.id(), tusk.name())));
        Swt.waitUntil("the dossier", WAIT, () -> view.isShowing(tusk.id()));
        entities.set(List.of(scholz, warsaw));
        services.entitiesChanged(aCase.id());
        Swt.waitUntil("the message", WAIT, () -> EntityView.GONE.equals(view.pages.message())
                && !view.pages.showsContent());
    }

    @Test
    void aViewOpenedLaterShowsTheEntityLastSelected() {
        services.entitySelected(new Ref(Ref.KIND_ENTITY, tusk.id(), tusk.name()));
        EntityView view = openView();
        Swt.waitUntil("the dossier", WAIT, () -> view.isShowing(tusk.id()));
    }

    /** Two documents in memory. */
    private record Store(Map<String, String> texts) implements DocumentStore {
        @Override
        public int count(Case aCase) {
            return texts.size();
        }

        @Override
        public List<Document> list(Case aCase, int offset, int limit) {
            return List.of();
        }

        @Override
        public Optional<Document> get(Case aCase, String documentId) {
            String text = texts.get(documentId);
            return text == null ? Optional.empty() : Optional.of(new Document(documentId, new DocumentMetadata(
                    text.substring(0, text.indexOf('\n')), List.of(), Optional.empty(), Optional.empty(),
                    "text/plain", "en", 0, text.length()), List.of(), Optional.empty(), java.util.Set.of()));
        }

        @Override
        public Optional<DocumentText> text(Case aCase, String documentId) {
            return Optional.ofNullable(texts.get(documentId)).map(t -> new DocumentText(documentId, t, List.of()));
        }

        @Override
        public List<Document> children(Case aCase, String documentId) {
            return List.of();
        }

        @Override
        public void markStage(Case aCase, String documentId, String stage) {
        }
    }
}
