package dev.ariadne.example.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

import dev.ariadne.example.notes.internal.model.BlockKind;
import dev.ariadne.example.notes.internal.model.EditHistory;
import dev.ariadne.example.notes.internal.model.EditHistory.EditKind;
import dev.ariadne.example.notes.internal.model.EditHistory.State;
import dev.ariadne.example.notes.internal.model.InlineStyle;
import dev.ariadne.example.notes.internal.model.RichText;
import dev.ariadne.example.notes.internal.model.RichTextDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.Bullet;
import org.eclipse.swt.custom.ExtendedModifyEvent;
import org.eclipse.swt.custom.ST;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.VerifyEvent;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.GlyphMetrics;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rich-text editor of one note: a formatting bar (bold, italic, underline, heading, bullet list, undo, redo) over
 * an SWT {@link StyledText}. Every edit of the widget is mirrored into a {@link RichTextDocument}, and the widget's
 * styles, bullets and heading fonts are rendered back from it, so what is saved is exactly what is shown.
 *
 * <p>Keys: Ctrl+B, Ctrl+I, Ctrl+U toggle the character styles (over the selection, or for the next typed text when
 * nothing is selected); Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo; Enter on an empty bullet ends the list, and
 * Backspace at the start of a heading or bullet makes it a plain paragraph.
 *
 * <p>UI thread only. Its fonts are released when its widgets are disposed.
 */
final class NoteEditor {

    private static final Logger LOG = LoggerFactory.getLogger(NoteEditor.class);

    private static final double HEADING_SCALE = 1.4;

    private final Composite root;
    private final ToolItem boldItem;
    private final ToolItem italicItem;
    private final ToolItem underlineItem;
    private final ToolItem headingItem;
    private final ToolItem bulletItem;
    private final ToolItem undoItem;
    private final ToolItem redoItem;
    private final Label status;
    /** The text widget; package-private for tests that type into it. */
    final StyledText text;

    private final RichTextDocument document = new RichTextDocument();
    private final EditHistory history = new EditHistory();
    private final LongSupplier clockMillis;
    private final Font headingFont;
    private final Font headingItalicFont;
    private final Bullet bullet;
    private final int bulletIndent;
    private final int headingSpace;

    private Runnable changeListener = () -> { };
    /** True while the editor itself changes the widget's text, which must not be mirrored or recorded. */
    private boolean applying;
    /**
     * True from the verify event of an edit to its extended-modify event. StyledText moves the caret in between, when
     * the widget has the new text and the document not yet, so caret events are ignored meanwhile.
     */
    private boolean changing;
    /** The style mask of the insertion the widget is about to make, decided in the verify listener. */
    private int insertMask;
    /** The typing style chosen with a caret (Ctrl+B with nothing selected), or -1. */
    private int overrideMask = -1;
    /** Where the caret was when {@link #overrideMask} was chosen; the override holds while the caret stays there. */
    private int overrideOffset = -1;

    NoteEditor(Composite parent, Glyphs glyphs, LongSupplier clockMillis) {
        this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
        root = new Composite(parent, SWT.NONE);
        GridLayout rootLayout = new GridLayout(1, false);
        rootLayout.marginWidth = 0;
        rootLayout.marginHeight = 0;
        rootLayout.verticalSpacing = 0;
        root.setLayout(rootLayout);

        Composite barRow = new Composite(root, SWT.NONE);
        GridLayout barLayout = new GridLayout(2, false);
        barLayout.marginWidth = 2;
        barLayout.marginRight = 6;
        barLayout.marginHeight = 1;
        barRow.setLayout(barLayout);
        barRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ToolBar bar = new ToolBar(barRow, SWT.FLAT | SWT.HORIZONTAL);
        boldItem = checkItem(bar, glyphs.bold, "Bold (Ctrl+B)", () -> toggleStyle(InlineStyle.BOLD));
        italicItem = checkItem(bar, glyphs.italic, "Italic (Ctrl+I)", () -> toggleStyle(InlineStyle.ITALIC));
        underlineItem = checkItem(bar, glyphs.underline, "Underline (Ctrl+U)",
                () -> toggleStyle(InlineStyle.UNDERLINE));
        new ToolItem(bar, SWT.SEPARATOR);
        headingItem = checkItem(bar, glyphs.heading, "Heading", () -> toggleBlock(BlockKind.HEADING));
        bulletItem = checkItem(bar, glyphs.bullets, "Bullet list", () -> toggleBlock(BlockKind.BULLET));
        new ToolItem(bar, SWT.SEPARATOR);
        undoItem = pushItem(bar, glyphs.undo, "Undo (Ctrl+Z)", this::undo);
        redoItem = pushItem(bar, glyphs.redo, "Redo (Ctrl+Shift+Z)", this::redo);
        status = new Label(barRow, SWT.RIGHT);
        status.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Label separator = new Label(root, SWT.SEPARATOR | SWT.HORIZONTAL);
        separator.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        text = new StyledText(root, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setMargins(10, 8, 10, 8);
        text.setAlwaysShowScrollBars(false);

        FontData base = text.getFont().getFontData()[0];
        int headingHeight = (int) Math.round(base.getHeight() * HEADING_SCALE);
        headingFont = new Font(text.getDisplay(), base.getName(), headingHeight, SWT.BOLD);
        headingItalicFont = new Font(text.getDisplay(), base.getName(), headingHeight, SWT.BOLD | SWT.ITALIC);
        GC gc = new GC(text);
        try {
            double charWidth = gc.getFontMetrics().getAverageCharacterWidth();
            bulletIndent = (int) Math.round(charWidth * 3);
            headingSpace = gc.getFontMetrics().getHeight() / 2;
        } finally {
            gc.dispose();
        }
        StyleRange bulletStyle = new StyleRange();
        bulletStyle.metrics = new GlyphMetrics(0, 0, bulletIndent);
        bullet = new Bullet(ST.BULLET_DOT, bulletStyle);

        text.addVerifyKeyListener(this::onVerifyKey);
        text.addVerifyListener(this::onVerify);
        text.addExtendedModifyListener(this::onModified);
        text.addCaretListener(event -> onCaretMoved(event.caretOffset));
        text.addListener(SWT.Selection, event -> {
            if (!changing) {
                updateBar();
            }
        });
        root.addDisposeListener(event -> {
            headingFont.dispose();
            headingItalicFont.dispose();
        });
        setEditable(false);
    }

    /** The editor's top control. */
    Composite control() {
        return root;
    }

    /** Calls {@code listener} on the UI thread after each change the analyst makes (not after {@link #load}). */
    void onChange(Runnable listener) {
        changeListener = Objects.requireNonNull(listener, "listener");
    }

    /** Calls {@code listener} on the UI thread when the text loses the keyboard focus. */
    void onFocusLost(Runnable listener) {
        text.addListener(SWT.FocusOut, event -> listener.run());
    }

    /** Shows {@code content}, forgetting the undo history. */
    void load(RichText content) {
        applying = true;
        try {
            text.setText(content.text());
        } finally {
            applying = false;
        }
        document.load(content);
        history.clear();
        overrideMask = -1;
        render();
        text.setSelection(0);
        updateBar();
    }

    /** The content shown now. Reads the model, not the widget, so it works while the widgets are being disposed. */
    RichText snapshot() {
        return document.snapshot();
    }

    /** Allows or forbids editing (there is no note to edit). */
    void setEditable(boolean editable) {
        text.setEditable(editable);
        text.setEnabled(editable);
        for (ToolItem item : items()) {
            item.setEnabled(editable);
        }
        updateBar();
    }

    /** Shows a short state beside the formatting bar ("Saved", "Saving…"). */
    void setStatus(String message) {
        if (!status.isDisposed() && !status.getText().equals(message)) {
            status.setText(message);
            status.getParent().layout();
        }
    }

    /** Gives the text the keyboard focus. */
    void setFocus() {
        if (!text.isDisposed()) {
            text.setFocus();
        }
    }

    /** Toggles a character style over the selection, or for the next typed text when nothing is selected. */
    void toggleStyle(InlineStyle style) {
        if (!text.getEditable()) {
            return;
        }
        Point selection = text.getSelection();
        if (selection.x == selection.y) {
            overrideMask = typingMask(selection.x) ^ style.bit();
            overrideOffset = selection.x;
            updateBar();
            return;
        }
        history.beforeChange(EditKind.OTHER, clockMillis.getAsLong(), this::state);
        document.toggle(style, selection.x, selection.y);
        changed();
    }

    /** Makes the selected lines headings or bullets, or plain paragraphs when they all are already. */
    void toggleBlock(BlockKind kind) {
        if (!text.getEditable()) {
            return;
        }
        Point selection = text.getSelection();
        int first = document.lineAt(selection.x);
        int last = document.lineAt(selection.y);
        if (last > first && selection.y == document.lineStart(last)) {
            last--; // a selection that ends at a line's start does not include that line
        }
        history.beforeChange(EditKind.OTHER, clockMillis.getAsLong(), this::state);
        document.toggleBlock(kind, first, last);
        changed();
    }

    /** Takes back the last step of editing. */
    void undo() {
        if (text.getEditable()) {
            history.undo(state()).ifPresent(this::restore);
        }
    }

    /** Does again the last undone step. */
    void redo() {
        if (text.getEditable()) {
            history.redo(state()).ifPresent(this::restore);
        }
    }

    private void onVerifyKey(VerifyEvent event) {
        changing = false; // a new key: any earlier edit has ended (or was vetoed)
        int modifiers = event.stateMask & SWT.MODIFIER_MASK;
        if (modifiers == SWT.MOD1) {
            switch (event.keyCode) {
                case 'b' -> toggleStyle(InlineStyle.BOLD);
                case 'i' -> toggleStyle(InlineStyle.ITALIC);
                case 'u' -> toggleStyle(InlineStyle.UNDERLINE);
                case 'z' -> undo();
                case 'y' -> redo();
                default -> {
                    return;
                }
            }
            event.doit = false;
        } else if (modifiers == (SWT.MOD1 | SWT.MOD2) && event.keyCode == 'z') {
            redo();
            event.doit = false;
        } else if (modifiers == 0 && text.getEditable() && text.getSelectionCount() == 0) {
            int caret = text.getCaretOffset();
            int line = document.lineAt(caret);
            BlockKind kind = document.kindOfLine(line);
            boolean enter = event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR;
            boolean emptyLine = document.lineStart(line) == document.lineEnd(line);
            boolean atLineStart = caret == document.lineStart(line);
            if ((enter && kind == BlockKind.BULLET && emptyLine)
                    || (event.keyCode == SWT.BS && atLineStart && kind != BlockKind.PARAGRAPH)) {
                history.beforeChange(EditKind.OTHER, clockMillis.getAsLong(), this::state);
                document.setBlock(line, BlockKind.PARAGRAPH);
                changed();
                event.doit = false;
            }
        }
    }

    private void onVerify(VerifyEvent event) {
        if (applying) {
            return;
        }
        String inserted = event.text.replace("\r\n", "\n").replace('\r', '\n');
        if (!inserted.equals(event.text)) {
            event.text = inserted;
        }
        EditKind kind = inserted.isEmpty() ? EditKind.DELETING
                : event.start == event.end ? EditKind.TYPING : EditKind.OTHER;
        history.beforeChange(kind, clockMillis.getAsLong(), kind == EditKind.TYPING && startsStep(event.start, inserted),
                this::state);
        changing = true;
        if (event.start == event.end) {
            insertMask = typingMask(event.start);
        } else {
            // Replacing text keeps the style of the first replaced char, as word processors do.
            insertMask = document.text().charAt(event.start) == '\n' ? document.typingMask(event.start)
                    : document.maskAt(event.start);
        }
    }

    /** Whether typing {@code inserted} at {@code offset} starts a new undo step: a new word or a new line. */
    private boolean startsStep(int offset, String inserted) {
        if (inserted.indexOf('\n') >= 0) {
            return true;
        }
        String content = document.text();
        return offset > 0 && Character.isWhitespace(content.charAt(offset - 1))
                && !Character.isWhitespace(inserted.charAt(0));
    }

    private void onModified(ExtendedModifyEvent event) {
        if (applying) {
            return;
        }
        changing = false;
        String inserted = text.getTextRange(event.start, event.length);
        document.replace(event.start, event.replacedText.length(), inserted, insertMask);
        overrideMask = -1;
        if (!document.text().equals(text.getText())) {
            // Cannot happen while every change goes through the listeners above; if it does, keep the text safe.
            LOG.error("The note model is out of step with the editor ({} chars against {}); styles are reset",
                    document.length(), text.getCharCount());
            document.load(RichText.plain(text.getText()));
        }
        changed();
    }

    private void onCaretMoved(int caret) {
        if (changing) {
            return; // the edit's extended-modify event updates the bar once the document has the new text
        }
        if (overrideMask >= 0 && caret != overrideOffset) {
            overrideMask = -1;
        }
        updateBar();
    }

    private int typingMask(int offset) {
        return overrideMask >= 0 && offset == overrideOffset ? overrideMask : document.typingMask(offset);
    }

    private void changed() {
        render();
        updateBar();
        changeListener.run();
    }

    private State state() {
        Point selection = text.getSelection();
        return new State(document.snapshot(), selection.x, selection.y);
    }

    private void restore(State state) {
        String current = text.getText();
        String target = state.content().text();
        int prefix = 0;
        int max = Math.min(current.length(), target.length());
        while (prefix < max && current.charAt(prefix) == target.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && current.charAt(current.length() - 1 - suffix) == target.charAt(target.length() - 1 - suffix)) {
            suffix++;
        }
        applying = true;
        try {
            // Replace only what differs, so the view does not scroll back to the top.
            text.replaceTextRange(prefix, current.length() - prefix - suffix,
                    target.substring(prefix, target.length() - suffix));
        } finally {
            applying = false;
        }
        document.load(state.content());
        overrideMask = -1;
        render();
        int length = text.getCharCount();
        text.setSelection(Math.min(state.selectionStart(), length), Math.min(state.selectionEnd(), length));
        text.showSelection();
        updateBar();
        changeListener.run();
    }

    /** Renders the widget's styles, bullets and line spacing from the document. */
    private void render() {
        String content = document.text();
        int n = content.length();
        List<StyleRange> ranges = new ArrayList<>();
        int line = 0;
        int i = 0;
        while (i < n) {
            if (content.charAt(i) == '\n') {
                line++;
                i++;
                continue;
            }
            BlockKind kind = document.kindOfLine(line);
            int mask = document.maskAt(i);
            int j = i + 1;
            while (j < n && content.charAt(j) != '\n' && document.maskAt(j) == mask) {
                j++;
            }
            if (mask != 0 || kind == BlockKind.HEADING) {
                ranges.add(styleRange(i, j - i, mask, kind));
            }
            i = j;
        }
        text.setStyleRanges(ranges.toArray(new StyleRange[0]));
        int lines = text.getLineCount();
        for (int l = 0; l < lines; l++) {
            BlockKind kind = document.kindOfLine(l);
            Bullet wanted = kind == BlockKind.BULLET ? bullet : null;
            if (text.getLineBullet(l) != wanted) {
                text.setLineBullet(l, 1, wanted);
            }
            int wrapIndent = kind == BlockKind.BULLET ? bulletIndent : 0;
            if (text.getLineWrapIndent(l) != wrapIndent) {
                text.setLineWrapIndent(l, 1, wrapIndent);
            }
            int space = kind == BlockKind.HEADING && l > 0 ? headingSpace : 0;
            if (text.getLineVerticalIndent(l) != space) {
                text.setLineVerticalIndent(l, space);
            }
        }
    }

    private StyleRange styleRange(int start, int length, int mask, BlockKind kind) {
        StyleRange range = new StyleRange();
        range.start = start;
        range.length = length;
        boolean italic = (mask & InlineStyle.ITALIC.bit()) != 0;
        range.fontStyle = ((mask & InlineStyle.BOLD.bit()) != 0 ? SWT.BOLD : SWT.NORMAL)
                | (italic ? SWT.ITALIC : SWT.NORMAL);
        range.underline = (mask & InlineStyle.UNDERLINE.bit()) != 0;
        if (kind == BlockKind.HEADING) {
            range.font = italic ? headingItalicFont : headingFont;
        }
        return range;
    }

    private void updateBar() {
        if (text.isDisposed() || document.length() != text.getCharCount()) {
            return; // disposed, or in the middle of an edit: the edit's end updates the bar
        }
        boolean editable = text.getEditable();
        Point selection = text.getSelection();
        boldItem.setSelection(editable && has(InlineStyle.BOLD, selection));
        italicItem.setSelection(editable && has(InlineStyle.ITALIC, selection));
        underlineItem.setSelection(editable && has(InlineStyle.UNDERLINE, selection));
        BlockKind kind = document.kindOfLine(document.lineAt(Math.min(selection.x, document.length())));
        headingItem.setSelection(editable && kind == BlockKind.HEADING);
        bulletItem.setSelection(editable && kind == BlockKind.BULLET);
        undoItem.setEnabled(editable && history.canUndo());
        redoItem.setEnabled(editable && history.canRedo());
    }

    private boolean has(InlineStyle style, Point selection) {
        if (selection.x == selection.y) {
            return (typingMask(selection.x) & style.bit()) != 0;
        }
        return document.hasEverywhere(style, selection.x, selection.y);
    }

    private ToolItem[] items() {
        return new ToolItem[] {boldItem, italicItem, underlineItem, headingItem, bulletItem, undoItem, redoItem};
    }

    private ToolItem checkItem(ToolBar bar, Image image, String tip, Runnable action) {
        return item(bar, SWT.CHECK, image, tip, action);
    }

    private ToolItem pushItem(ToolBar bar, Image image, String tip, Runnable action) {
        return item(bar, SWT.PUSH, image, tip, action);
    }

    private ToolItem item(ToolBar bar, int style, Image image, String tip, Runnable action) {
        ToolItem item = new ToolItem(bar, style);
        item.setImage(image);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, event -> {
            action.run();
            updateBar();
            setFocus();
        });
        return item;
    }
}
