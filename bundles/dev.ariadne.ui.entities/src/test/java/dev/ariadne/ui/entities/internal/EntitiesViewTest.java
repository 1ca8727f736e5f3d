package dev.ariadne.ui.entities.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.selection.Ref;
import dev.ariadne.ui.entities.internal.model.EntityOrder;
import dev.ariadne.ui.testing.FakeCase;
import dev.ariadne.ui.testing.FakeJobService;
import dev.ariadne.ui.testing.FakeWorkbench;
import dev.ariadne.ui.testing.Swt;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Entities view on a real SWT display (skipped without one) over an in-memory entity service of 100,000
 * entities: pages only what it shows, filters, sorts, publishes its selection and follows corrections.
 */
class EntitiesViewTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int MANY = 100_000;

    private final FakeJobService jobs = new FakeJobService();
    private final FakeEntities entities = new FakeEntities();
    private final FakeCase aCase = new FakeCase("case-1", "Border talks");
    private final EntityServices services = new EntityServices();
    private Shell shell;
    private FakeWorkbench workbench;
    private FakeWorkbench.Site site;

    @BeforeEach
    void open() {
        shell = Swt.shell(900, 600);
        shell.setText("Entities");
        workbench = new FakeWorkbench(shell);
        site = workbench.site(EntityServices.ENTITIES_VIEW);
        shell.open();
    }

    @AfterEach
    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
        jobs.close();
    }

    private EntitiesView openView() {
        EntitiesView view = new EntitiesView(jobs, services);
        view.createControl(shell, site);
        shell.setSize(380, 600); // narrow, as docked beside the reader: the messages wrap
        shell.layout(true, true);
        workbench.currentCase = Optional.of(aCase);
        view.caseChanged(Optional.of(aCase));
        return view;
    }

    private static String name(EntitiesView view, int row) {
        return view.table.getItem(row).getText(0);
    }

    private static void waitForRow(EntitiesView view, int row, String name) {
        Swt.waitUntil("row " + row + " to read " + name, WAIT,
                () -> view.isSettled() && view.table.getItemCount() > row && name.equals(name(view, row)));
    }

    @Test
    void withoutACaseOrTheEntityServiceTheViewSaysWhatIsMissing() {
        EntitiesView view = new EntitiesView(jobs, services);
        view.createControl(shell, site);
        shell.setSize(380, 600); // narrow, as docked beside the reader: the messages wrap
        shell.layout(true, true);
        view.caseChanged(Optional.empty());
        assertThat(view.pages.message()).isEqualTo(EntitiesView.NO_CASE);
        view.caseChanged(Optional.of(aCase));
        assertThat(view.pages.message()).isEqualTo(EntitiesView.NO_SERVICE);
        assertThat(view.pages.showsContent()).isFalse();
        Point shown = view.pages.messageLabel().getSize();
        assertThat(shown.x).isPositive();
        assertThat(shown.y).as("the label is as tall as its wrapped text")
                .isGreaterThanOrEqualTo(view.pages.messageLabel().computeSize(shown.x, SWT.DEFAULT).y);

        services.entities = entities; // the extraction bundle starts
        entities.set(FakeEntities.many(3));
        view.refresh();
        waitForRow(view, 0, "Entity 000001");
        assertThat(view.pages.showsContent()).isTrue();
        assertThat(view.status.getText()).isEqualTo("3 entities");
    }

    @Test
    void aHundredThousandEntitiesArePagedAsTheyAreShown() throws Exception {
        services.entities = entities;
        entities.set(FakeEntities.many(MANY));
        long begin = System.nanoTime();
        EntitiesView view = openView();
        waitForRow(view, 0, "Entity 000001");
        long firstRows = (System.nanoTime() - begin) / 1_000_000;
        assertThat(view.table.getItemCount()).isEqualTo(MANY);
        assertThat(view.status.getText()).isEqualTo("100,000 entities");
        assertThat(view.table.getItem(0).getText(1)).isEqualTo("\u25a0 Organization");
        assertThat(view.table.getItem(0).getText(2)).isEqualTo("100,000");
        Swt.screenshot(shell, "entities.png");

        long scroll = System.nanoTime();
        view.table.setTopIndex(60_000);
        waitForRow(view, 60_000, "Entity 060001");
        view.table.setTopIndex(MANY - 1);
        waitForRow(view, MANY - 1, "Entity 100000");
        long scrolled = (System.nanoTime() - scroll) / 1_000_000;
        assertThat(entities.listedRows.get()).as("rows read from the service").isLessThan(10 * 250);
        System.out.printf("Entities view, %,d entities: first rows after %d ms, two long jumps in %d ms, %,d rows "
                + "read in %d calls%n", MANY, firstRows, scrolled, entities.listedRows.get(), entities.listCalls.get());
    }

    @Test
    void sortingByANameReadsEveryEntityOnceAndSortsThem() {
        services.entities = entities;
        entities.set(FakeEntities.many(MANY));
        EntitiesView view = openView();
        waitForRow(view, 0, "Entity 000001");

        long begin = System.nanoTime();
        view.table.getColumn(EntityOrder.Column.NAME.ordinal()).notifyListeners(SWT.Selection, new Event());
        view.table.getColumn(EntityOrder.Column.NAME.ordinal()).notifyListeners(SWT.Selection, new Event());
        assertThat(view.order).isEqualTo(new EntityOrder(EntityOrder.Column.NAME, true));
        waitForRow(view, 0, "Entity 100000");
        long sorted = (System.nanoTime() - begin) / 1_000_000;
        assertThat(view.table.getSortDirection()).isEqualTo(SWT.DOWN);
        assertThat(view.table.getSortColumn().getText()).isEqualTo("Name");
        System.out.printf("Entities view, %,d entities sorted by name in %d ms%n", MANY, sorted);

        // fewest mentions first pages the service's list backwards
        view.table.getColumn(EntityOrder.Column.MENTIONS.ordinal()).notifyListeners(SWT.Selection, new Event());
        view.table.getColumn(EntityOrder.Column.MENTIONS.ordinal()).notifyListeners(SWT.Selection, new Event());
        assertThat(view.order.reversed()).isTrue();
        waitForRow(view, 0, "Entity 100000");
        assertThat(view.table.getItem(0).getText(2)).isEqualTo("1");
    }

    @Test
    void typeAndTextNarrowTheList() {
        services.entities = entities;
        entities.set(FakeEntities.many(1000));
        EntitiesView view = openView();
        waitForRow(view, 0, "Entity 000001");

        view.typeFilter.select(view.typeFilter.indexOf("Location"));
        view.typeFilter.notifyListeners(SWT.Selection, new Event());
        Swt.waitUntil("the locations", WAIT, () -> view.isSettled() && view.table.getItemCount() == 200);
        waitForRow(view, 0, "Entity 000002");

        view.typeFilter.select(0);
        view.typeFilter.notifyListeners(SWT.Selection, new Event());
        view.textFilter.setText("00099");
        Swt.waitUntil("the filtered list", WAIT, () -> view.isSettled() && view.table.getItemCount() == 11);
        waitForRow(view, 0, "Entity 000099");
        assertThat(name(view, 1)).isEqualTo("Entity 000990");
        assertThat(name(view, 10)).isEqualTo("Entity 000999");
    }

    @Test
    void selectingRowsPublishesTheirEntities() {
        services.entities = entities;
        entities.set(FakeEntities.many(10));
        EntitiesView view = openView();
        waitForRow(view, 2, "Entity 000003");
        view.table.setSelection(new int[] {0, 2});
        view.table.notifyListeners(SWT.Selection, new Event());
        assertThat(site.lastSelection().items()).containsExactly(new Ref(Ref.KIND_ENTITY, "e1", "Entity 000001"),
                new Ref(Ref.KIND_ENTITY, "e3", "Entity 000003"));
        assertThat(site.lastSelection().source()).isEqualTo(EntityServices.ENTITIES_VIEW);
        assertThat(services.lastEntity()).contains(new Ref(Ref.KIND_ENTITY, "e1", "Entity 000001"));
        view.table.notifyListeners(SWT.DefaultSelection, new Event());
        assertThat(workbench.shown).containsExactly(EntityServices.ENTITY_VIEW);
    }

    @Test
    void aCorrectionGoesToTheServiceAndTheTableFollowsTheChange() {
        services.entities = entities;
        entities.set(FakeEntities.many(10));
        EntitiesView view = openView();
        waitForRow(view, 0, "Entity 000001");
        Entity first = entities.all.get(0);
        view.table.setSelection(0);

        view.corrections.apply(aCase, "Rename", List.of(new Correction.Rename(first.name(), first.type(),
                "Olaf Scholz"))).toCompletableFuture();
        Swt.waitUntil("the rename", WAIT, () -> !entities.corrections.isEmpty());
        services.entitiesChanged("another-case");
        services.entitiesChanged(aCase.id());
        services.entitiesChanged(aCase.id());
        waitForRow(view, 0, "Olaf Scholz");
        assertThat(view.table.getSelectionIndex()).as("the selection is kept").isZero();
        Swt.waitUntil("the status", WAIT, () -> workbench.statuses.contains("Rename"));
        assertThat(jobs.submitted.stream().filter("Read entities"::equals).count())
                .as("entity events are debounced").isLessThanOrEqualTo(3);

        // a correction that fails is reported, not swallowed
        services.entities = null;
        services.entityObjects = null;
        assertThat(services.hasEntities()).isFalse();
    }

    @Test
    void closingTheViewReleasesItsColoursAndListeners() {
        services.entities = entities;
        entities.set(FakeEntities.many(10));
        EntitiesView view = openView();
        waitForRow(view, 0, "Entity 000001");
        shell.dispose();
        assertThat(view.released).isTrue();
        assertThat(view.styles.color(dev.ariadne.api.entities.EntityType.PERSON).isDisposed()).isTrue();
        services.entitiesChanged(aCase.id()); // nobody left to tell: no exception
    }
}
