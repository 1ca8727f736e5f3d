package dev.ariadne.ui.documents.internal;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A small modal dialog that asks for a name (to save a search under). Runs its own event loop until closed; UI
 * thread only.
 */
final class NamePrompt {

    private NamePrompt() {
    }

    /**
     * Asks for a name.
     *
     * @param initial the name proposed
     * @return the name typed, stripped, or empty when cancelled or blank
     */
    static Optional<String> ask(Shell parent, String title, String question, String initial) {
        Shell shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        shell.setText(title);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 12;
        layout.marginHeight = 12;
        shell.setLayout(layout);
        Label label = new Label(shell, SWT.WRAP);
        label.setText(question);
        Text field = new Text(shell, SWT.BORDER | SWT.SINGLE);
        field.setText(initial == null ? "" : initial);
        field.selectAll();
        GridData fieldData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        fieldData.widthHint = 320;
        field.setLayoutData(fieldData);
        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        GridLayout buttonLayout = new GridLayout(2, true);
        buttonLayout.marginWidth = 0;
        buttons.setLayout(buttonLayout);
        Button ok = new Button(buttons, SWT.PUSH);
        ok.setText("Save");
        ok.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button cancel = new Button(buttons, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        String[] answer = {null};
        ok.addListener(SWT.Selection, e -> {
            answer[0] = field.getText().strip();
            shell.close();
        });
        cancel.addListener(SWT.Selection, e -> shell.close());
        field.addListener(SWT.Modify, e -> ok.setEnabled(!field.getText().isBlank()));
        ok.setEnabled(!field.getText().isBlank());
        shell.setDefaultButton(ok);
        shell.pack();
        Rectangle over = parent.getBounds();
        Rectangle size = shell.getBounds();
        shell.setLocation(over.x + (over.width - size.width) / 2, over.y + (over.height - size.height) / 3);
        shell.open();
        Display display = shell.getDisplay();
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return answer[0] == null || answer[0].isEmpty() ? Optional.empty() : Optional.of(answer[0]);
    }
}
