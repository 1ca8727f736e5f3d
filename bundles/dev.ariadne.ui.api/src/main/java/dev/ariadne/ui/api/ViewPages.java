package dev.ariadne.ui.api;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The two faces of a view: a message in its middle, saying why there is nothing to show (no case is open, nothing is
 * selected, a service is missing), or the view's own content. A {@link WorkbenchView} makes one in
 * {@link WorkbenchView#createControl}, builds its content as a child of {@link #root()}, hands it to
 * {@link #setContent} and then switches between the two; the message wraps to the view's width and is laid out again
 * whenever its text changes, so a longer text is never cut.
 *
 * <p>Made and used on the UI thread only. Starts with the message page on show, with no text.
 */
public final class ViewPages {

    private final Composite root;
    private final StackLayout stack = new StackLayout();
    private final Composite messagePage;
    private final Label message;
    private Control content;

    /**
     * Makes the pages in a composite of their own.
     *
     * @param parent the composite the workbench gave the view
     * @param messageWidth the width, in pixels, the message wraps at when the view is wider
     */
    public ViewPages(Composite parent, int messageWidth) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(stack);
        messagePage = new Composite(root, SWT.NONE);
        messagePage.setLayout(new GridLayout(1, false));
        message = new Label(messagePage, SWT.CENTER | SWT.WRAP);
        message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, true);
        data.widthHint = messageWidth;
        message.setLayoutData(data);
        stack.topControl = messagePage;
    }

    /** The composite holding both pages: the parent of the view's content. */
    public Composite root() {
        return root;
    }

    /**
     * Sets the view's content page.
     *
     * @param page a child of {@link #root()}
     * @throws IllegalArgumentException if it is not
     */
    public void setContent(Control page) {
        if (page.getParent() != root) {
            throw new IllegalArgumentException("The content page must be a child of the pages' root");
        }
        content = page;
    }

    /** Shows the message page with this text; lays it out again when it was on show with another text. */
    public void showMessage(String text) {
        if (stack.topControl != messagePage) {
            message.setText(text);
            stack.topControl = messagePage;
            root.layout(true, true);
        } else if (!text.equals(message.getText())) {
            message.setText(text);
            messagePage.layout(true, true); // a longer text wraps to more lines than the label was given
        }
    }

    /**
     * Shows the content page.
     *
     * @throws IllegalStateException if no content was set
     */
    public void showContent() {
        if (content == null) {
            throw new IllegalStateException("The view has set no content page");
        }
        if (stack.topControl != content) {
            stack.topControl = content;
            root.layout(true, true);
        }
    }

    /** Whether the content page is on show (rather than the message). */
    public boolean showsContent() {
        return content != null && stack.topControl == content;
    }

    /** The text of the message, whether or not it is on show. */
    public String message() {
        return message.getText();
    }

    /** The label of the message, for tests that check its size. */
    public Label messageLabel() {
        return message;
    }

    /**
     * Gives the keyboard focus to a control of the content when the content is on show, else to the pages.
     *
     * @param inContent the content's control that takes the focus
     */
    public void setFocus(Control inContent) {
        if (root.isDisposed()) {
            return;
        }
        if (showsContent() && inContent != null && !inContent.isDisposed()) {
            inContent.setFocus();
        } else {
            root.setFocus();
        }
    }

    /**
     * A font like the control's own with another style and size, set on the control and disposed with it.
     *
     * @param control the control to set it on
     * @param style {@link SWT#BOLD}, {@link SWT#ITALIC} or {@link SWT#NORMAL}
     * @param points how many points larger (or, negative, smaller) than the control's font
     * @return the font, for other controls of the same lifetime to share
     */
    public static Font derivedFont(Control control, int style, int points) {
        FontData[] data = control.getFont().getFontData();
        for (FontData each : data) {
            each.setStyle(style);
            each.setHeight(Math.max(1, each.getHeight() + points));
        }
        Font font = new Font(control.getDisplay(), data);
        control.setFont(font);
        control.addListener(SWT.Dispose, e -> font.dispose());
        return font;
    }
}
