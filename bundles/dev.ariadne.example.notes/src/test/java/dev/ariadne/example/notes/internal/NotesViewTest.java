package dev.ariadne.example.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.selection.Ref;
import dev.ariadne.example.notes.internal.model.Block;
import dev.ariadne.example.notes.internal.model.BlockKind;
import dev.ariadne.example.notes.internal.model.FakeCase;
import dev.ariadne.example.notes.internal.model.InMemoryRecords;
import dev.ariadne.example.notes.internal.model.InlineStyle;
import dev.ariadne.example.notes.internal.model.Note;
import dev.ariadne.example.notes.internal.model.NoteCodec;
import dev.ariadne.example.notes.internal.model.NoteFormatException;
import dev.ariadne.example.notes.internal.model.NoteStore;
import dev.ariadne.example.notes.internal.model.RichText;
import dev.ariadne.example.notes.internal.model.Span;
import dev.ariadne.ui.testing.FakeJobService;
import dev.ariadne.ui.testing.FakeWorkbench;
import dev.ariadne.ui.testing.Swt;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole view on a real SWT display (skipped without one), with a case kept in memory and jobs on a small pool:
 * notes are created, autosaved off the UI thread, found, deleted and restored exactly.
 */
class NotesViewTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final NoteCodec codec = new NoteCodec();
    private final FakeJobService jobs = new FakeJobService();
    private final NotesCoordinator coordinator = new NotesCoordinator();
    private final FakeCase aCase = new FakeCase("case-1");
    private final InMemoryRecords records = aCase.records(NoteStore.NAMESPACE);
    private Shell shell;
    private FakeWorkbench workbench;

    @BeforeEach
    void openShell() {
        shell = Swt.shell(420, 640);
        workbench = new FakeWorkbench(shell);
        shell.open();
    }

    @AfterEach
    void closeShell() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
        jobs.close();
    }

    private static NotesConfig delays(int delay, int maxWait) {
        return new NotesConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return NotesConfig.class;
            }

            @Override
            public int autosave_delay() {
                return delay;
            }

            @Override
            public int autosave_max_wait() {
                return maxWait;
            }
        };
    }

    private NotesView openView(Optional<Case> current) {
        NotesView view = new NotesView(jobs, coordinator, delays(100, 1000));
        view.createControl(shell, workbench.site(NotesView.VIEW_ID));
        shell.layout(true, true);
        view.caseChanged(current);
        return view;
    }

    private NotesView openLoadedView() {
        NotesView view = openView(Optional.of(aCase));
        Swt.waitUntil("the notes to load", WAIT, () -> view.loaded);
        return view;
    }

    private Note stored(String id) {
        try {
            return codec.read(records.get(NoteStore.KEY_PREFIX + id).orElseThrow());
        } catch (NoteFormatException e) {
            throw new AssertionError(e);
        }
    }

    private boolean storedTextIs(String id, String text) {
        Optional<String> value = records.get(NoteStore.KEY_PREFIX + id);
        return value.isPresent() && stored(id).text().equals(text);
    }

    private List<String> tableTitles(NotesView view) {
        return java.util.Arrays.stream(view.table.getItems()).map(item -> item.getText(0)).toList();
    }

    @Test
    void withoutACaseTheViewShowsTheHint() {
        NotesView view = openView(Optional.empty());

        assertThat(view.pages.showsContent()).isFalse();
        assertThat(view.pages.message())
                .isEqualTo("Open or create a case to keep notes");
        view.newNoteRequested();
        assertThat(records.keys()).isEmpty();
    }

    @Test
    void openingACaseAfterTheHintShowsItsNotes() {
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        new NoteStore(codec).save(records, Note.create("n1", at).edited(RichText.plain("Kept from before"), at));
        NotesView view = openView(Optional.empty());

        view.caseChanged(Optional.of(aCase));

        Swt.waitUntil("the notes to load", WAIT, () -> view.loaded);
        assertThat(view.pages.showsContent()).isTrue();
        assertThat(tableTitles(view)).containsExactly("Kept from before");
        assertThat(view.editor.snapshot().text()).isEqualTo("Kept from before");
    }

    @Test
    void aNewNoteIsAutosavedOffTheUiThreadAfterTypingStops() {
        NotesView view = openLoadedView();
        assertThat(view.pages.showsContent()).isTrue();

        view.newNote();
        String id = view.current.id();
        Swt.waitUntil("the empty note to be stored", WAIT, () -> storedTextIs(id, ""));
        view.editor.text.insert("Envoy meeting\nAgreed to withdraw");
        view.editor.text.setSelection(0, 5);
        view.editor.toggleStyle(InlineStyle.BOLD);

        Swt.waitUntil("the typed note to be stored", WAIT,
                () -> storedTextIs(id, "Envoy meeting\nAgreed to withdraw"));
        Note saved = stored(id);
        assertThat(saved.title()).isEqualTo("Envoy meeting");
        assertThat(saved.content().spans()).containsExactly(Span.of(0, 5, InlineStyle.BOLD));
        assertThat(records.writerThreads).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("test-worker-"));
        assertThat(jobs.submitted).contains("Load case notes", "Save case notes");
        assertThat(tableTitles(view)).containsExactly("Envoy meeting");
        Swt.waitUntil("the editor to say Saved", WAIT, () -> statusOf(view).equals("Saved"));
        assertThat(workbench.selection().first(NotesView.NOTE_KIND)).contains(new Ref(NotesView.NOTE_KIND, id,
                Note.UNTITLED));
    }

    private static String statusOf(NotesView view) {
        for (var child : ((org.eclipse.swt.widgets.Composite) view.editor.control().getChildren()[0]).getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Label label) {
                return label.getText();
            }
        }
        return "";
    }

    @Test
    void reopeningTheCaseRestoresTextAndStylesExactly() {
        NotesView first = openLoadedView();
        first.newNote();
        first.editor.text.insert("Findings\nfirst point\nsecond point\n\u041a\u0440\u0435\u043c\u043b\u044c \uD83D\uDE80");
        first.editor.text.setCaretOffset(0);
        first.editor.toggleBlock(BlockKind.HEADING);
        first.editor.text.setSelection(9, 30);
        first.editor.toggleBlock(BlockKind.BULLET);
        first.editor.text.setSelection(15, 20);
        first.editor.toggleStyle(InlineStyle.ITALIC);
        RichText shown = first.editor.snapshot();
        String id = first.current.id();
        shell.dispose(); // closing the window disposes the view, which saves at once

        Swt.waitUntil("the note to be stored", WAIT, () -> records.get(NoteStore.KEY_PREFIX + id).isPresent()
                && stored(id).content().equals(shown));

        openShell();
        NotesView second = openLoadedView();
        assertThat(second.current.id()).isEqualTo(id);
        assertThat(second.editor.snapshot()).isEqualTo(shown);
        assertThat(shown.blocks()).containsExactly(new Block(0, BlockKind.HEADING), new Block(1, BlockKind.BULLET),
                new Block(2, BlockKind.BULLET));
        assertThat(second.editor.text.getText()).isEqualTo(shown.text());
        assertThat(second.editor.text.getLineBullet(1)).isNotNull();
        assertThat(second.editor.text.getStyleRangeAtOffset(16).fontStyle & SWT.ITALIC).isEqualTo(SWT.ITALIC);
        assertThat(second.editor.text.getStyleRangeAtOffset(0).font).isNotNull();
    }

    @Test
    void searchListsOnlyNotesWhoseTextMatches() {
        NotesView view = openLoadedView();
        view.newNote();
        view.editor.text.insert("Shipping manifest");
        view.newNote(); // saves the first at once
        view.editor.text.insert("The ENVOY arrived");
        view.newNote();
        view.editor.text.insert("envoy left again");
        view.saveCurrent();
        Swt.waitUntil("three notes stored", WAIT, () -> records.keys().size() == 3
                && records.keys().stream().map(k -> stored(k.substring(NoteStore.KEY_PREFIX.length())))
                        .noneMatch(n -> n.text().isEmpty()));

        view.filter.setText("envoy");
        Swt.waitUntil("the search to narrow the list", WAIT, () -> view.table.getItemCount() == 2);
        assertThat(tableTitles(view)).containsExactlyInAnyOrder("The ENVOY arrived", "envoy left again");
        assertThat(records.finds.get()).isPositive();

        view.filter.setText("nothing like this");
        Swt.waitUntil("the search to empty the list", WAIT, () -> view.table.getItemCount() == 0);
        assertThat(view.current).isNull();

        view.filter.setText("");
        Swt.waitUntil("every note back", WAIT, () -> view.table.getItemCount() == 3);
    }

    @Test
    void deleteAsksFirstThenRemovesTheRecord() {
        NotesView view = openLoadedView();
        view.newNote();
        view.editor.text.insert("to be deleted");
        view.saveCurrent();
        String id = view.current.id();
        Swt.waitUntil("the note stored", WAIT, () -> storedTextIs(id, "to be deleted"));

        view.confirmDelete = note -> false;
        view.deleteCurrent();
        assertThat(view.current.id()).isEqualTo(id);
        assertThat(records.get(NoteStore.KEY_PREFIX + id)).isPresent();

        view.confirmDelete = note -> note.id().equals(id);
        view.deleteCurrent();
        assertThat(view.current).isNull();
        assertThat(view.table.getItemCount()).isZero();
        Swt.waitUntil("the record removed", WAIT, () -> records.get(NoteStore.KEY_PREFIX + id).isEmpty());
    }

    @Test
    void leavingTheEditorSavesAtOnce() {
        NotesView view = openLoadedView();
        view.newNote();
        String id = view.current.id();
        view.editor.text.insert("saved when the focus leaves");
        assertThat(view.autosave.isPending()).isTrue();

        view.editor.text.notifyListeners(SWT.FocusOut, new org.eclipse.swt.widgets.Event());

        assertThat(view.autosave.isPending()).isFalse();
        assertThat(view.current.text()).isEqualTo("saved when the focus leaves");
        Swt.waitUntil("the note stored", WAIT, () -> storedTextIs(id, "saved when the focus leaves"));
    }

    @Test
    void unreadableRecordsAreSkippedAndReported() {
        records.put("note/broken", "{\"format\":\"ariadne.note\"");
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        Note good = Note.create("good", at).edited(RichText.plain("Readable"), at);
        new NoteStore(codec).save(records, good);

        NotesView view = openLoadedView();

        assertThat(tableTitles(view)).containsExactly("Readable");
        assertThat(workbench.statuses).anySatisfy(s -> assertThat(s).contains("1 note could not be read"));
        assertThat(records.get("note/broken")).contains("{\"format\":\"ariadne.note\"");
    }

    @Test
    void changingTheCaseSavesPendingEditsToTheOldCase() {
        NotesView view = openLoadedView();
        view.newNote();
        String id = view.current.id();
        view.editor.text.insert("typed just before the switch");
        FakeCase other = new FakeCase("case-2");

        view.caseChanged(Optional.of(other));

        Swt.waitUntil("the edit stored in the first case", WAIT,
                () -> storedTextIs(id, "typed just before the switch"));
        Swt.waitUntil("the other case loaded", WAIT, () -> view.loaded);
        assertThat(view.table.getItemCount()).isZero();
        assertThat(other.records(NoteStore.NAMESPACE).keys()).isEmpty();

        view.caseChanged(Optional.empty());
        assertThat(view.pages.showsContent()).isFalse();
    }

    @Test
    void theNewNoteCommandOpensTheViewAndStartsANoteOnceLoaded() {
        NewNoteCommand command = new NewNoteCommand(coordinator);
        NotesView view = openView(Optional.of(aCase)); // still loading
        workbench.currentCase = Optional.of(aCase);

        command.execute(new TestContext(workbench));

        assertThat(workbench.shown).containsExactly(NotesView.VIEW_ID);
        Swt.waitUntil("a new note after loading", WAIT, () -> view.current != null);
        assertThat(view.notes).hasSize(1);
        Swt.waitUntil("the new note stored", WAIT, () -> records.keys().size() == 1);
    }

    @Test
    void theNewNoteCommandWithoutACaseOnlyOpensTheView() {
        NewNoteCommand command = new NewNoteCommand(coordinator);

        command.execute(new TestContext(workbench));

        assertThat(workbench.shown).containsExactly(NotesView.VIEW_ID);
        assertThat(workbench.statuses).containsExactly(NotesView.NO_CASE_HINT);
    }

    @Test
    void modifiedTimesAreShortForRecentNotes() {
        ZoneId utc = ZoneOffset.UTC;
        Instant now = Instant.parse("2025-06-15T18:00:00Z");

        assertThat(NotesView.formatModified(Instant.parse("2025-06-15T09:05:00Z"), now, utc)).isEqualTo("09:05");
        assertThat(NotesView.formatModified(Instant.parse("2025-03-02T09:05:00Z"), now, utc)).isEqualTo("2 Mar");
        assertThat(NotesView.formatModified(Instant.parse("2024-12-31T23:00:00Z"), now, utc))
                .isEqualTo("31 Dec 2024");
    }

    /** The command context of a test: the fake workbench and its case. */
    private record TestContext(FakeWorkbench workbench) implements dev.ariadne.ui.api.CommandContext {
        @Override
        public dev.ariadne.api.selection.Selection selection() {
            return workbench.selection();
        }

        @Override
        public Shell shell() {
            return workbench.shell;
        }

        @Override
        public Optional<Case> currentCase() {
            return workbench.currentCase;
        }
    }
}
