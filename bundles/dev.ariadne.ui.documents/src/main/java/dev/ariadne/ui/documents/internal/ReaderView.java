package dev.ariadne.ui.documents.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.Mention;
import dev.ariadne.api.entities.ResolvedMention;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.selection.Ref;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.api.ViewPages;
import dev.ariadne.ui.api.ViewProperties;
import dev.ariadne.ui.api.ViewSite;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.api.WorkbenchView;
import dev.ariadne.ui.documents.internal.DocumentServices.Focus;
import dev.ariadne.ui.api.EntityTypeColors;
import dev.ariadne.ui.documents.internal.model.Formats;
import dev.ariadne.ui.documents.internal.model.MentionSpans;
import dev.ariadne.ui.documents.internal.model.QueryTerms;
import dev.ariadne.ui.documents.internal.model.TextHighlights;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Resource;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Reader view: the document of the current selection (any view's {@link Ref#KIND_DOCUMENT}, or a hit or row
 * the analyst opened) with its text exactly as stored in a read-only StyledText, the terms of the last search
 * highlighted (next and previous match with F3 and Shift+F3), a rule with the page number at each page start of a
 * paged document ({@link PageMarks}), and a metadata panel with links to the document it was found in and to its
 * attachments ({@link MetadataPanel}). The tab's title is the document's title.
 *
 * <p>The document's entity mentions ({@link EntityService#mentions}, while the extraction bundle runs) are coloured
 * by type, with a legend strip above the text; clicking a mention selects its entity ({@link Ref#KIND_ENTITY}, with
 * the mention and the document), and "Add Mention…" in the text's context menu records selected text as a mention
 * the extractors missed ({@link Correction.AddMention}). A {@link Ref#KIND_MENTION} selection
 * ({@code documentId:start:end}, e.g. from the Entity view) opens its document with the mention selected. The
 * mentions are read again when the case's entities change.
 *
 * <p>A prototype-scope {@link WorkbenchView} service: one instance per opened view, every method called on the UI
 * thread. The document, its text and the highlight ranges are read and computed in a {@link JobService} job; the
 * result comes back through {@link Workbench#asyncExec}. Shows the document it is on as its own selection.
 */
@Component(service = WorkbenchView.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = DocumentServices.READER_VIEW, label = "Reader", area = ViewProperties.CENTER, order = 30)
public class ReaderView implements WorkbenchView {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderView.class);

    /** What the view says when it shows nothing. */
    static final String NOTHING = "Select a document in the Documents or Search view to read it here.";
    /** What the view says without a case. */
    static final String NO_CASE = "Open or create a case to read its documents.";
    /** What the view says without a document store. */
    static final String NO_STORE =
            "Documents are not available: the importer (dev.ariadne.importer) is not running.";
    /** The most highlights shown in one document. */
    static final int MAX_HIGHLIGHTS = 20_000;
    /** The view id of the Entity view (in dev.ariadne.ui.entities), opened by "Show Entity". */
    static final String ENTITY_VIEW = "dev.ariadne.ui.entities.entity";
    /** The source recorded on mentions the analyst adds. */
    static final String MANUAL_SOURCE = "analyst/1";
    /** The tab's title without a document. */
    static final String TITLE = "Reader";
    /** How long a selection must stay before the Reader reads its document. */
    static final int SELECTION_DELAY_MILLIS = 120;

    final JobService jobs;
    final DocumentServices services;
    ZoneId zone = ZoneId.systemDefault();

    // widgets, UI thread only
    Display display;
    ViewSite site;
    Workbench workbench;
    Composite root;
    ViewPages pages;
    Composite mainPage;
    Label title;
    Label matches;
    ToolItem previous;
    ToolItem next;
    Label notice;
    StyledText text;
    PageMarks pageMarks;
    MetadataPanel metadata;
    Color highlightColor;
    Color currentColor;
    final Map<EntityType, Color> typeColors = new EnumMap<>(EntityType.class);
    final Map<EntityType, Color> typeTints = new EnumMap<>(EntityType.class);
    Composite legend;
    Menu textMenu;
    MenuItem showEntityItem;
    MenuItem addMentionItem;

    // state, UI thread only
    Case aCase;
    int generation;
    /** The document shown or being read. */
    String documentId;
    /** The document shown, once read. */
    Document shown;
    String shownQuery = "";
    List<String> shownHighlighted = List.of();
    int[] highlights = new int[0];
    int current = -1;
    long appliedSerial;
    boolean loading;
    String loadingQuery = "";
    List<String> loadingHighlighted = List.of();
    int revealOnLoad = -1;
    /** The id of the mention or document of the last selection this Reader followed. */
    String handled;
    /** The mention span to select once the document is read: start and end, or null. */
    int[] selectOnLoad;
    /** The mentions of the document shown, as the service listed them, and their spans. */
    List<ResolvedMention> mentions = List.of();
    MentionSpans spans = MentionSpans.NONE;
    /** Counts reads of the mentions, so a late answer for an older read is dropped. */
    int mentionReads;
    /** Where the text's context menu was opened, or -1. */
    int menuOffset = -1;
    boolean released;
    AutoCloseable selectionListener;
    /** The document selected elsewhere, to read once the selection settles. */
    Ref selected;
    private final Runnable followSelection = this::showSelected;
    AutoCloseable servicesListener;

    /**
     * Made by DS for each opened view.
     *
     * @param jobs reads the documents
     * @param services the document services and shared state of this bundle
     */
    @Activate
    public ReaderView(@Reference JobService jobs, @Reference DocumentServices services) {
        this.jobs = jobs;
        this.services = services;
    }

    @Override
    public void createControl(Composite parent, ViewSite viewSite) {
        site = viewSite;
        workbench = viewSite.workbench();
        display = parent.getDisplay();
        highlightColor = new Color(display, new RGB(255, 232, 140));
        currentColor = new Color(display, new RGB(255, 170, 70));
        for (EntityType type : EntityType.values()) {
            typeColors.put(type, color(EntityTypeColors.color(type)));
            typeTints.put(type, color(EntityTypeColors.tint(type, 0.10)));
        }
        pages = new ViewPages(parent, 320);
        root = pages.root();
        createMainPage();
        pages.setContent(mainPage);
        pages.showMessage(NO_CASE);
        selectionListener = workbench.onSelection(this::selectionChanged);
        servicesListener = services.listen(new DocumentServices.Listener() {
            @Override
            public void focusRequested(Focus focus) {
                workbench.asyncExec(() -> focusChanged(focus));
            }

            @Override
            public void servicesChanged() {
                workbench.asyncExec(ReaderView.this::servicesChanged);
            }

            @Override
            public void selected(DocumentServices.Selected selected) {
                workbench.asyncExec(() -> selectionPosted(selected));
            }

            @Override
            public void entitiesChanged(String caseId) {
                workbench.asyncExec(() -> {
                    if (!released && aCase != null && aCase.id().equals(caseId) && shown != null) {
                        readMentions();
                    }
                });
            }
        });
        root.addListener(SWT.Dispose, e -> release());
    }

    private void createMainPage() {
        mainPage = new Composite(root, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        mainPage.setLayout(layout);

        title = new Label(mainPage, SWT.NONE);
        ViewPages.derivedFont(title, SWT.BOLD, 2);
        GridData titleData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        titleData.horizontalIndent = 8;
        titleData.verticalIndent = 4;
        title.setLayoutData(titleData);
        matches = new Label(mainPage, SWT.RIGHT);
        matches.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
        GridData matchesData = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
        matchesData.widthHint = 150;
        matchesData.verticalIndent = 4;
        matches.setLayoutData(matchesData);
        ToolBar tools = new ToolBar(mainPage, SWT.FLAT);
        GridData toolsData = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
        toolsData.verticalIndent = 4;
        tools.setLayoutData(toolsData);
        previous = new ToolItem(tools, SWT.PUSH);
        previous.setText("\u25b2");
        previous.setToolTipText("Previous match (Shift+F3)");
        previous.addListener(SWT.Selection, e -> step(-1));
        next = new ToolItem(tools, SWT.PUSH);
        next.setText("\u25bc");
        next.setToolTipText("Next match (F3)");
        next.addListener(SWT.Selection, e -> step(1));

        notice = new Label(mainPage, SWT.WRAP);
        notice.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
        GridData noticeData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        noticeData.horizontalIndent = 8;
        noticeData.exclude = true;
        notice.setLayoutData(noticeData);
        notice.setVisible(false);

        legend = new Composite(mainPage, SWT.NONE);
        GridData legendData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        legendData.horizontalIndent = 8;
        legendData.verticalIndent = 2;
        legendData.exclude = true;
        legend.setLayoutData(legendData);
        legend.setVisible(false);
        org.eclipse.swt.layout.RowLayout legendLayout = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        legendLayout.marginLeft = 0;
        legendLayout.marginTop = 0;
        legendLayout.marginBottom = 0;
        legendLayout.spacing = 14;
        legendLayout.center = true;
        legend.setLayout(legendLayout);

        SashForm split = new SashForm(mainPage, SWT.HORIZONTAL | SWT.SMOOTH);
        GridData splitData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        splitData.verticalIndent = 4;
        split.setLayoutData(splitData);
        text = new StyledText(split, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setMargins(14, 10, 14, 10);
        text.setLineSpacing(2);
        text.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.F3) {
                step((e.stateMask & SWT.SHIFT) != 0 ? -1 : 1);
                e.doit = false;
            }
        });
        text.addListener(SWT.MouseUp, e -> {
            if (e.button == 1 && text.getSelectionCount() == 0) {
                clicked(offsetAt(e.x, e.y));
            }
        });
        createTextMenu();
        pageMarks = new PageMarks(text);
        metadata = new MetadataPanel(split, zone, this::openRelated);
        split.setWeights(74, 26);
        updateMatches();
    }

    @Override
    public void caseChanged(Optional<Case> currentCase) {
        Case nextCase = currentCase.orElse(null);
        if (released || nextCase == aCase) {
            return;
        }
        aCase = nextCase;
        generation++;
        forget();
        if (aCase == null) {
            pages.showMessage(NO_CASE);
            return;
        }
        Optional<Focus> focus = services.lastFocus().filter(f -> f.caseId().equals(aCase.id()));
        if (focus.isPresent()) {
            focusChanged(focus.get());
            return;
        }
        Selection active = workbench.selection();
        Optional<Ref> mention = active.first(Ref.KIND_MENTION);
        if (mention.isPresent() && showMention(mention.get(), active.first(Ref.KIND_DOCUMENT))) {
            return;
        }
        Optional<Ref> selected = active.first(Ref.KIND_DOCUMENT);
        Optional<DocumentServices.Selected> posted = services.lastSelected()
                .filter(p -> !DocumentServices.READER_VIEW.equals(p.source()));
        if (selected.isPresent()) {
            show(selected.get().id(), selected.get().label(), null);
        } else if (posted.isPresent()) {
            selectionPosted(posted.get());
        } else {
            pages.showMessage(services.store().isPresent() ? NOTHING : NO_STORE);
        }
    }

    @Override
    public void setFocus() {
        if (!released) {
            pages.setFocus(text);
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
        if (display != null && !display.isDisposed()) {
            display.timerExec(-1, followSelection);
        }
        for (AutoCloseable listener : new AutoCloseable[] {selectionListener, servicesListener}) {
            if (listener == null) {
                continue;
            }
            try {
                listener.close();
            } catch (Exception e) {
                LOG.warn("Could not stop a listener of the Reader", e);
            }
        }
        for (Resource resource : new Resource[] {highlightColor, currentColor}) {
            if (resource != null) {
                resource.dispose();
            }
        }
        typeColors.values().forEach(Color::dispose);
        typeTints.values().forEach(Color::dispose);
    }

    // ---- what to show

    private void selectionChanged(Selection selection) {
        if (released || aCase == null || DocumentServices.READER_VIEW.equals(selection.source())) {
            return;
        }
        Optional<Ref> mention = selection.first(Ref.KIND_MENTION);
        mention.or(() -> selection.first(Ref.KIND_DOCUMENT)).ifPresent(r -> handled = r.id());
        if (mention.isPresent() && showMention(mention.get(), selection.first(Ref.KIND_DOCUMENT))) {
            return;
        }
        Optional<Ref> ref = selection.first(Ref.KIND_DOCUMENT);
        if (ref.isEmpty() || ref.get().id().equals(documentId)) {
            return;
        }
        Optional<Focus> focus = services.lastFocus()
                .filter(f -> f.caseId().equals(aCase.id()) && f.documentId().equals(ref.get().id())
                        && f.serial() > appliedSerial);
        if (focus.isPresent()) {
            display.timerExec(-1, followSelection);
            show(ref.get().id(), ref.get().label(), focus.get());
            return;
        }
        // Arrowing through a list selects document after document: read only the one the analyst stops at.
        selected = ref.get();
        display.timerExec(-1, followSelection);
        display.timerExec(SELECTION_DELAY_MILLIS, followSelection);
    }

    private void showSelected() {
        Ref ref = selected;
        selected = null;
        if (!released && ref != null && aCase != null && !ref.id().equals(documentId)) {
            show(ref.id(), ref.label(), null);
        }
    }

    /**
     * A selection the workbench posted as an event: shown when this Reader did not see it through the workbench's
     * listener (it opened after the selection was made).
     */
    private void selectionPosted(DocumentServices.Selected posted) {
        if (released || aCase == null || DocumentServices.READER_VIEW.equals(posted.source())
                || posted.ref().id().equals(handled)) {
            return;
        }
        handled = posted.ref().id();
        if (Ref.KIND_MENTION.equals(posted.ref().kind())) {
            showMention(posted.ref(), Optional.empty());
        } else if (!posted.ref().id().equals(documentId)) {
            show(posted.ref().id(), null, null);
        }
    }

    /**
     * Shows a mention selected elsewhere ({@code documentId:start:end}): its document, scrolled to it, with the
     * mention selected. Returns false when the id is not a mention's.
     */
    boolean showMention(Ref mention, Optional<Ref> document) {
        String[] parts = mention.id().split(":");
        if (parts.length != 3) {
            return false;
        }
        int start;
        int end;
        try {
            start = Integer.parseInt(parts[1]);
            end = Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
            return false;
        }
        String id = parts[0];
        display.timerExec(-1, followSelection);
        selected = null;
        if (!loading && shown != null && shown.id().equals(id)) {
            selectSpan(start, end);
            return true;
        }
        String label = document.filter(d -> d.id().equals(id)).map(Ref::label)
                .orElse(Formats.shorten(id, 13));
        show(id, label, null);
        if (loading && id.equals(documentId)) {
            selectOnLoad = new int[] {start, end};
        }
        return true;
    }

    /** Selects {@code [start, end)} in the text and scrolls to it. */
    private void selectSpan(int start, int end) {
        int length = text.getCharCount();
        int s = Math.max(0, Math.min(start, length));
        int e = Math.max(s, Math.min(end, length));
        scrollTo(s);
        text.setSelection(s, e);
    }

    /** The analyst asked to read a document (a hit or a row opened). */
    void focusChanged(Focus focus) {
        if (released || aCase == null || !focus.caseId().equals(aCase.id()) || focus.serial() <= appliedSerial) {
            return;
        }
        show(focus.documentId(), focus.title(), focus);
    }

    private void servicesChanged() {
        if (released || aCase == null) {
            return;
        }
        if (services.store().isEmpty() && documentId == null) {
            pages.showMessage(NO_STORE);
        } else if (services.store().isPresent() && !pages.showsContent() && documentId == null) {
            pages.showMessage(NOTHING);
        }
    }

    /** A parent or child link was clicked: read that document and make it the selection. */
    private void openRelated(Document document) {
        show(document.id(), document.metadata().title(), null);
    }

    /**
     * Shows a document: at once when it is already shown with the same query (only scrolling to the focus), else
     * after reading it in a job.
     *
     * @param label what to call it until it is read
     * @param focus the request that asked for it, with the query and where to scroll; {@code null} for the last
     *        query of the case and the top of the text
     */
    void show(String id, String label, Focus focus) {
        if (released || aCase == null) {
            return;
        }
        if (focus != null) {
            appliedSerial = Math.max(appliedSerial, focus.serial());
        }
        String query = focus != null ? focus.query() : services.lastQuery(aCase.id());
        List<String> highlighted = focus != null ? focus.highlighted() : List.of();
        int reveal = focus != null ? focus.offset() : -1;
        if (!loading && shown != null && shown.id().equals(id) && query.equals(shownQuery)
                && highlighted.equals(shownHighlighted)) {
            if (reveal >= 0) {
                reveal(reveal);
            }
            return;
        }
        if (loading && id.equals(documentId) && query.equals(loadingQuery)
                && highlighted.equals(loadingHighlighted)) {
            revealOnLoad = reveal; // the same document is on its way: only the place to scroll to changes
            return;
        }
        Optional<DocumentStore> store = services.store();
        if (store.isEmpty()) {
            pages.showMessage(NO_STORE);
            return;
        }
        int expected = ++generation;
        documentId = id;
        loading = true;
        selectOnLoad = null;
        loadingQuery = query;
        loadingHighlighted = highlighted;
        revealOnLoad = reveal;
        Case read = aCase;
        int maxChars = services.readerMaxChars();
        site.setTitle(Formats.shorten(label == null || label.isBlank() ? TITLE : label, 40));
        if (shown == null) {
            pages.showMessage("Reading \u201c" + Formats.shorten(label == null ? id : label, 60) + "\u201d\u2026");
        }
        DocumentStore documents = store.get();
        EntityService entities = services.entities().orElse(null);
        mentionReads++;
        try {
            jobs.submit("Read document " + Formats.shorten(label == null ? id : label, 40),
                    context -> read(documents, entities, read, id, query, highlighted, maxChars))
                    .result()
                    .whenComplete((loaded, error) -> workbench.asyncExec(() -> {
                        if (released || expected != generation) {
                            return;
                        }
                        if (error != null) {
                            readFailed(id, DocumentsView.unwrap(error));
                        } else {
                            loaded(loaded, revealOnLoad);
                        }
                    }));
        } catch (RuntimeException e) {
            loading = false;
            LOG.error("Could not start reading document {}", id, e);
            pages.showMessage("The document could not be read: " + e.getMessage());
        }
    }

    /**
     * A document read for showing.
     *
     * @param document the document
     * @param text the text shown (cut at the limit)
     * @param fullLength the length of the whole stored text
     * @param pageStarts the page starts within the text shown
     * @param highlights the highlight ranges, flattened
     * @param parent the document it was found in
     * @param children the documents found in it
     * @param query the query highlighted
     * @param highlighted the highlighted passages of the hit
     * @param mentions the document's entity mentions, as listed by the entity service
     * @param spans the spans of those mentions to colour
     */
    record Loaded(Document document, String text, int fullLength, List<Integer> pageStarts, int[] highlights,
            Optional<Document> parent, List<Document> children, String query, List<String> highlighted,
            List<ResolvedMention> mentions, MentionSpans spans) {
    }

    /** Reads a document without its mentions; for callers without an entity service. */
    static Loaded read(DocumentStore documents, Case aCase, String id, String query, List<String> highlighted,
            int maxChars) {
        return read(documents, null, aCase, id, query, highlighted, maxChars);
    }

    /**
     * Reads a document, its text and family and its mentions (when {@code entities} is not null) and finds the
     * highlights; on a job thread.
     */
    static Loaded read(DocumentStore documents, EntityService entities, Case aCase, String id, String query,
            List<String> highlighted, int maxChars) {
        Document document = documents.get(aCase, id)
                .orElseThrow(() -> new NoSuchElementException("The document " + id + " is not in this case"));
        Optional<DocumentText> stored = documents.text(aCase, id);
        String full = stored.map(DocumentText::text).orElse("");
        String text = full;
        if (full.length() > maxChars) {
            int end = Character.isHighSurrogate(full.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
            text = full.substring(0, end);
        }
        List<Integer> starts = new ArrayList<>();
        for (int start : stored.map(DocumentText::pageStarts).orElse(List.of())) {
            if (start <= text.length()) {
                starts.add(start);
            }
        }
        List<QueryTerms.Term> terms = new ArrayList<>(QueryTerms.parse(query));
        terms.addAll(QueryTerms.fromHighlights(highlighted));
        int[] ranges = TextHighlights.find(text, terms, MAX_HIGHLIGHTS);
        Optional<Document> parent = document.parentId().flatMap(p -> documents.get(aCase, p));
        List<Document> children = documents.children(aCase, id);
        List<ResolvedMention> mentions = readMentions(entities, aCase, id);
        return new Loaded(document, text, full.length(), starts, ranges, parent, children, query, highlighted,
                mentions, spansOf(mentions, text.length()));
    }

    /** The mentions of a document, or none without a service or when they cannot be read; on a job thread. */
    static List<ResolvedMention> readMentions(EntityService entities, Case aCase, String id) {
        if (entities == null) {
            return List.of();
        }
        try {
            return entities.mentions(aCase, id);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the mentions of document {}", id, e);
            return List.of();
        }
    }

    /** The spans to colour for {@code mentions} in a text of {@code length} characters. */
    static MentionSpans spansOf(List<ResolvedMention> mentions, int length) {
        int[] starts = new int[mentions.size()];
        int[] ends = new int[mentions.size()];
        int[] kinds = new int[mentions.size()];
        for (int i = 0; i < starts.length; i++) {
            Mention mention = mentions.get(i).mention();
            starts[i] = mention.start();
            ends[i] = mention.end();
            kinds[i] = mention.type().ordinal();
        }
        return MentionSpans.of(starts, ends, kinds, length);
    }

    private void readFailed(String id, Throwable error) {
        loading = false;
        LOG.error("Could not read document {}", id, error);
        shown = null;
        documentId = null;
        site.setTitle(TITLE);
        pages.showMessage("The document could not be read: " + DocumentsView.reason(error));
    }

    private void loaded(Loaded loaded, int reveal) {
        loading = false;
        Document document = loaded.document();
        shown = document;
        shownQuery = loaded.query();
        shownHighlighted = loaded.highlighted();
        String name = document.metadata().title() == null || document.metadata().title().isBlank() ? "(untitled)"
                : document.metadata().title();
        title.setText(Formats.shorten(name, 200).replace("&", "&&"));
        title.setToolTipText(name);
        site.setTitle(Formats.shorten(name, 40));
        pageMarks.clear();
        text.setText(loaded.text());
        highlights = loaded.highlights();
        current = -1;
        mentions = loaded.mentions();
        spans = loaded.spans();
        applyStyles();
        updateLegend();
        pageMarks.apply(loaded.pageStarts());
        metadata.show(document, loaded.parent(), loaded.children());
        boolean cut = loaded.fullLength() > loaded.text().length();
        String noticeText = cut ? "Showing the first " + Formats.count(loaded.text().length()) + " of "
                + Formats.count(loaded.fullLength()) + " characters." : "";
        if (loaded.text().isEmpty()) {
            noticeText = "This document has no text.";
        }
        setNotice(noticeText);
        pages.showContent();
        updateMatches();
        int[] span = selectOnLoad;
        selectOnLoad = null;
        if (span != null) {
            selectSpan(span[0], span[1]);
        } else if (reveal >= 0) {
            reveal(reveal);
        } else {
            text.setTopIndex(0);
            text.setCaretOffset(0);
        }
        site.setSelection(Selection.of(DocumentServices.READER_VIEW,
                new Ref(Ref.KIND_DOCUMENT, document.id(), name)));
    }

    // ---- highlights

    private void applyStyles() {
        text.setStyleRanges(styles(0, text.getCharCount()));
    }

    /** The style ranges of {@code [from, to)}: mentions coloured by type, search matches on a yellow ground. */
    private StyleRange[] styles(int from, int to) {
        int[] segments = spans.segments(highlights, current, from, to);
        StyleRange[] ranges = new StyleRange[segments.length / 4];
        for (int i = 0; i < ranges.length; i++) {
            int start = segments[i * 4];
            int kind = segments[i * 4 + 2];
            int highlight = segments[i * 4 + 3];
            EntityType type = kind >= 0 ? EntityType.values()[kind] : null;
            Color background = highlight == MentionSpans.CURRENT ? currentColor
                    : highlight == MentionSpans.HIGHLIGHT ? highlightColor
                    : type != null ? typeTints.get(type) : null;
            StyleRange range = new StyleRange(start, segments[i * 4 + 1] - start,
                    type != null ? typeColors.get(type) : null, background);
            if (type != null) {
                range.underline = true;
                range.underlineStyle = SWT.UNDERLINE_SINGLE;
                range.underlineColor = typeColors.get(type);
            }
            if (highlight == MentionSpans.CURRENT) {
                range.fontStyle = SWT.BOLD;
            }
            ranges[i] = range;
        }
        return ranges;
    }

    /** Styles the highlight {@code index} anew (as current or not). */
    private void restyle(int index) {
        int start = highlights[index * 2];
        int end = highlights[index * 2 + 1];
        text.replaceStyleRanges(start, end - start, styles(start, end));
    }

    /** Shows which types the document's mentions have, with their colours and counts, above the text. */
    private void updateLegend() {
        for (org.eclipse.swt.widgets.Control child : legend.getChildren()) {
            child.dispose();
        }
        int[] counts = new int[EntityType.values().length];
        for (int i = 0; i < spans.size(); i++) {
            counts[spans.kind(i)]++;
        }
        boolean any = false;
        for (EntityType type : EntityType.values()) {
            if (counts[type.ordinal()] == 0) {
                continue;
            }
            any = true;
            Label entry = new Label(legend, SWT.NONE);
            entry.setText("■ " + EntityTypeColors.label(type) + " " + Formats.count(counts[type.ordinal()]));
            entry.setForeground(typeColors.get(type));
            entry.setData(type);
        }
        GridData data = (GridData) legend.getLayoutData();
        data.exclude = !any;
        legend.setVisible(any);
        mainPage.layout(true, true);
    }

    /** Reads the mentions of the document shown again (the case's entities changed) and colours them. */
    void readMentions() {
        Optional<EntityService> entities = services.entities();
        if (shown == null || loading) {
            return;
        }
        int expected = ++mentionReads;
        int generationNow = generation;
        Case read = aCase;
        String id = shown.id();
        int length = text.getCharCount();
        EntityService service = entities.orElse(null);
        try {
            jobs.submit("Read mentions", context -> {
                List<ResolvedMention> found = readMentions(service, read, id);
                return new Object[] {found, spansOf(found, length)};
            }).result().whenComplete((made, error) -> workbench.asyncExec(() -> {
                if (released || error != null || expected != mentionReads || generationNow != generation
                        || shown == null || !shown.id().equals(id)) {
                    return;
                }
                @SuppressWarnings("unchecked")
                List<ResolvedMention> found = (List<ResolvedMention>) made[0];
                mentions = found;
                spans = (MentionSpans) made[1];
                applyStyles();
                updateLegend();
            }));
        } catch (RuntimeException e) {
            LOG.warn("Could not start reading the mentions of document {}", id, e);
        }
    }

    private Color color(int rgb) {
        return new Color(display, new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff));
    }

    // ---- mentions: clicks and additions

    /** The text offset under a point of the text widget, or -1 off the text. */
    private int offsetAt(int x, int y) {
        try {
            return text.getOffsetAtPoint(new Point(x, y));
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** The mention at an offset, or null. */
    ResolvedMention mentionAt(int offset) {
        if (offset < 0) {
            return null;
        }
        int span = spans.at(offset);
        return span < 0 ? null : mentions.get(spans.source(span));
    }

    /** A click on the text: on a mention, selects its entity, the mention and the document. */
    void clicked(int offset) {
        ResolvedMention mention = mentionAt(offset);
        if (mention == null || shown == null) {
            return;
        }
        selectEntity(mention);
    }

    private void selectEntity(ResolvedMention resolved) {
        Mention mention = resolved.mention();
        String name = shown.metadata().title() == null || shown.metadata().title().isBlank() ? "(untitled)"
                : shown.metadata().title();
        site.setSelection(Selection.of(DocumentServices.READER_VIEW,
                new Ref(Ref.KIND_ENTITY, resolved.entityId(), resolved.entityName()),
                new Ref(Ref.KIND_MENTION, mention.documentId() + ":" + mention.start() + ":" + mention.end(),
                        mention.text()),
                new Ref(Ref.KIND_DOCUMENT, shown.id(), name)));
        workbench.setStatus(EntityTypeColors.label(mention.type()) + ": " + resolved.entityName()
                + (resolved.metonymyOf() != null ? " (standing for " + resolved.metonymyOf() + ")" : ""));
    }

    private void createTextMenu() {
        textMenu = new Menu(text);
        showEntityItem = new MenuItem(textMenu, SWT.PUSH);
        showEntityItem.setText("Show &Entity");
        showEntityItem.addListener(SWT.Selection, e -> {
            ResolvedMention mention = mentionAt(menuOffset);
            if (mention != null) {
                selectEntity(mention);
                workbench.showView(ENTITY_VIEW);
            }
        });
        addMentionItem = new MenuItem(textMenu, SWT.PUSH);
        addMentionItem.setText("&Add Mention…");
        addMentionItem.addListener(SWT.Selection, e -> addMention());
        new MenuItem(textMenu, SWT.SEPARATOR);
        MenuItem copy = new MenuItem(textMenu, SWT.PUSH);
        copy.setText("&Copy");
        copy.addListener(SWT.Selection, e -> text.copy());
        text.addListener(SWT.MenuDetect, e -> {
            Point at = text.toControl(e.x, e.y);
            menuOffset = e.detail == SWT.MENU_MOUSE ? offsetAt(at.x, at.y) : text.getCaretOffset();
        });
        textMenu.addListener(SWT.Show, e -> {
            boolean ready = shown != null && !loading && services.hasEntities();
            showEntityItem.setEnabled(ready && mentionAt(menuOffset) != null);
            addMentionItem.setEnabled(ready && !text.getSelectionText().isBlank());
            copy.setEnabled(text.getSelectionCount() > 0);
        });
        text.setMenu(textMenu);
    }

    /** Asks for the type and entity of the selected text and records it as a mention. */
    void addMention() {
        Point range = text.getSelectionRange();
        if (shown == null || range.y == 0) {
            return;
        }
        int start = range.x;
        int end = range.x + range.y;
        // no spaces at the ends of a mention
        String all = text.getText(start, end - 1);
        while (start < end && Character.isWhitespace(all.charAt(start - range.x))) {
            start++;
        }
        while (end > start && Character.isWhitespace(all.charAt(end - 1 - range.x))) {
            end--;
        }
        if (start >= end) {
            return;
        }
        String selectedText = text.getText(start, end - 1);
        ResolvedMention around = mentionAt(start);
        Optional<MentionPrompt.Answer> answer = MentionPrompt.ask(text.getShell(), selectedText,
                around != null ? around.mention().type() : EntityType.PERSON,
                around != null ? around.entityName() : selectedText);
        if (answer.isPresent()) {
            addMention(start, end, selectedText, answer.get().type(), answer.get().entity());
        }
    }

    /** Records {@code [start, end)} of the document shown as a mention of an entity, in a job. */
    void addMention(int start, int end, String mentionText, EntityType type, String entity) {
        Optional<EntityService> service = services.entities();
        if (service.isEmpty() || shown == null || aCase == null) {
            return;
        }
        Case target = aCase;
        Mention mention = new Mention(shown.id(), start, end, mentionText, type, 1.0, null, MANUAL_SOURCE);
        String label = "Add mention “" + Formats.shorten(mentionText, 40) + "”";
        jobs.submit(label, context -> {
            service.get().correct(target, new Correction.AddMention(mention, entity));
            return null;
        }).result().whenComplete((done, error) -> workbench.asyncExec(() -> {
            if (error != null) {
                Throwable cause = DocumentsView.unwrap(error);
                LOG.error("{} failed", label, cause);
                workbench.setStatus(label + " failed: " + DocumentsView.reason(cause));
            } else {
                workbench.setStatus(label + " as " + EntityTypeColors.label(type) + " “" + entity + "”");
            }
        }));
    }

    /** Scrolls to the highlight at or after {@code offset} (or to the offset when there is none). */
    void reveal(int offset) {
        int count = highlights.length / 2;
        for (int i = 0; i < count; i++) {
            if (highlights[i * 2 + 1] > offset) {
                select(i);
                return;
            }
        }
        int at = Math.max(0, Math.min(offset, text.getCharCount()));
        scrollTo(at);
        text.setCaretOffset(at);
    }

    /** Goes to the next ({@code +1}) or previous ({@code -1}) highlight, wrapping around. */
    void step(int direction) {
        int count = highlights.length / 2;
        if (count == 0) {
            return;
        }
        int target = current < 0 ? (direction > 0 ? 0 : count - 1) : Math.floorMod(current + direction, count);
        select(target);
    }

    /** Makes highlight {@code index} the current one and scrolls it into view. */
    void select(int index) {
        int before = current;
        current = index;
        if (before >= 0 && before < highlights.length / 2) {
            restyle(before);
        }
        restyle(index);
        int start = highlights[index * 2];
        scrollTo(start);
        text.setCaretOffset(start);
        updateMatches();
    }

    /** Scrolls so that {@code offset} sits a third of the way down the text. */
    private void scrollTo(int offset) {
        int y = text.getLocationAtOffset(offset).y + text.getTopPixel();
        text.setTopPixel(Math.max(0, y - text.getClientArea().height / 3));
    }

    private void updateMatches() {
        int count = highlights.length / 2;
        String label = count == 0 ? (shownQuery.isBlank() ? "" : "No matches")
                : current < 0 ? Formats.plural(count, "match", "matches")
                : Formats.count(current + 1L) + " of " + Formats.plural(count, "match", "matches");
        if (count >= MAX_HIGHLIGHTS) {
            label = label + "+";
        }
        matches.setText(label);
        previous.setEnabled(count > 0);
        next.setEnabled(count > 0);
    }

    // ---- helpers

    private void setNotice(String value) {
        GridData data = (GridData) notice.getLayoutData();
        boolean show = !value.isEmpty();
        notice.setText(value);
        data.exclude = !show;
        notice.setVisible(show);
    }

    /** Forgets the document shown. */
    private void forget() {
        documentId = null;
        shown = null;
        loading = false;
        highlights = new int[0];
        current = -1;
        mentions = List.of();
        spans = MentionSpans.NONE;
        selectOnLoad = null;
        updateLegend();
        shownQuery = "";
        shownHighlighted = List.of();
        pageMarks.clear();
        text.setText("");
        metadata.clear();
        title.setText("");
        site.setTitle(TITLE);
        updateMatches();
    }

    /** For tests: the text shown. */
    String shownText() {
        return text.getText();
    }

    /** For tests and callers that need to act once a document is on show. */
    boolean isShowing(String id) {
        return !loading && shown != null && Objects.equals(shown.id(), id);
    }
}
