package dev.ariadne.ui.internal;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Fills a view's tab with the reason it could not be opened. UI thread only. */
final class ErrorPage {

    private ErrorPage() {
    }

    /**
     * Replaces whatever {@code container} holds by an error icon, {@code message} and, when there is a cause, its
     * stack trace in a read-only text.
     */
    static void show(Composite container, String message, Throwable cause) {
        for (Control child : container.getChildren()) {
            child.dispose();
        }
        container.setData(WidgetKeys.VIEW_STATE, WidgetKeys.STATE_ERROR);
        container.setData(WidgetKeys.VIEW_ERROR, message);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 16;
        layout.marginHeight = 16;
        layout.horizontalSpacing = 12;
        container.setLayout(layout);
        Label icon = new Label(container, SWT.NONE);
        icon.setImage(container.getDisplay().getSystemImage(SWT.ICON_ERROR));
        icon.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
        Label text = new Label(container, SWT.WRAP);
        text.setText(message);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        if (cause != null) {
            Text details = new Text(container, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            details.setText(trace.toString());
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
            data.heightHint = 120;
            details.setLayoutData(data);
        }
        container.layout(true, true);
    }

    /** The most telling message of a failure: the innermost cause's message, or its class name. */
    static String reason(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.lang.reflect.InvocationTargetException) && t.getCause() != null) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
