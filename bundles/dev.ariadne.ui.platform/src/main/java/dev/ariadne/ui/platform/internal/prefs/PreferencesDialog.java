package dev.ariadne.ui.platform.internal.prefs;

import java.io.IOException;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Preferences dialog: a list of pages on the left, one per configurable PID, and the generated form of the
 * selected page on the right, with Restore Defaults, Apply, OK and Cancel. Values are read from and written to
 * ConfigAdmin through a {@link ConfigStore}.
 *
 * <p>Made and opened by {@link PreferencesCommand} on the UI thread; every method is called on the UI thread. It is
 * modal but spins no event loop of its own: {@link #open()} returns at once. Its bold font is disposed with its shell.
 */
final class PreferencesDialog {

    private static final Logger LOG = LoggerFactory.getLogger(PreferencesDialog.class);

    private final Shell shell;
    private final List<PreferencePage> pages;
    private final ConfigStore store;
    private final Font bold;
    private final org.eclipse.swt.widgets.List pageList;
    private final Composite stack;
    private final StackLayout stackLayout = new StackLayout();
    private final Map<String, PageForm> forms = new LinkedHashMap<>();
    private final Label message;
    private final Button restore;
    private final Button apply;
    private final Button ok;
    private PageForm current;
    private boolean messageIsError;
    private String lastFailure = "";

    PreferencesDialog(Shell parent, List<PreferencePage> pages, ConfigStore store) {
        this.pages = List.copyOf(pages);
        this.store = store;
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.RESIZE | SWT.APPLICATION_MODAL);
        shell.setText("Preferences");
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 10;
        layout.marginHeight = 10;
        shell.setLayout(layout);
        FontData[] data = shell.getFont().getFontData();
        for (FontData each : data) {
            each.setStyle(SWT.BOLD);
            each.setHeight(Math.round(each.getHeight() * 1.2f));
        }
        bold = new Font(shell.getDisplay(), data);
        shell.addListener(SWT.Dispose, e -> bold.dispose());

        SashForm sash = new SashForm(shell, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        pageList = new org.eclipse.swt.widgets.List(sash, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        for (PreferencePage page : this.pages) {
            pageList.add(page.label());
        }
        pageList.addListener(SWT.Selection, e -> showPage(pageList.getSelectionIndex()));
        stack = new Composite(sash, SWT.NONE);
        stack.setLayout(stackLayout);
        sash.setWeights(30, 70);

        Composite bottom = new Composite(shell, SWT.NONE);
        bottom.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout bottomLayout = new GridLayout(5, false);
        bottomLayout.marginWidth = 0;
        bottom.setLayout(bottomLayout);
        message = new Label(bottom, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        restore = button(bottom, "Restore &Defaults");
        restore.addListener(SWT.Selection, e -> restoreDefaults());
        apply = button(bottom, "&Apply");
        apply.addListener(SWT.Selection, e -> applyCurrent());
        Button cancel = button(bottom, "Cancel");
        cancel.addListener(SWT.Selection, e -> shell.close());
        ok = button(bottom, "OK");
        ok.addListener(SWT.Selection, e -> okPressed());
        shell.setDefaultButton(ok);

        if (this.pages.isEmpty()) {
            Label none = new Label(stack, SWT.WRAP);
            none.setText("No installed bundle declares configurable settings: the Metatype service found no "
                    + "object class definition for a configuration PID.");
            stackLayout.topControl = none;
        } else {
            pageList.select(0);
            showPage(0);
        }
        updateButtons();
    }

    /** Sizes the dialog, centres it on its parent and shows it; returns at once. */
    void open() {
        shell.setSize(880, 600);
        Rectangle parent = shell.getParent().getBounds();
        Rectangle own = shell.getBounds();
        shell.setLocation(parent.x + Math.max(0, (parent.width - own.width) / 2),
                parent.y + Math.max(0, (parent.height - own.height) / 2));
        shell.open();
    }

    /** Brings the open dialog to the front. */
    void activate() {
        shell.setActive();
    }

    /** Closes the dialog without saving. */
    void close() {
        if (!shell.isDisposed()) {
            shell.close();
        }
    }

    boolean isDisposed() {
        return shell.isDisposed();
    }

    Shell shell() {
        return shell;
    }

    /** Shows the page of {@code pid}; returns its form, or empty when no page has that PID. For tests. */
    Optional<PageForm> showPage(String pid) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).pid().equals(pid)) {
                pageList.select(i);
                showPage(i);
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    /** The message line under the pages; for tests. */
    String message() {
        return message.getText();
    }

    /** Whether Apply and OK are enabled; for tests. */
    boolean[] buttonStates() {
        return new boolean[] {apply.getEnabled(), ok.getEnabled()};
    }

    /** Saves the shown page if it changed. Returns whether nothing is left unsaved. */
    boolean applyCurrent() {
        if (current == null) {
            return true;
        }
        return save(current);
    }

    /** Saves every changed page and closes when all were saved; otherwise shows the problem and stays open. */
    void okPressed() {
        for (PageForm form : forms.values()) {
            if (!form.isValid()) {
                showPage(form.page.pid());
                showMessage(form.firstProblem().orElse("A value is not valid."), true);
                return;
            }
        }
        for (PageForm form : forms.values()) {
            if (!save(form)) {
                String failure = lastFailure;
                showPage(form.page.pid());
                showMessage(failure, true);
                return;
            }
        }
        shell.close();
    }

    /** Puts the defaults into the shown page's inputs. */
    void restoreDefaults() {
        if (current != null) {
            current.restoreDefaults();
            showMessage("Defaults restored; Apply or OK saves them.", false);
        }
    }

    private void showPage(int index) {
        if (index < 0 || index >= pages.size()) {
            return;
        }
        PreferencePage page = pages.get(index);
        PageForm form = forms.get(page.pid());
        if (form == null) {
            Dictionary<String, Object> properties = null;
            String loadProblem = null;
            try {
                properties = store.read(page.pid()).orElse(null);
            } catch (IOException | RuntimeException e) {
                LOG.error("Could not read the configuration {}", page.pid(), e);
                loadProblem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            form = new PageForm(stack, page, bold, properties, loadProblem, this::updateButtons);
            forms.put(page.pid(), form);
        }
        current = form;
        stackLayout.topControl = form.control;
        stack.layout(true, true);
        showMessage("", false);
        updateButtons();
    }

    private boolean save(PageForm form) {
        if (!form.isValid()) {
            lastFailure = form.firstProblem().orElse("A value is not valid.");
            showMessage(lastFailure, true);
            return false;
        }
        if (!form.isDirty()) {
            return true;
        }
        try {
            store.write(form.page.pid(), form.values());
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not save the configuration {}", form.page.pid(), e);
            lastFailure = "Could not save \u201c" + form.page.label() + "\u201d: " + e.getMessage();
            showMessage(lastFailure, true);
            return false;
        }
        form.markSaved();
        showMessage("Saved \u201c" + form.page.label() + "\u201d.", false);
        updateButtons();
        return true;
    }

    private void updateButtons() {
        boolean currentValid = current == null || current.isValid();
        boolean allValid = forms.values().stream().allMatch(PageForm::isValid);
        restore.setEnabled(current != null);
        apply.setEnabled(current != null && currentValid && current.isDirty());
        ok.setEnabled(allValid);
        if (current != null && !currentValid) {
            showMessage("Correct the values marked in red.", true);
        } else if (messageIsError && allValid) {
            showMessage("", false);
        }
    }

    private void showMessage(String text, boolean error) {
        messageIsError = error;
        message.setText(text.replace("&", "&&"));
        message.setForeground(shell.getDisplay().getSystemColor(error ? SWT.COLOR_RED : SWT.COLOR_WIDGET_FOREGROUND));
        message.getParent().layout(true);
    }

    private static Button button(Composite parent, String text) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
        data.widthHint = Math.max(90, button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
        button.setLayoutData(data);
        return button;
    }
}
