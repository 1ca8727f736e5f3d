package dev.ariadne.example.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.ariadne.example.notes.internal.model.Block;
import dev.ariadne.example.notes.internal.model.BlockKind;
import dev.ariadne.example.notes.internal.model.InlineStyle;
import dev.ariadne.example.notes.internal.model.RichText;
import dev.ariadne.example.notes.internal.model.Span;
import dev.ariadne.ui.testing.Swt;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ST;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The editor on a real SWT display (skipped without one): what the widget shows is what the model holds. */
class NoteEditorTest {

    private Shell shell;
    private Glyphs glyphs;
    private NoteEditor editor;
    private StyledText text;
    private final AtomicLong clock = new AtomicLong(1_000);
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void open() {
        shell = Swt.shell(420, 640);
        glyphs = new Glyphs(shell.getDisplay());
        editor = new NoteEditor(shell, glyphs, clock::get);
        editor.onChange(changes::incrementAndGet);
        editor.load(RichText.EMPTY);
        editor.setEditable(true);
        text = editor.text;
        shell.open();
        Swt.drain();
    }

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
            glyphs.dispose();
        }
    }

    private void type(String s) {
        text.insert(s);
        text.setCaretOffset(text.getCaretOffset() + s.length());
    }

    private boolean key(int keyCode, int stateMask) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.character = keyCode < 0x10000 ? (char) keyCode : 0;
        event.stateMask = stateMask;
        event.doit = true;
        text.notifyListeners(ST.VerifyKey, event);
        return event.doit;
    }

    /** A key press as the display delivers it, through StyledText's own key handling. */
    private void press(int keyCode, char character, int stateMask) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.character = character;
        event.stateMask = stateMask;
        event.doit = true;
        text.notifyListeners(SWT.KeyDown, event);
    }

    private void pressText(String keys) {
        for (char c : keys.toCharArray()) {
            press(c == '\n' ? SWT.CR : c, c == '\n' ? '\r' : c, 0);
        }
    }

    @Test
    void keysTypedThroughTheWidgetAreMirroredDespiteCaretEventsInTheMiddleOfEachEdit() {
        pressText("Met the ");
        press('b', (char) 2, SWT.MOD1);
        pressText("envoy");
        press('b', (char) 2, SWT.MOD1);
        pressText(" at noon\nnext");
        press(SWT.BS, '\b', 0);

        assertThat(text.getText()).isEqualTo("Met the envoy at noon\nnex");
        assertThat(editor.snapshot()).isEqualTo(new RichText("Met the envoy at noon\nnex",
                List.of(Span.of(8, 13, InlineStyle.BOLD)), List.of()));
        assertThat(text.getCaretOffset()).isEqualTo(text.getCharCount());
        assertThat(text.getStyleRangeAtOffset(9).fontStyle & SWT.BOLD).isEqualTo(SWT.BOLD);
    }

    @Test
    void undoTakesBackTheLastWordOfABurstOfTyping() {
        pressText("Met the envoy\nat noon");

        press('z', (char) 26, SWT.MOD1);
        assertThat(text.getText()).isEqualTo("Met the envoy\nat ");
        press('z', (char) 26, SWT.MOD1);
        assertThat(text.getText()).isEqualTo("Met the envoy\n");
        press('z', (char) 26, SWT.MOD1);
        assertThat(text.getText()).isEqualTo("Met the envoy");
        press('z', (char) 26, SWT.MOD1);
        assertThat(text.getText()).isEqualTo("Met the ");
    }

    @Test
    void typedTextIsMirroredAndReportedAsAChange() {
        type("Hello");

        assertThat(editor.snapshot()).isEqualTo(RichText.plain("Hello"));
        assertThat(changes).hasValue(1);
    }

    @Test
    void ctrlBWithACaretMakesTheNextTypedTextBold() {
        type("plain ");
        assertThat(key('b', SWT.MOD1)).isFalse();
        type("bold");

        assertThat(editor.snapshot().spans()).containsExactly(Span.of(6, 10, InlineStyle.BOLD));
        StyleRange range = text.getStyleRangeAtOffset(7);
        assertThat(range.fontStyle & SWT.BOLD).isEqualTo(SWT.BOLD);
        assertThat(text.getStyleRangeAtOffset(2)).isNull();
    }

    @Test
    void ctrlIAndCtrlUStyleTheSelection() {
        type("one two three");
        text.setSelection(4, 7);
        key('i', SWT.MOD1);
        key('u', SWT.MOD1);

        assertThat(editor.snapshot().spans())
                .containsExactly(Span.of(4, 7, InlineStyle.ITALIC, InlineStyle.UNDERLINE));
        StyleRange range = text.getStyleRangeAtOffset(5);
        assertThat(range.fontStyle & SWT.ITALIC).isEqualTo(SWT.ITALIC);
        assertThat(range.underline).isTrue();

        key('i', SWT.MOD1); // all italic: toggles off
        assertThat(editor.snapshot().spans()).containsExactly(Span.of(4, 7, InlineStyle.UNDERLINE));
    }

    @Test
    void headingsUseTheLargerFontAndBulletsShowABullet() {
        type("Title\nfirst\nsecond");
        text.setCaretOffset(1);
        editor.toggleBlock(BlockKind.HEADING);
        text.setSelection(7, 15); // from "first" into "second"
        editor.toggleBlock(BlockKind.BULLET);

        assertThat(editor.snapshot().blocks()).containsExactly(new Block(0, BlockKind.HEADING),
                new Block(1, BlockKind.BULLET), new Block(2, BlockKind.BULLET));
        StyleRange heading = text.getStyleRangeAtOffset(0);
        assertThat(heading.font).isNotNull();
        assertThat(heading.font.getFontData()[0].getHeight())
                .isGreaterThan(text.getFont().getFontData()[0].getHeight());
        assertThat(text.getLineBullet(0)).isNull();
        assertThat(text.getLineBullet(1)).isNotNull();
        assertThat(text.getLineBullet(2)).isNotNull();
    }

    @Test
    void enterContinuesAListAndEnterOnAnEmptyItemEndsIt() {
        type("item");
        editor.toggleBlock(BlockKind.BULLET);
        type("\n");
        assertThat(text.getLineBullet(1)).isNotNull();

        assertThat(key(SWT.CR, 0)).isFalse(); // the empty bullet becomes a paragraph instead of a new line

        assertThat(editor.snapshot()).isEqualTo(new RichText("item\n", List.of(),
                List.of(new Block(0, BlockKind.BULLET))));
        assertThat(text.getLineBullet(1)).isNull();
    }

    @Test
    void backspaceAtTheStartOfAHeadingMakesItAParagraph() {
        type("Title");
        editor.toggleBlock(BlockKind.HEADING);
        text.setCaretOffset(0);

        assertThat(key(SWT.BS, 0)).isFalse();

        assertThat(editor.snapshot().blocks()).isEmpty();
        assertThat(text.getText()).isEqualTo("Title");
    }

    @Test
    void undoAndRedoRestoreTextAndStyles() {
        type("abc");
        clock.addAndGet(5_000);
        text.setSelection(0, 3);
        editor.toggleStyle(InlineStyle.BOLD);
        RichText styled = editor.snapshot();

        assertThat(key('z', SWT.MOD1)).isFalse();
        assertThat(editor.snapshot()).isEqualTo(RichText.plain("abc"));
        assertThat(text.getStyleRangeAtOffset(1)).isNull();
        key('z', SWT.MOD1);
        assertThat(text.getText()).isEmpty();

        key('z', SWT.MOD1 | SWT.MOD2);
        assertThat(text.getText()).isEqualTo("abc");
        key('y', SWT.MOD1);
        assertThat(editor.snapshot()).isEqualTo(styled);
        assertThat(text.getStyleRangeAtOffset(1).fontStyle & SWT.BOLD).isEqualTo(SWT.BOLD);
    }

    @Test
    void pastedCarriageReturnsBecomeLineFeeds() {
        type("a\r\nb\rc");

        assertThat(text.getText()).isEqualTo("a\nb\nc");
        assertThat(editor.snapshot().text()).isEqualTo("a\nb\nc");
    }

    @Test
    void replacingStyledTextKeepsItsStyle() {
        editor.load(new RichText("old word", List.of(Span.of(4, 8, InlineStyle.BOLD)), List.of()));
        text.setSelection(4, 8);
        text.insert("new");

        assertThat(editor.snapshot()).isEqualTo(new RichText("old new", List.of(Span.of(4, 7, InlineStyle.BOLD)),
                List.of()));
    }

    @Test
    void loadShowsStoredContentExactlyWithoutReportingAChange() {
        RichText content = new RichText("Heading\n\uD83D\uDE80 rocket\nitem", List.of(Span.of(8, 10,
                InlineStyle.BOLD)), List.of(new Block(0, BlockKind.HEADING), new Block(2, BlockKind.BULLET)));

        editor.load(content);

        assertThat(editor.snapshot()).isEqualTo(content);
        assertThat(text.getText()).isEqualTo(content.text());
        assertThat(text.getLineBullet(2)).isNotNull();
        assertThat(changes).hasValue(0);
        assertThat(key('z', SWT.MOD1)).isFalse(); // nothing to undo after a load
        assertThat(text.getText()).isEqualTo(content.text());
    }

    @Test
    void aReadOnlyEditorIgnoresFormatting() {
        editor.setEditable(false);
        editor.toggleBlock(BlockKind.HEADING);
        editor.toggleStyle(InlineStyle.BOLD);

        assertThat(editor.snapshot()).isEqualTo(RichText.EMPTY);
        assertThat(text.getEditable()).isFalse();
    }
}
