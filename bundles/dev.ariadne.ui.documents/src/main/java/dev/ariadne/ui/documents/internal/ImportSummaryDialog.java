package dev.ariadne.ui.documents.internal;

import java.util.List;

import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.documents.internal.model.Formats;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The window that lists the files an import could not take, each with its reason, after the import ended. Not
 * modal: the analyst may keep working while it is open. Show Progress opens the Progress view, which keeps the job
 * and its failure list. Made and used on the UI thread.
 */
final class ImportSummaryDialog {

    /** The most failures listed here; the Progress view has them all. */
    static final int MAX_ROWS = 2000;

    private ImportSummaryDialog() {
    }

    /**
     * Opens the window over the workbench.
     *
     * @return its shell
     */
    static Shell open(Workbench workbench, String caseName, String summaryLine, List<ItemError> failures) {
        Shell parent = workbench.shell();
        Shell shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.RESIZE);
        shell.setText("Import into " + caseName);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 12;
        layout.marginHeight = 12;
        layout.verticalSpacing = 8;
        shell.setLayout(layout);

        Label line = new Label(shell, SWT.WRAP);
        line.setText(summaryLine + ". "
                + (failures.size() == 1 ? "This file was not imported:" : "These files were not imported:"));
        line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Table table = new Table(shell, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 220;
        tableData.widthHint = 640;
        table.setLayoutData(tableData);
        TableColumn item = new TableColumn(table, SWT.LEFT);
        item.setText("File");
        item.setWidth(380);
        TableColumn reason = new TableColumn(table, SWT.LEFT);
        reason.setText("Reason");
        reason.setWidth(250);
        for (int i = 0; i < failures.size() && i < MAX_ROWS; i++) {
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(new String[] {failures.get(i).item(), failures.get(i).reason()});
        }
        if (failures.size() > MAX_ROWS) {
            TableItem more = new TableItem(table, SWT.NONE);
            more.setText(new String[] {"\u2026 and " + Formats.count(failures.size() - MAX_ROWS) + " more",
                "see the Progress view"});
        }

        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        GridLayout buttonLayout = new GridLayout(2, true);
        buttonLayout.marginWidth = 0;
        buttonLayout.marginHeight = 0;
        buttons.setLayout(buttonLayout);
        Button progress = new Button(buttons, SWT.PUSH);
        progress.setText("Show Progress");
        progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        progress.addListener(SWT.Selection, e -> {
            if (!workbench.showView(DocumentServices.PROGRESS_VIEW)) {
                workbench.setStatus("No Progress view is installed");
            }
            shell.close();
        });
        Button close = new Button(buttons, SWT.PUSH);
        close.setText("Close");
        close.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        close.addListener(SWT.Selection, e -> shell.close());
        shell.setDefaultButton(close);

        shell.pack();
        Rectangle over = parent.getBounds();
        Rectangle size = shell.getBounds();
        shell.setLocation(over.x + Math.max(0, (over.width - size.width) / 2),
                over.y + Math.max(0, (over.height - size.height) / 3));
        shell.open();
        return shell;
    }
}
