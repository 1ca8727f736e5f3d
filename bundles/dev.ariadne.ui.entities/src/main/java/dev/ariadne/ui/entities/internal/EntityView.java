package dev.ariadne.ui.entities.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.entities.Cooccurrence;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.ResolvedMention;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.selection.Ref;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.api.ViewPages;
import dev.ariadne.ui.api.ViewProperties;
import dev.ariadne.ui.api.ViewSite;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.api.WorkbenchView;
import dev.ariadne.ui.entities.internal.model.Kwic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Entity view, a dossier of the entity last selected in any view ({@link Ref#KIND_ENTITY}): its name, type,
 * aliases, counts and dates; every mention as a keyword-in-context line (click one to read it in the Reader: the
 * view publishes a {@link Ref#KIND_MENTION} {@code documentId:start:end} with its document and opens the Reader); the
 * documents naming it (click to read); the entities named in the same documents (click to follow).
 *
 * <p>A prototype-scope {@link WorkbenchView} service: one instance per opened view, every method called on the UI
 * thread. The entity, its mentions, the texts around them and the co-occurring entities are read in one
 * {@link JobService} job ({@link #read}); the result comes back through {@link Workbench#asyncExec}. Read again when
 * the case's entities change.
 */
@Component(service = WorkbenchView.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = EntityServices.ENTITY_VIEW, label = "Entity", area = ViewProperties.RIGHT, order = 41)
public class EntityView implements WorkbenchView {

    private static final Logger LOG = LoggerFactory.getLogger(EntityView.class);

    /** What the view says when it shows nothing. */
    static final String NOTHING = "Select an entity in the Entities view or the Reader to see its dossier here.";
    /** What the view says when the entity shown went away. */
    static final String GONE = "This entity is no longer in the case (merged or deleted).";
    /** The tab's title without an entity. */
    static final String TITLE = "Entity";
    /** The most keyword-in-context lines listed. */
    static final int MAX_LINES = 2000;
    /** Characters of context on each side of a mention. */
    static final int CONTEXT = 60;
    /** Co-occurring entities listed. */
    static final int MAX_COOCCURRING = 30;

    final JobService jobs;
    final EntityServices services;

    // widgets, UI thread only
    Display display;
    ViewSite site;
    Workbench workbench;
    Composite root;
    ViewPages pages;
    Composite mainPage;
    Label name;
    Label type;
    Label counts;
    Label aliases;
    Label mentionsTitle;
    Table lines;
    Table documents;
    Table cooccurring;
    Font boldFont;
    TypeStyles styles;

    // state, UI thread only
    Case aCase;
    int generation;
    String entityId;
    Dossier shown;
    boolean loading;
    boolean released;
    AutoCloseable selectionListener;
    AutoCloseable servicesListener;

    /**
     * One keyword-in-context line.
     *
     * @param documentId the document
     * @param title its title
     * @param start the mention's start
     * @param end its end
     * @param line the line
     */
    record Line(String documentId, String title, int start, int end, Kwic.Line line) {
    }

    /**
     * A document naming the entity.
     *
     * @param documentId the document
     * @param title its title
     * @param mentions how often it names the entity
     */
    record DocumentRow(String documentId, String title, int mentions) {
    }

    /**
     * What the view shows of one entity.
     *
     * @param entity the entity
     * @param lines its mentions in context, at most {@link #MAX_LINES}
     * @param mentions the number of its mentions
     * @param documents the documents naming it, most mentions first
     * @param cooccurring the entities named in the same documents
     */
    record Dossier(Entity entity, List<Line> lines, int mentions, List<DocumentRow> documents,
            List<Cooccurrence> cooccurring) {
    }

    /**
     * Made by DS for each opened view.
     *
     * @param jobs runs the reads of the case
     * @param services the entity services and events of this bundle
     */
    @Activate
    public EntityView(@Reference JobService jobs, @Reference EntityServices services) {
        this.jobs = jobs;
        this.services = services;
    }

    @Override
    public void createControl(Composite parent, ViewSite viewSite) {
        site = viewSite;
        workbench = viewSite.workbench();
        display = parent.getDisplay();
        styles = new TypeStyles(display);
        pages = new ViewPages(parent, 280);
        root = pages.root();
        createMainPage();
        pages.setContent(mainPage);
        pages.showMessage(EntitiesView.NO_CASE);
        selectionListener = workbench.onSelection(this::selectionChanged);
        servicesListener = services.listen(new EntityServices.Listener() {
            @Override
            public void servicesChanged() {
                workbench.asyncExec(EntityView.this::reload);
            }

            @Override
            public void entitiesChanged(String caseId) {
                workbench.asyncExec(() -> {
                    if (!released && aCase != null && aCase.id().equals(caseId)) {
                        reload();
                    }
                });
            }
        });
        root.addListener(SWT.Dispose, e -> release());
    }

    private void createMainPage() {
        mainPage = new Composite(root, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 8;
        layout.marginHeight = 6;
        layout.verticalSpacing = 3;
        mainPage.setLayout(layout);

        name = new Label(mainPage, SWT.NONE);
        ViewPages.derivedFont(name, SWT.BOLD, 3);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        type = new Label(mainPage, SWT.RIGHT);
        type.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
        FontData[] bold = type.getFont().getFontData();
        for (FontData each : bold) {
            each.setStyle(SWT.BOLD);
        }
        boldFont = new Font(display, bold);
        type.setFont(boldFont);

        counts = new Label(mainPage, SWT.WRAP);
        GridData countsData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        countsData.widthHint = 200;
        counts.setLayoutData(countsData);
        aliases = new Label(mainPage, SWT.WRAP);
        aliases.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
        GridData aliasData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        aliasData.widthHint = 200;
        aliases.setLayoutData(aliasData);

        SashForm split = new SashForm(mainPage, SWT.VERTICAL | SWT.SMOOTH);
        GridData splitData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        splitData.verticalIndent = 4;
        split.setLayoutData(splitData);

        Composite top = section(split);
        mentionsTitle = heading(top, "Mentions");
        lines = new Table(top, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        lines.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        lines.setHeaderVisible(true);
        column(lines, "Before", 120, SWT.RIGHT);
        column(lines, "Mention", 90, SWT.CENTER);
        column(lines, "After", 120, SWT.LEFT);
        column(lines, "Document", 160, SWT.LEFT);
        lines.setToolTipText("Click a line to read it in the Reader");
        lines.addListener(SWT.Resize, e -> fitLines());
        lines.addListener(SWT.Selection, e -> openLine(lines.getSelectionIndex()));
        lines.addListener(SWT.DefaultSelection, e -> openLine(lines.getSelectionIndex()));

        SashForm bottom = new SashForm(split, SWT.HORIZONTAL | SWT.SMOOTH);
        Composite left = section(bottom);
        heading(left, "Documents");
        documents = new Table(left, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        documents.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        documents.setHeaderVisible(true);
        column(documents, "Title", 220, SWT.LEFT);
        column(documents, "Mentions", 70, SWT.RIGHT);
        documents.addListener(SWT.Selection, e -> openDocument(documents.getSelectionIndex()));
        Composite right = section(bottom);
        heading(right, "Named with");
        cooccurring = new Table(right, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        cooccurring.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        cooccurring.setHeaderVisible(true);
        column(cooccurring, "Entity", 180, SWT.LEFT);
        column(cooccurring, "Type", 100, SWT.LEFT);
        column(cooccurring, "Documents", 75, SWT.RIGHT);
        cooccurring.setToolTipText("Click an entity to see its dossier");
        cooccurring.addListener(SWT.Selection, e -> followCooccurring(cooccurring.getSelectionIndex()));
        bottom.setWeights(55, 45);
        split.setWeights(60, 40);
    }

    private static Composite section(Composite parent) {
        Composite section = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 2;
        layout.verticalSpacing = 2;
        section.setLayout(layout);
        return section;
    }

    private Label heading(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        label.setFont(boldFont);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return label;
    }

    private static void column(Table table, String label, int width, int align) {
        TableColumn column = new TableColumn(table, align);
        column.setText(label);
        column.setWidth(width);
    }

    @Override
    public void caseChanged(Optional<Case> current) {
        Case next = current.orElse(null);
        if (released || next == aCase) {
            return;
        }
        aCase = next;
        generation++;
        entityId = null;
        shown = null;
        site.setTitle(TITLE);
        if (aCase == null) {
            pages.showMessage(EntitiesView.NO_CASE);
            return;
        }
        Optional<Ref> selected = workbench.selection().first(Ref.KIND_ENTITY).or(services::lastEntity);
        if (selected.isPresent()) {
            show(selected.get().id());
        } else {
            pages.showMessage(services.hasEntities() ? NOTHING : EntitiesView.NO_SERVICE);
        }
    }

    @Override
    public void setFocus() {
        if (!released) {
            pages.setFocus(lines);
        }
    }

    @Override
    public void dispose() {
        release();
    }

    void release() {
        if (released) {
            return;
        }
        released = true;
        generation++;
        for (AutoCloseable listener : new AutoCloseable[] {selectionListener, servicesListener}) {
            if (listener == null) {
                continue;
            }
            try {
                listener.close();
            } catch (Exception e) {
                LOG.warn("Could not stop a listener of the Entity view", e);
            }
        }
        if (boldFont != null) {
            boldFont.dispose();
        }
        if (styles != null) {
            styles.dispose();
        }
    }

    // ---- what to show

    private void selectionChanged(Selection selection) {
        if (released || aCase == null) {
            return;
        }
        Optional<Ref> ref = selection.first(Ref.KIND_ENTITY);
        if (ref.isPresent() && !ref.get().id().equals(entityId)) {
            show(ref.get().id());
        }
    }

    private void reload() {
        if (released || aCase == null) {
            return;
        }
        if (entityId != null) {
            show(entityId);
        } else if (!pages.showsContent()) {
            pages.showMessage(services.hasEntities() ? NOTHING : EntitiesView.NO_SERVICE);
        }
    }

    /** Reads and shows the dossier of an entity. */
    void show(String id) {
        if (released || aCase == null) {
            return;
        }
        if (!services.hasEntities()) {
            pages.showMessage(EntitiesView.NO_SERVICE);
            return;
        }
        int expected = ++generation;
        entityId = id;
        loading = true;
        Case read = aCase;
        Optional<DocumentStore> store = services.store();
        try {
            jobs.submit("Read entity dossier", context -> read(services.entities().orElseThrow(
                    () -> new IllegalStateException(EntitiesView.NO_SERVICE)), store.orElse(null), read, id))
                    .result()
                    .whenComplete((dossier, error) -> workbench.asyncExec(() -> {
                        if (released || expected != generation) {
                            return;
                        }
                        loading = false;
                        if (error != null) {
                            Throwable cause = error instanceof CompletionException && error.getCause() != null
                                    ? error.getCause() : error;
                            LOG.error("Could not read entity {}", id, cause);
                            pages.showMessage("The entity could not be read: " + cause.getMessage());
                        } else if (dossier.isEmpty()) {
                            shown = null;
                            site.setTitle(TITLE);
                            pages.showMessage(GONE);
                        } else {
                            loaded(dossier.get());
                        }
                    }));
        } catch (RuntimeException e) {
            loading = false;
            LOG.error("Could not start reading entity {}", id, e);
            pages.showMessage("The entity could not be read: " + e.getMessage());
        }
    }

    /** Reads an entity's dossier; on a job thread. Empty when there is no such entity. */
    static Optional<Dossier> read(EntityService service, DocumentStore store, Case aCase, String id) {
        Optional<Entity> found = service.entity(aCase, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Entity entity = found.get();
        List<ResolvedMention> mentions = service.mentionsOf(aCase, id);
        Map<String, String> texts = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        Map<String, Integer> perDocument = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        for (ResolvedMention resolved : mentions) {
            String documentId = resolved.mention().documentId();
            perDocument.merge(documentId, 1, Integer::sum);
            if (lines.size() >= MAX_LINES) {
                continue;
            }
            String title = titles.computeIfAbsent(documentId, d -> title(store, aCase, d));
            String text = texts.computeIfAbsent(documentId, d -> store == null ? ""
                    : store.text(aCase, d).map(DocumentText::text).orElse(""));
            int start = resolved.mention().start();
            int end = resolved.mention().end();
            Kwic.Line line = end <= text.length() ? Kwic.line(text, start, end, CONTEXT)
                    : new Kwic.Line("", resolved.mention().text(), "");
            lines.add(new Line(documentId, title, start, end, line));
        }
        List<DocumentRow> documents = new ArrayList<>();
        for (Map.Entry<String, Integer> each : perDocument.entrySet()) {
            String title = titles.computeIfAbsent(each.getKey(), d -> title(store, aCase, d));
            documents.add(new DocumentRow(each.getKey(), title, each.getValue()));
        }
        documents.sort((a, b) -> b.mentions() != a.mentions() ? Integer.compare(b.mentions(), a.mentions())
                : a.title().compareToIgnoreCase(b.title()));
        List<Cooccurrence> with = service.cooccurring(aCase, id, MAX_COOCCURRING);
        return Optional.of(new Dossier(entity, lines, mentions.size(), documents, with));
    }

    private static String title(DocumentStore store, Case aCase, String documentId) {
        if (store == null) {
            return documentId.substring(0, Math.min(12, documentId.length()));
        }
        return store.get(aCase, documentId).map(Document::metadata).map(m -> m.title())
                .filter(t -> t != null && !t.isBlank()).orElse("(untitled)");
    }

    private void loaded(Dossier dossier) {
        shown = dossier;
        Entity entity = dossier.entity();
        name.setText(entity.name().replace("&", "&&"));
        name.setToolTipText(entity.name());
        type.setText(TypeStyles.tag(entity.type()));
        type.setForeground(styles.color(entity.type()));
        counts.setText(countsText(entity));
        List<String> others = entity.aliases().stream().filter(a -> !a.equals(entity.name())).toList();
        aliases.setText(others.isEmpty() ? "No other names." : ("Also written: " + String.join(", ", others))
                .replace("&", "&&"));
        site.setTitle(shorten(entity.name(), 30));

        mentionsTitle.setText(dossier.lines().size() < dossier.mentions()
                ? "Mentions (first " + EntitiesView.format(dossier.lines().size()) + " of "
                        + EntitiesView.format(dossier.mentions()) + ")"
                : "Mentions (" + EntitiesView.format(dossier.mentions()) + ")");
        lines.setRedraw(false);
        lines.removeAll();
        for (Line line : dossier.lines()) {
            TableItem item = new TableItem(lines, SWT.NONE);
            item.setText(new String[] {line.line().left(), line.line().keyword(), line.line().right(),
                    line.title()});
            item.setFont(1, boldFont);
            item.setForeground(1, styles.color(entity.type()));
            item.setForeground(3, display.getSystemColor(SWT.COLOR_DARK_GRAY));
        }
        fitLines();
        lines.setRedraw(true);

        documents.removeAll();
        for (DocumentRow row : dossier.documents()) {
            TableItem item = new TableItem(documents, SWT.NONE);
            item.setText(new String[] {row.title(), EntitiesView.format(row.mentions())});
        }
        cooccurring.removeAll();
        for (Cooccurrence with : dossier.cooccurring()) {
            TableItem item = new TableItem(cooccurring, SWT.NONE);
            item.setText(new String[] {with.entity().name(), TypeStyles.tag(with.entity().type()),
                    EntitiesView.format(with.documents())});
            item.setForeground(1, styles.color(with.entity().type()));
        }
        if (pages.showsContent()) {
            root.layout(true, true); // new content on the page already shown
        } else {
            pages.showContent();
        }
    }

    /**
     * Sizes the concordance to the table: the mention column as wide as its longest mention (at most half), the
     * contexts sharing the rest, so the mentions line up in the middle; the document column comes after.
     */
    private void fitLines() {
        int width = lines.getClientArea().width;
        if (width <= 0) {
            return;
        }
        GC gc = new GC(lines);
        int widest = gc.textExtent("Mention").x;
        try {
            gc.setFont(boldFont);
            for (TableItem item : lines.getItems()) {
                widest = Math.max(widest, gc.textExtent(item.getText(1)).x);
            }
        } finally {
            gc.dispose();
        }
        int mention = Math.min(widest + 16, Math.max(60, width / 2));
        int side = Math.max(60, (width - mention) / 2);
        lines.getColumn(0).setWidth(side);
        lines.getColumn(1).setWidth(mention);
        lines.getColumn(2).setWidth(side);
        if (shown == null) {
            return;
        }
        // a cell is cut at its end: cut the text before a mention at its start instead, so the words next to the
        // mention stay in sight
        GC measure = new GC(lines);
        try {
            TableItem[] items = lines.getItems();
            for (int i = 0; i < items.length && i < shown.lines().size(); i++) {
                items[i].setText(0, tail(measure, shown.lines().get(i).line().left(), side - 14));
            }
        } finally {
            measure.dispose();
        }
    }

    /** The end of {@code text} that fits in {@code width} pixels, with a cut mark before it when cut. */
    static String tail(GC gc, String text, int width) {
        if (text.isEmpty() || gc.textExtent(text).x <= width) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (gc.textExtent(Kwic.CUT + text.substring(mid)).x <= width) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (lo < text.length() && Character.isLowSurrogate(text.charAt(lo))) {
            lo++;
        }
        return Kwic.CUT + text.substring(lo).stripLeading();
    }

    static String countsText(Entity entity) {
        StringBuilder text = new StringBuilder();
        text.append(entity.mentions() == 1 ? "1 mention" : EntitiesView.format(entity.mentions()) + " mentions");
        text.append(" in ").append(entity.documents() == 1 ? "1 document"
                : EntitiesView.format(entity.documents()) + " documents");
        Optional<LocalDate> first = entity.firstDate();
        Optional<LocalDate> last = entity.lastDate();
        if (first.isPresent() && last.isPresent() && !first.equals(last)) {
            text.append(" \u00b7 ").append(first.get()).append(" \u2013 ").append(last.get());
        } else if (first.or(() -> last).isPresent()) {
            text.append(" \u00b7 ").append(first.or(() -> last).get());
        }
        return text.toString();
    }

    // ---- clicks

    private void openLine(int index) {
        if (shown == null || index < 0 || index >= shown.lines().size()) {
            return;
        }
        Line line = shown.lines().get(index);
        Entity entity = shown.entity();
        workbench.showView(EntityServices.READER_VIEW);
        site.setSelection(Selection.of(EntityServices.ENTITY_VIEW,
                new Ref(Ref.KIND_MENTION, line.documentId() + ":" + line.start() + ":" + line.end(),
                        line.line().keyword()),
                new Ref(Ref.KIND_DOCUMENT, line.documentId(), line.title()),
                new Ref(Ref.KIND_ENTITY, entity.id(), entity.name())));
    }

    private void openDocument(int index) {
        if (shown == null || index < 0 || index >= shown.documents().size()) {
            return;
        }
        DocumentRow row = shown.documents().get(index);
        Entity entity = shown.entity();
        workbench.showView(EntityServices.READER_VIEW);
        site.setSelection(Selection.of(EntityServices.ENTITY_VIEW,
                new Ref(Ref.KIND_DOCUMENT, row.documentId(), row.title()),
                new Ref(Ref.KIND_ENTITY, entity.id(), entity.name())));
    }

    private void followCooccurring(int index) {
        if (shown == null || index < 0 || index >= shown.cooccurring().size()) {
            return;
        }
        Entity other = shown.cooccurring().get(index).entity();
        services.entitySelected(new Ref(Ref.KIND_ENTITY, other.id(), other.name()));
        site.setSelection(Selection.of(EntityServices.ENTITY_VIEW, new Ref(Ref.KIND_ENTITY, other.id(),
                other.name())));
        show(other.id());
    }

    // ---- helpers

    private static String shorten(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "\u2026";
    }

    /** For tests: whether the entity with this id is on show. */
    boolean isShowing(String id) {
        return !loading && shown != null && shown.entity().id().equals(id);
    }
}
