package dev.ariadne.ui.documents.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;

/**
 * The query syntax help of the Search view: a small window listing what a query may hold, each with an example
 * that, clicked, is put into the query field. Closes with Escape, its Close link or the window's close button. UI
 * thread only.
 */
final class SyntaxHelp {

    /**
     * One line of the help.
     *
     * @param example the example query
     * @param meaning what it finds
     */
    record Entry(String example, String meaning) {
    }

    /** Everything the query language offers, in the order it is explained. */
    static final List<Entry> ENTRIES = List.of(
            new Entry("treaty", "documents containing the word (accents and case do not matter)"),
            new Entry("\"state visit\"", "the exact phrase"),
            new Entry("minister AND visit", "both words (AND is implied between words)"),
            new Entry("minister OR envoy", "either word"),
            new Entry("visit NOT cancelled", "the first word but not the second (also -cancelled)"),
            new Entry("\"minister visit\"~3", "the words within 3 words of each other"),
            new Entry("negotiat*", "wildcard: any ending (vis?t: one character)"),
            new Entry("embassy~", "fuzzy: similar spellings (embasy, embassies)"),
            new Entry("title:report", "in the title; also author:\"Jane Doe\""),
            new Entry("type:pdf", "by type: pdf, html, mail, docx, text \u2026"),
            new Entry("lang:en", "by language code"),
            new Entry("date:[2024-01-01 TO 2024-12-31]", "documents dated within the range"),
            new Entry("(visit OR trip) AND minister", "brackets group clauses"));

    /** A short form for the query field's tooltip. */
    static final String TOOLTIP = "Words, \"phrases\", AND / OR / NOT, \"a b\"~3, wild*, fuzzy~,\n"
            + "title: author: type: lang:, date:[2024-01-01 TO 2024-12-31]\n"
            + "Enter runs the search; the arrow shows earlier searches.";

    private SyntaxHelp() {
    }

    /**
     * Opens the help next to {@code anchor} (display coordinates).
     *
     * @param insert receives an example clicked
     * @return the help's shell
     */
    static Shell open(Shell parent, Point anchor, Consumer<String> insert) {
        Shell shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.RESIZE | SWT.TOOL);
        shell.setText("Search Syntax");
        shell.setBackground(shell.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        shell.setBackgroundMode(SWT.INHERIT_DEFAULT);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 14;
        layout.marginHeight = 12;
        layout.horizontalSpacing = 16;
        layout.verticalSpacing = 5;
        shell.setLayout(layout);
        Label heading = new Label(shell, SWT.NONE);
        heading.setText("Search syntax");
        FontData[] headingData = shell.getDisplay().getSystemFont().getFontData();
        for (FontData each : headingData) {
            each.setStyle(SWT.BOLD);
        }
        Font bold = new Font(shell.getDisplay(), headingData);
        shell.addListener(SWT.Dispose, e -> bold.dispose());
        heading.setFont(bold);
        Link close = new Link(shell, SWT.NONE);
        close.setText("<a>Close</a>");
        close.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        close.addListener(SWT.Selection, e -> shell.close());
        Label intro = new Label(shell, SWT.WRAP);
        intro.setText("Click an example to put it into the query field; Escape closes this window.");
        intro.setForeground(shell.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        GridData introData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        introData.verticalIndent = 2;
        introData.horizontalIndent = 0;
        intro.setLayoutData(introData);
        FontData[] data = shell.getDisplay().getSystemFont().getFontData();
        for (FontData each : data) {
            each.setName("Monospace");
        }
        Font mono = new Font(shell.getDisplay(), data);
        shell.addListener(SWT.Dispose, e -> mono.dispose());
        for (Entry entry : ENTRIES) {
            Link example = new Link(shell, SWT.NONE);
            example.setText("<a>" + entry.example().replace("&", "&&") + "</a>");
            example.setFont(mono);
            example.addListener(SWT.Selection, e -> insert.accept(entry.example()));
            Label meaning = new Label(shell, SWT.NONE);
            meaning.setText(entry.meaning());
        }
        shell.pack();
        Rectangle screen = shell.getDisplay().getClientArea();
        Point size = shell.getSize();
        int x = Math.max(screen.x, Math.min(anchor.x, screen.x + screen.width - size.x));
        int y = Math.max(screen.y, Math.min(anchor.y, screen.y + screen.height - size.y));
        shell.setLocation(x, y);
        shell.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                shell.close();
                e.doit = false;
            }
        });
        shell.open();
        return shell;
    }
}
