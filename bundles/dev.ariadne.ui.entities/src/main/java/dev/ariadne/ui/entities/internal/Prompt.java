package dev.ariadne.ui.entities.internal;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A small modal dialog: a question, the fields the caller adds to {@link #body()}, and OK and Cancel buttons. Runs
 * its own event loop in {@link #open}; UI thread only. The caller reads its fields in the {@code onOk} callback,
 * before the dialog's widgets are disposed.
 */
final class Prompt {

    private final Shell shell;
    private final Composite body;
    private final Button ok;
    private BooleanSupplier valid = () -> true;
    private Runnable onOk = () -> {
    };
    private boolean accepted;

    Prompt(Shell parent, String title, String question, String okLabel) {
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
        shell.setText(title);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 12;
        layout.marginHeight = 12;
        layout.verticalSpacing = 8;
        shell.setLayout(layout);
        if (question != null && !question.isEmpty()) {
            Label label = new Label(shell, SWT.WRAP);
            label.setText(question.replace("&", "&&"));
            GridData labelData = new GridData(SWT.FILL, SWT.CENTER, true, false);
            labelData.widthHint = 380;
            label.setLayoutData(labelData);
        }
        body = new Composite(shell, SWT.NONE);
        GridLayout bodyLayout = new GridLayout(2, false);
        bodyLayout.marginWidth = 0;
        bodyLayout.marginHeight = 0;
        body.setLayout(bodyLayout);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        GridLayout buttonLayout = new GridLayout(2, true);
        buttonLayout.marginWidth = 0;
        buttons.setLayout(buttonLayout);
        ok = new Button(buttons, SWT.PUSH);
        ok.setText(okLabel);
        ok.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button cancel = new Button(buttons, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ok.addListener(SWT.Selection, e -> {
            if (valid.getAsBoolean()) {
                accepted = true;
                onOk.run();
                shell.close();
            }
        });
        cancel.addListener(SWT.Selection, e -> shell.close());
        shell.setDefaultButton(ok);
    }

    /** The composite (two-column grid) the caller fills with labels and fields. */
    Composite body() {
        return body;
    }

    /** The dialog's shell. */
    Shell shell() {
        return shell;
    }

    /** Sets when OK may be pressed; call {@link #revalidate()} after each edit. */
    Prompt valid(BooleanSupplier condition) {
        valid = condition;
        return this;
    }

    /** Sets what OK does, while the fields still exist. */
    Prompt onOk(Runnable action) {
        onOk = action;
        return this;
    }

    /** Enables OK as the fields allow. */
    void revalidate() {
        if (!ok.isDisposed()) {
            ok.setEnabled(valid.getAsBoolean());
        }
    }

    /** Shows the dialog and returns, once it is closed, whether OK was pressed. */
    boolean open() {
        revalidate();
        shell.pack();
        Rectangle size = shell.getBounds();
        Shell parent = (Shell) shell.getParent();
        if (parent != null) {
            Rectangle over = parent.getBounds();
            shell.setLocation(over.x + (over.width - size.width) / 2, over.y + (over.height - size.height) / 3);
        }
        shell.open();
        Display display = shell.getDisplay();
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return accepted;
    }
}
