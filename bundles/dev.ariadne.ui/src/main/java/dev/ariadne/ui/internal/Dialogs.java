package dev.ariadne.ui.internal;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The shell's small dialogs, drawn with SWT widgets (no native message box) so that an error never blocks the event
 * loop of whoever caused it. UI thread only.
 */
final class Dialogs {

    private Dialogs() {
    }

    /** Opens a modeless error dialog over {@code parent} and returns at once. */
    static Shell error(Shell parent, String title, String message, Throwable cause) {
        Shell dialog = new Shell(parent, SWT.DIALOG_TRIM | SWT.RESIZE);
        dialog.setText(title);
        dialog.setData("ariadne.dialog", "error");
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 14;
        layout.marginHeight = 14;
        layout.horizontalSpacing = 12;
        dialog.setLayout(layout);
        Label icon = new Label(dialog, SWT.NONE);
        icon.setImage(dialog.getDisplay().getSystemImage(SWT.ICON_ERROR));
        icon.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
        Label text = new Label(dialog, SWT.WRAP);
        text.setText(message);
        GridData textData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        textData.widthHint = 420;
        text.setLayoutData(textData);
        if (cause != null) {
            Text details = new Text(dialog, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            details.setText(trace.toString());
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
            data.heightHint = 140;
            data.widthHint = 480;
            details.setLayoutData(data);
        }
        Button ok = new Button(dialog, SWT.PUSH);
        ok.setText("Close");
        GridData okData = new GridData(SWT.END, SWT.CENTER, false, false, 2, 1);
        okData.widthHint = 90;
        ok.setLayoutData(okData);
        ok.addListener(SWT.Selection, e -> dialog.close());
        dialog.setDefaultButton(ok);
        dialog.pack();
        center(parent, dialog);
        dialog.open();
        return dialog;
    }

    /**
     * Asks for a line of text in a modal dialog; blocks (running the event loop) until it is answered.
     *
     * @return the text, or {@code null} when cancelled
     */
    static String ask(Shell parent, String title, String prompt, String initial) {
        Shell dialog = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        dialog.setText(title);
        GridLayout layout = new GridLayout(2, true);
        layout.marginWidth = 14;
        layout.marginHeight = 14;
        dialog.setLayout(layout);
        Label label = new Label(dialog, SWT.NONE);
        label.setText(prompt);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Text input = new Text(dialog, SWT.BORDER | SWT.SINGLE);
        input.setText(initial == null ? "" : initial);
        input.selectAll();
        GridData inputData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        inputData.widthHint = 360;
        input.setLayoutData(inputData);
        String[] answer = new String[1];
        Button ok = new Button(dialog, SWT.PUSH);
        ok.setText("OK");
        ok.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        Button cancel = new Button(dialog, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        ok.addListener(SWT.Selection, e -> {
            answer[0] = input.getText().trim();
            dialog.close();
        });
        cancel.addListener(SWT.Selection, e -> dialog.close());
        dialog.setDefaultButton(ok);
        dialog.pack();
        center(parent, dialog);
        dialog.open();
        Display display = dialog.getDisplay();
        while (!dialog.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return answer[0];
    }

    private static void center(Shell parent, Shell dialog) {
        var p = parent.getBounds();
        var d = dialog.getSize();
        dialog.setLocation(p.x + Math.max(0, (p.width - d.x) / 2), p.y + Math.max(0, (p.height - d.y) / 3));
    }
}
