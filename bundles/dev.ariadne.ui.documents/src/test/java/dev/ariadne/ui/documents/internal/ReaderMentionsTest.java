package dev.ariadne.ui.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.ResolvedMention;
import dev.ariadne.api.selection.Ref;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.api.EntityTypeColors;
import dev.ariadne.ui.testing.FakeCase;
import dev.ariadne.ui.testing.FakeJobService;
import dev.ariadne.ui.testing.FakeWorkbench;
import dev.ariadne.ui.testing.Swt;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Reader's entity mentions on a real SWT display (skipped without one): coloured by type with a legend, a click
 * selects the entity, a mention selected elsewhere opens with its span selected, added mentions go to the entity
 * service, and entity changes recolour the text.
 */
class ReaderMentionsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final FakeJobService jobs = new FakeJobService();
    private final FakeStore store = new FakeStore();
    private final FakeEntities entities = new FakeEntities();
    private final FakeCase aCase = new FakeCase("case-1", "Harbour inquiry");
    private final DocumentServices services = new DocumentServices();
    private Shell shell;
    private FakeWorkbench workbench;
    private FakeWorkbench.Site site;
    private Document report;

    @BeforeEach
    void open() {
        shell = Swt.shell(1000, 620);
        shell.setText("Reader");
        workbench = new FakeWorkbench(shell);
        site = workbench.site(DocumentServices.READER_VIEW);
        services.store = store;
        services.entities = OnDemand.of(entities);
        report = Sample.fill(store);
        String text = Sample.REPORT_TEXT;
        entities.add(report.id(), text, "harbour authority", EntityType.ORGANIZATION, "e-auth", "Harbour Authority");
        entities.add(report.id(), text, "4 March", EntityType.DATE, "e-date", "2024-03-04");
        entities.add(report.id(), text, "customs office", EntityType.ORGANIZATION, "e-customs", "Customs Office");
        shell.open();
    }

    @AfterEach
    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
        jobs.close();
    }

    private ReaderView openOn(String documentId) {
        ReaderView view = new ReaderView(jobs, services);
        view.zone = ZoneOffset.UTC;
        view.createControl(shell, site);
        shell.layout(true, true);
        workbench.currentCase = Optional.of(aCase);
        view.caseChanged(Optional.of(aCase));
        workbench.fire(Selection.of(DocumentServices.DOCUMENTS_VIEW, new Ref(Ref.KIND_DOCUMENT, documentId, "x")));
        Swt.waitUntil("the document", WAIT, () -> view.isShowing(documentId));
        return view;
    }

    private static List<String> legend(ReaderView view) {
        return Arrays.stream(view.legend.getChildren()).map(c -> ((Label) c).getText()).toList();
    }

    @Test
    void mentionsAreColouredByTypeWithALegend() throws Exception {
        ReaderView view = openOn(report.id());
        int at = Sample.REPORT_TEXT.indexOf("harbour authority");
        StyleRange style = view.text.getStyleRangeAtOffset(at + 3);
        assertThat(style).isNotNull();
        assertThat(style.foreground.getRGB()).isEqualTo(view.typeColors.get(EntityType.ORGANIZATION).getRGB());
        assertThat(style.underline).isTrue();
        int date = Sample.REPORT_TEXT.indexOf("4 March");
        assertThat(view.text.getStyleRangeAtOffset(date).foreground.getRGB())
                .isEqualTo(view.typeColors.get(EntityType.DATE).getRGB());
        assertThat(view.text.getStyleRangeAtOffset(date - 2)).as("plain text between mentions").isNull();
        assertThat(view.legend.getVisible()).isTrue();
        assertThat(legend(view)).containsExactly("\u25a0 Organization 2", "\u25a0 Date 1");
        int rgb = EntityTypeColors.color(EntityType.DATE);
        assertThat(view.legend.getChildren()[1].getForeground().getRGB())
                .isEqualTo(new org.eclipse.swt.graphics.RGB(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff));
        Swt.screenshot(shell, "reader-mentions.png");
    }

    @Test
    void searchHighlightsAndMentionsShowTogether() {
        services.setLastQuery(aCase.id(), "authority");
        ReaderView view = openOn(report.id());
        int at = Sample.REPORT_TEXT.indexOf("authority");
        StyleRange style = view.text.getStyleRangeAtOffset(at);
        assertThat(style.background.getRGB()).isEqualTo(view.highlightColor.getRGB());
        assertThat(style.foreground.getRGB()).isEqualTo(view.typeColors.get(EntityType.ORGANIZATION).getRGB());
        view.step(1);
        style = view.text.getStyleRangeAtOffset(at);
        assertThat(style.background.getRGB()).isEqualTo(view.currentColor.getRGB());
        assertThat(style.foreground).as("the current match keeps its mention colour").isNotNull();
        assertThat(view.text.getStyleRangeAtOffset(Sample.REPORT_TEXT.indexOf("harbour authority")).foreground)
                .isNotNull();
    }

    @Test
    void clickingAMentionSelectsItsEntity() {
        ReaderView view = openOn(report.id());
        view.clicked(Sample.REPORT_TEXT.indexOf("customs office") + 2);
        Selection selection = site.lastSelection();
        assertThat(selection.first(Ref.KIND_ENTITY)).contains(new Ref(Ref.KIND_ENTITY, "e-customs",
                "Customs Office"));
        int start = Sample.REPORT_TEXT.indexOf("customs office");
        assertThat(selection.first(Ref.KIND_MENTION).orElseThrow().id())
                .isEqualTo(report.id() + ":" + start + ":" + (start + "customs office".length()));
        assertThat(selection.first(Ref.KIND_DOCUMENT).orElseThrow().id()).isEqualTo(report.id());
        int before = site.selections.size();
        view.clicked(3);
        assertThat(site.selections).as("plain text selects nothing").hasSize(before);
    }

    @Test
    void aMentionSelectedElsewhereOpensItsDocumentWithTheSpanSelected() {
        ReaderView view = openOn(FakeStore.id(11));
        int start = Sample.REPORT_TEXT.indexOf("customs office");
        workbench.fire(Selection.of("dev.ariadne.ui.entities.entity",
                new Ref(Ref.KIND_MENTION, report.id() + ":" + start + ":" + (start + 14), "customs office"),
                new Ref(Ref.KIND_DOCUMENT, report.id(), "Harbour inquiry")));
        Swt.waitUntil("the report", WAIT, () -> view.isShowing(report.id()));
        assertThat(view.text.getSelectionText()).isEqualTo("customs office");

        int date = Sample.REPORT_TEXT.indexOf("4 March");
        workbench.fire(Selection.of("dev.ariadne.ui.entities.entity",
                new Ref(Ref.KIND_MENTION, report.id() + ":" + date + ":" + (date + 7), "4 March")));
        assertThat(view.text.getSelectionText()).as("same document: selected at once").isEqualTo("4 March");
    }

    @Test
    void anAddedMentionGoesToTheServiceAndIsColouredWhenTheEntitiesChange() {
        ReaderView view = openOn(report.id());
        String span = "the minister";
        int start = Sample.REPORT_TEXT.indexOf(span) + 4;
        view.addMention(start, start + 8, "minister", EntityType.PERSON, "The Minister");
        Swt.waitUntil("the correction", WAIT, () -> !entities.corrections.isEmpty());
        Correction.AddMention added = (Correction.AddMention) entities.corrections.get(0);
        assertThat(added.entityName()).isEqualTo("The Minister");
        assertThat(added.mention().documentId()).isEqualTo(report.id());
        assertThat(added.mention().text()).isEqualTo(Sample.REPORT_TEXT.substring(start, start + 8));
        assertThat(added.mention().type()).isEqualTo(EntityType.PERSON);

        services.entitiesChanged(aCase.id());
        Swt.waitUntil("the new mention coloured", WAIT, () -> view.text.getStyleRangeAtOffset(start) != null);
        assertThat(view.text.getStyleRangeAtOffset(start).foreground.getRGB())
                .isEqualTo(view.typeColors.get(EntityType.PERSON).getRGB());
        assertThat(legend(view)).contains("\u25a0 Person 1");
        ResolvedMention at = view.mentionAt(start + 1);
        assertThat(at.entityName()).isEqualTo("The Minister");
    }

    @Test
    void withoutTheEntityServiceThereIsNoLegend() {
        services.entities = null;
        ReaderView view = openOn(report.id());
        assertThat(view.legend.getVisible()).isFalse();
        assertThat(view.text.getStyleRanges()).isEmpty();
    }
}
