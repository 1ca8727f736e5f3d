package dev.ariadne.example.notes.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.selection.Ref;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.example.notes.internal.model.Debouncer;
import dev.ariadne.example.notes.internal.model.Note;
import dev.ariadne.example.notes.internal.model.NoteCodec;
import dev.ariadne.example.notes.internal.model.NoteStore;
import dev.ariadne.example.notes.internal.model.RichText;
import dev.ariadne.example.notes.internal.model.SaveQueue;
import dev.ariadne.ui.api.ViewPages;
import dev.ariadne.ui.api.ViewProperties;
import dev.ariadne.ui.api.ViewSite;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.api.WorkbenchView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Case Notes view: the notes of the current case in a list (title, last modified) with New, Delete and a search
 * field, over a rich-text {@link NoteEditor}. Notes are kept in the case ({@link NoteStore}); the note being edited
 * is saved a moment after typing stops, when another note or case is opened and when the view closes.
 *
 * <p>A prototype-scope {@link WorkbenchView} service: the shell makes one instance per opened view and calls every
 * method on the UI thread. Reading, searching and writing the case database run as jobs on the {@link JobService};
 * their results come back through {@link Workbench#asyncExec}. Configured by PID {@value #PID} ({@link NotesConfig}).
 */
@Component(service = WorkbenchView.class, scope = ServiceScope.PROTOTYPE, configurationPid = NotesView.PID)
@ViewProperties(id = NotesView.VIEW_ID, label = "Case Notes", area = ViewProperties.RIGHT, openByDefault = true,
        order = 50)
@Designate(ocd = NotesConfig.class)
public class NotesView implements WorkbenchView {

    /** The view id. */
    static final String VIEW_ID = "dev.ariadne.example.notes";
    /** The configuration PID. */
    static final String PID = "dev.ariadne.example.notes";
    /** The {@link Ref#kind()} of a selected note. */
    static final String NOTE_KIND = "note";
    /** What the view says when there is no case. */
    static final String NO_CASE_HINT = "Open or create a case to keep notes";

    private static final Logger LOG = LoggerFactory.getLogger(NotesView.class);
    private static final long FILTER_DELAY_MILLIS = 250;
    private static final int MODIFIED_COLUMN_WIDTH = 90;
    private static final Comparator<Note> NEWEST_FIRST =
            Comparator.comparing(Note::modified).reversed().thenComparing(Note::id);

    final JobService jobs;
    final NotesCoordinator coordinator;
    final NoteStore store = new NoteStore(new NoteCodec());
    volatile NotesConfig config;
    /** Wall clock for the created and modified times of notes. */
    Clock clock = Clock.systemDefaultZone();
    /** Monotonic milliseconds for the autosave timer and undo coalescing. */
    LongSupplier clockMillis = () -> System.nanoTime() / 1_000_000;
    /** Asks before a note is deleted; replaced in tests. */
    Predicate<Note> confirmDelete = this::askDelete;

    // UI state, UI thread only.
    volatile Display display;
    Workbench workbench;
    ViewSite site;
    Composite root;
    ViewPages pages;
    Composite mainPage;
    Table table;
    Text filter;
    ToolItem deleteItem;
    NoteEditor editor;
    Composite lower;
    ViewPages lowerPages;
    Glyphs glyphs;
    Debouncer autosave;
    Debouncer filterDelay;
    SaveQueue saves;
    AutoCloseable attachment;
    Case aCase;
    int generation;
    boolean loaded;
    boolean pendingNew;
    boolean released;
    final Map<String, Note> notes = new HashMap<>();
    /** The note in the editor, as last taken from it. */
    Note current;
    /** The ids the search field lets through, or null when it is empty. */
    Set<String> filterIds;

    @Activate
    public NotesView(@Reference JobService jobs, @Reference NotesCoordinator coordinator, NotesConfig config) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.coordinator = Objects.requireNonNull(coordinator, "coordinator");
        this.config = config;
    }

    /** The configuration changed: new autosave delays apply from the next edit. Called on a DS thread. */
    @Modified
    void modified(NotesConfig newConfig) {
        this.config = newConfig;
        Display d = display;
        if (d != null && !d.isDisposed()) {
            d.asyncExec(() -> {
                if (autosave != null && !released) {
                    applyDelays();
                }
            });
        }
    }

    @Override
    public void createControl(Composite parent, ViewSite viewSite) {
        this.site = viewSite;
        this.workbench = viewSite.workbench();
        this.display = parent.getDisplay();
        glyphs = new Glyphs(display);

        pages = new ViewPages(parent, 200);
        root = pages.root();
        createMainPage();
        pages.setContent(mainPage);
        pages.showMessage(NO_CASE_HINT);

        DisplayScheduler scheduler = new DisplayScheduler(display);
        autosave = new Debouncer(scheduler, clockMillis, 750, 10_000, this::saveCurrent);
        applyDelays();
        filterDelay = new Debouncer(scheduler, clockMillis, FILTER_DELAY_MILLIS, FILTER_DELAY_MILLIS * 4,
                this::runSearch);
        saves = new SaveQueue(store, (name, body) -> jobs.submit(name, context -> {
            body.run();
            return null;
        }), new SaveListener());
        attachment = coordinator.attach(this::newNoteRequested);
        root.addDisposeListener(event -> release());
    }

    @Override
    public void caseChanged(Optional<Case> currentCase) {
        Case next = currentCase.orElse(null);
        if (released || next == aCase) {
            return;
        }
        autosave.flush(); // the old case's last edits
        generation++;
        aCase = next;
        loaded = false;
        notes.clear();
        filterIds = null;
        if (!filter.getText().isEmpty()) {
            filter.setText("");
        }
        filterDelay.cancel();
        show(null);
        if (next == null) {
            pendingNew = false;
            pages.showMessage(NO_CASE_HINT);
            return;
        }
        pages.showContent();
        editor.setStatus("Loading notes\u2026");
        int expected = generation;
        try {
            jobs.submit("Load case notes", context -> store.loadAll(next.records(NoteStore.NAMESPACE)))
                    .result()
                    .whenComplete((result, error) -> workbench.asyncExec(() -> notesLoaded(expected, result, error)));
        } catch (RuntimeException e) {
            LOG.error("Could not start loading the notes of case {}", next.folder(), e);
            editor.setStatus("Notes not loaded");
            workbench.setStatus("Case notes: could not load the notes: " + e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        if (released || root.isDisposed()) {
            return;
        }
        if (current != null) {
            editor.setFocus();
        } else {
            pages.setFocus(table);
        }
    }

    @Override
    public void dispose() {
        release();
    }

    /** Saves what is pending and lets go of timers, the coordinator and images. Safe to call twice. */
    void release() {
        if (released) {
            return;
        }
        if (autosave == null) {
            released = true; // createControl never ran to its end: nothing to save or release
            if (glyphs != null) {
                glyphs.dispose();
            }
            return;
        }
        try {
            autosave.flush();
        } finally {
            released = true;
            autosave.cancel();
            if (filterDelay != null) {
                filterDelay.cancel();
            }
            try {
                if (attachment != null) {
                    attachment.close();
                }
            } catch (Exception e) {
                LOG.warn("Could not detach the notes view from the New Note command", e);
            }
            glyphs.dispose();
        }
    }

    // ---- building the widgets

    private void createMainPage() {
        mainPage = new Composite(root, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        mainPage.setLayout(layout);

        Composite top = new Composite(mainPage, SWT.NONE);
        GridLayout topLayout = new GridLayout(2, false);
        topLayout.marginWidth = 4;
        topLayout.marginHeight = 3;
        top.setLayout(topLayout);
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ToolBar actions = new ToolBar(top, SWT.FLAT | SWT.RIGHT);
        ToolItem newItem = new ToolItem(actions, SWT.PUSH);
        newItem.setImage(glyphs.add);
        newItem.setText("New");
        newItem.setToolTipText("New note (Ctrl+Shift+N)");
        newItem.addListener(SWT.Selection, event -> newNote());
        deleteItem = new ToolItem(actions, SWT.PUSH);
        deleteItem.setImage(glyphs.delete);
        deleteItem.setText("Delete");
        deleteItem.setToolTipText("Delete the selected note");
        deleteItem.addListener(SWT.Selection, event -> deleteCurrent());
        filter = new Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Search notes");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addModifyListener(event -> filterDelay.trigger());

        SashForm split = new SashForm(mainPage, SWT.VERTICAL | SWT.SMOOTH);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new Table(split, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        TableColumn title = new TableColumn(table, SWT.LEFT);
        title.setText("Title");
        TableColumn modified = new TableColumn(table, SWT.RIGHT);
        modified.setText("Modified");
        modified.setWidth(MODIFIED_COLUMN_WIDTH);
        // GTK stretches the last column over free space and reports the new client area only after the resize
        // event: give both columns their widths once it is known.
        table.addListener(SWT.Resize, event -> display.asyncExec(() -> {
            if (!table.isDisposed()) {
                modified.setWidth(MODIFIED_COLUMN_WIDTH);
                title.setWidth(Math.max(60, table.getClientArea().width - MODIFIED_COLUMN_WIDTH));
            }
        }));
        table.addListener(SWT.Selection, event -> {
            if (event.item != null && event.item.getData() instanceof String id && notes.containsKey(id)
                    && (current == null || !current.id().equals(id))) {
                show(notes.get(id));
            }
        });
        table.addListener(SWT.DefaultSelection, event -> editor.setFocus());
        table.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.DEL && event.stateMask == 0) {
                deleteCurrent();
            }
        });
        lowerPages = new ViewPages(split, 200);
        lower = lowerPages.root();
        editor = new NoteEditor(lower, glyphs, clockMillis);
        lowerPages.setContent(editor.control());
        // Leaving the editor (for a menu, another view, the list) saves at once: the analyst may be about to close
        // the case, and the shell closes it before it tells the views.
        editor.onFocusLost(() -> {
            if (!released) {
                autosave.flush();
            }
        });
        editor.onChange(() -> {
            if (current != null) {
                editor.setStatus("Edited");
                autosave.trigger();
            }
        });
        split.setWeights(30, 70);
    }

    // ---- the notes

    /** The New Note command's request, from the coordinator, on the UI thread. */
    void newNoteRequested() {
        if (released || aCase == null) {
            return;
        }
        if (loaded) {
            newNote();
        } else {
            pendingNew = true;
        }
    }

    /** Starts a new empty note at the top of the list and puts the caret in it. */
    void newNote() {
        if (released || aCase == null || !loaded) {
            return;
        }
        autosave.flush();
        if (!filter.getText().isEmpty()) {
            filter.setText("");
            filterDelay.cancel();
        }
        filterIds = null;
        Note note = Note.create(UUID.randomUUID().toString(), clock.instant());
        notes.put(note.id(), note);
        saves.save(aCase, note);
        show(note);
        editor.setFocus();
    }

    /** Deletes the note in the editor after the analyst confirms. */
    void deleteCurrent() {
        if (released || aCase == null || current == null) {
            return;
        }
        Note doomed = current;
        Case owner = aCase;
        if (!confirmDelete.test(doomed) || aCase != owner || current != doomed) {
            return; // declined, or the case or note changed while the dialog was open
        }
        autosave.cancel();
        List<Note> visible = visibleNotes();
        int index = visible.indexOf(doomed);
        saves.delete(owner, doomed.id());
        notes.remove(doomed.id());
        if (filterIds != null) {
            filterIds.remove(doomed.id());
        }
        current = null;
        Note next = index + 1 < visible.size() ? visible.get(index + 1) : index > 0 ? visible.get(index - 1) : null;
        show(next);
        workbench.setStatus("Deleted the note \u201c" + doomed.title() + "\u201d");
    }

    private boolean askDelete(Note note) {
        MessageBox box = new MessageBox(root.getShell(), SWT.ICON_QUESTION | SWT.YES | SWT.NO);
        box.setText("Delete note");
        box.setMessage("Delete the note \u201c" + note.title() + "\u201d?\nThis cannot be undone.");
        return box.open() == SWT.YES;
    }

    /** Puts {@code note} (or nothing) in the editor, after saving the note that was there. */
    void show(Note note) {
        autosave.flush();
        current = note;
        editor.load(note == null ? RichText.EMPTY : note.content());
        editor.setEditable(note != null);
        editor.setStatus("");
        refreshTable();
        site.setSelection(note == null ? new Selection(VIEW_ID, List.of())
                : Selection.of(VIEW_ID, new Ref(NOTE_KIND, note.id(), note.title())));
    }

    /** The autosave action: takes the editor's content and queues a save when it changed. */
    void saveCurrent() {
        if (current == null || aCase == null) {
            return;
        }
        RichText content = editor.snapshot();
        if (content.equals(current.content())) {
            return;
        }
        current = current.edited(content, clock.instant());
        notes.put(current.id(), current);
        editor.setStatus("Saving\u2026");
        saves.save(aCase, current);
        refreshTable();
    }

    private void notesLoaded(int expected, NoteStore.LoadResult result, Throwable error) {
        if (released || expected != generation) {
            return;
        }
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause()
                    : error;
            LOG.error("Could not load the notes of case {}", aCase.folder(), cause);
            editor.setStatus("Notes not loaded");
            workbench.setStatus("Case notes: could not load the notes: " + cause.getMessage());
            return;
        }
        for (Note note : result.notes()) {
            notes.put(note.id(), note);
        }
        loaded = true;
        show(result.notes().isEmpty() ? null : result.notes().get(0));
        if (!result.problems().isEmpty()) {
            int count = result.problems().size();
            String message = count + (count == 1 ? " note" : " notes") + " could not be read";
            editor.setStatus(message);
            workbench.setStatus("Case notes: " + message + " and " + (count == 1 ? "was" : "were")
                    + " skipped (details in the log)");
        }
        if (pendingNew) {
            pendingNew = false;
            newNote();
        }
    }

    // ---- searching

    private void runSearch() {
        if (released || filter.isDisposed()) {
            return;
        }
        String query = filter.getText().strip();
        if (query.isEmpty()) {
            filterIds = null;
            refreshTable();
            return;
        }
        if (aCase == null || !loaded) {
            return;
        }
        autosave.flush();
        Case searched = aCase;
        int expected = generation;
        try {
            jobs.submit("Search case notes", context -> store.search(searched.records(NoteStore.NAMESPACE), query))
                    .result()
                    .whenComplete((ids, error) -> workbench.asyncExec(() -> searchDone(expected, query, ids, error)));
        } catch (RuntimeException e) {
            LOG.error("Could not start searching the notes", e);
            workbench.setStatus("Case notes: could not search: " + e.getMessage());
        }
    }

    private void searchDone(int expected, String query, List<String> ids, Throwable error) {
        if (released || expected != generation || !query.equals(filter.getText().strip())) {
            return; // a newer search or another case has taken over
        }
        if (error != null) {
            LOG.error("Searching the notes for '{}' failed", query, error);
            workbench.setStatus("Case notes: search failed: " + error.getMessage());
            return;
        }
        Set<String> matches = new HashSet<>(ids);
        matches.retainAll(notes.keySet());
        if (current != null) {
            // The database may not have the newest text of the note being edited yet: judge it by what is shown.
            if (NoteStore.matches(current, query)) {
                matches.add(current.id());
            } else {
                matches.remove(current.id());
            }
        }
        filterIds = matches;
        if (current != null && !matches.contains(current.id())) {
            List<Note> visible = visibleNotes();
            show(visible.isEmpty() ? null : visible.get(0));
        } else {
            refreshTable();
        }
    }

    /** Shows the editor when a note is open, otherwise a line saying why there is none. */
    private void showEditorOrMessage() {
        if (lower == null || lower.isDisposed()) {
            return;
        }
        String message;
        if (!loaded) {
            message = "";
        } else if (filterIds != null && !filter.getText().isBlank()) {
            message = filterIds.isEmpty() ? "No note contains \u201c" + filter.getText().strip() + "\u201d."
                    : "Select a note to read or edit it.";
        } else {
            message = notes.isEmpty() ? "No notes yet.\nNew (Ctrl+Shift+N) starts one."
                    : "Select a note to read or edit it.";
        }
        if (current == null) {
            lowerPages.showMessage(message);
        } else {
            lowerPages.showContent();
        }
        lower.layout(true, true);
    }

    // ---- the list

    private List<Note> visibleNotes() {
        List<Note> visible = new ArrayList<>();
        for (Note note : notes.values()) {
            if (filterIds == null || filterIds.contains(note.id())) {
                visible.add(note);
            }
        }
        visible.sort(NEWEST_FIRST);
        return visible;
    }

    private void refreshTable() {
        if (table == null || table.isDisposed()) {
            return;
        }
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        List<Note> visible = visibleNotes();
        table.setRedraw(false);
        try {
            table.removeAll();
            for (Note note : visible) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(0, note.title());
                item.setText(1, formatModified(note.modified(), now, zone));
                item.setData(note.id());
                if (current != null && current.id().equals(note.id())) {
                    table.setSelection(item);
                }
            }
        } finally {
            table.setRedraw(true);
        }
        if (current != null && table.getSelectionIndex() >= 0) {
            table.showSelection();
        }
        deleteItem.setEnabled(current != null);
        showEditorOrMessage();
    }

    /** "14:05" today, "3 Mar" this year, "3 Mar 2024" before. */
    static String formatModified(Instant modified, Instant now, ZoneId zone) {
        ZonedDateTime when = modified.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        String pattern = when.toLocalDate().equals(today) ? "HH:mm"
                : when.getYear() == today.getYear() ? "d MMM" : "d MMM yyyy";
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(when);
    }

    private void applyDelays() {
        NotesConfig c = config;
        long delay = c == null ? 750 : Math.max(100, c.autosave_delay());
        long maxWait = c == null ? 10_000 : Math.max(delay, c.autosave_max_wait());
        autosave.setDelays(delay, maxWait);
    }

    /** Hears of the save jobs' writes, on their worker thread, and reports them on the UI thread. */
    private final class SaveListener implements SaveQueue.Listener {
        @Override
        public void written(Case inCase, String noteId, Optional<Note> note) {
            workbench.asyncExec(() -> {
                if (!released && inCase == aCase && current != null && current.id().equals(noteId)
                        && !autosave.isPending() && !saves.isBusy()) {
                    editor.setStatus("Saved");
                }
            });
        }

        @Override
        public void failed(Case inCase, String noteId, Exception error) {
            workbench.asyncExec(() -> {
                if (released) {
                    return;
                }
                if (current != null && current.id().equals(noteId)) {
                    editor.setStatus("Not saved");
                }
                workbench.setStatus("Case notes: a note could not be saved: " + error.getMessage());
            });
        }
    }
}
