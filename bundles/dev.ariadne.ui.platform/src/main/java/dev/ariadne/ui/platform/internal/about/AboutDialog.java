package dev.ariadne.ui.platform.internal.about;

import java.util.List;

import dev.ariadne.api.plugins.ComponentProblem;
import dev.ariadne.api.plugins.PluginInfo;
import dev.ariadne.ui.platform.internal.plugins.PluginActions;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The About Ariadne dialog: product name and version, Java, operating system, case and plugin folders, a table of
 * every bundle with its version and state, the Declarative Services components that failed, and Copy to Clipboard.
 *
 * <p>Made and opened by {@link AboutCommand} on the UI thread; every method is called on the UI thread. It is modal
 * but does not spin its own event loop: {@link #open()} returns at once and the dialog lives until closed. The fonts
 * it makes are disposed with its shell.
 */
final class AboutDialog {

    private final Shell shell;
    private final AboutReport.Facts facts;
    private final List<PluginInfo> bundles;
    private final List<ComponentProblem> problems;
    private final Font titleFont;
    private final Label copied;
    private Table bundleTable;
    private Table problemTable;
    private Button closeButton;

    AboutDialog(Shell parent, AboutReport.Facts facts, List<PluginInfo> bundles, List<ComponentProblem> problems) {
        this.facts = facts;
        this.bundles = List.copyOf(bundles);
        this.problems = List.copyOf(problems);
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.RESIZE | SWT.APPLICATION_MODAL);
        shell.setText("About " + AboutReport.PRODUCT);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 14;
        layout.marginHeight = 12;
        layout.verticalSpacing = 8;
        shell.setLayout(layout);

        FontData[] data = shell.getFont().getFontData();
        for (FontData each : data) {
            each.setHeight(Math.round(each.getHeight() * 1.7f));
            each.setStyle(SWT.BOLD);
        }
        titleFont = new Font(shell.getDisplay(), data);
        shell.addListener(SWT.Dispose, e -> titleFont.dispose());

        Label title = new Label(shell, SWT.NONE);
        title.setFont(titleFont);
        title.setText(AboutReport.PRODUCT);
        Label subtitle = new Label(shell, SWT.NONE);
        subtitle.setText("A plugin-based analyst workbench on OSGi and SWT");

        Composite grid = new Composite(shell, SWT.NONE);
        grid.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout gridLayout = new GridLayout(2, false);
        gridLayout.marginWidth = 0;
        gridLayout.horizontalSpacing = 12;
        grid.setLayout(gridLayout);
        fact(grid, "Version", facts.version());
        fact(grid, "Java", facts.java());
        fact(grid, "Operating system", facts.os());
        fact(grid, "Case", facts.caseFolder());
        fact(grid, "Plugin folder", facts.pluginFolder());

        SashForm sash = new SashForm(shell, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        bundleTable = table(group(sash, "Bundles (" + bundles.size() + ")"),
                new String[] {"Id", "Symbolic name", "Version", "State"}, new int[] {50, 330, 160, 100});
        for (PluginInfo bundle : this.bundles) {
            TableItem item = new TableItem(bundleTable, SWT.NONE);
            item.setText(new String[] {Long.toString(bundle.bundleId()), bundle.symbolicName(), bundle.version(),
                    PluginActions.state(bundle)});
            if (bundle.problem().isPresent()) {
                item.setForeground(3, shell.getDisplay().getSystemColor(SWT.COLOR_RED));
            }
        }
        Group failed = group(sash, "Failed components (" + problems.size() + ")");
        if (this.problems.isEmpty()) {
            Label none = new Label(failed, SWT.WRAP);
            none.setText("Every Declarative Services component is satisfied and active or waiting to be used.");
        } else {
            problemTable = table(failed, new String[] {"Bundle", "Component", "State", "Detail"},
                    new int[] {170, 240, 150, 420});
            for (ComponentProblem problem : this.problems) {
                TableItem item = new TableItem(problemTable, SWT.NONE);
                item.setText(new String[] {problem.bundle(), problem.component(),
                        AboutReport.stateWords(problem.state()), problem.detail() == null ? "" : problem.detail()});
                item.setForeground(2, shell.getDisplay().getSystemColor(SWT.COLOR_RED));
            }
        }
        sash.setWeights(this.problems.isEmpty() ? new int[] {80, 20} : new int[] {60, 40});

        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout buttonLayout = new GridLayout(3, false);
        buttonLayout.marginWidth = 0;
        buttons.setLayout(buttonLayout);
        copied = new Label(buttons, SWT.NONE);
        copied.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button copy = new Button(buttons, SWT.PUSH);
        copy.setText("&Copy to Clipboard");
        copy.addListener(SWT.Selection, e -> copyToClipboard());
        Button close = new Button(buttons, SWT.PUSH);
        close.setText("Close");
        GridData closeData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        closeData.widthHint = Math.max(90, close.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
        close.setLayoutData(closeData);
        close.addListener(SWT.Selection, e -> shell.close());
        shell.setDefaultButton(close);
        closeButton = close;
    }

    /** Sizes the dialog, centres it on its parent and shows it; returns at once. */
    void open() {
        shell.setSize(820, 660);
        Rectangle parent = shell.getParent().getBounds();
        Rectangle own = shell.getBounds();
        shell.setLocation(parent.x + Math.max(0, (parent.width - own.width) / 2),
                parent.y + Math.max(0, (parent.height - own.height) / 2));
        shell.open();
        closeButton.setFocus();
    }

    /** Brings the open dialog to the front. */
    void activate() {
        shell.setActive();
    }

    /** Closes the dialog. */
    void close() {
        if (!shell.isDisposed()) {
            shell.close();
        }
    }

    boolean isDisposed() {
        return shell.isDisposed();
    }

    /** The report that Copy to Clipboard copies. */
    String report() {
        return AboutReport.text(facts, bundles, problems);
    }

    /** Copies the report to the clipboard. */
    void copyToClipboard() {
        Clipboard clipboard = new Clipboard(shell.getDisplay());
        try {
            clipboard.setContents(new Object[] {report()}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
        copied.setText("Copied to the clipboard.");
    }

    Shell shell() {
        return shell;
    }

    Table bundleTable() {
        return bundleTable;
    }

    /** The failed components table, or {@code null} when none failed. */
    Table problemTable() {
        return problemTable;
    }

    private static void fact(Composite parent, String key, String value) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(key + ":");
        label.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        Text text = new Text(parent, SWT.READ_ONLY | SWT.SINGLE);
        text.setText(value);
        text.setBackground(parent.getBackground());
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    private static Group group(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        FillLayout layout = new FillLayout();
        layout.marginWidth = 6;
        layout.marginHeight = 6;
        group.setLayout(layout);
        return group;
    }

    private static Table table(Composite parent, String[] columns, int[] widths) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < columns.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(columns[i]);
            column.setWidth(widths[i]);
        }
        return table;
    }
}
