package dev.ariadne.ui.documents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import dev.ariadne.api.search.SearchResult.FacetValue;
import dev.ariadne.ui.documents.internal.model.FacetQuery;
import dev.ariadne.ui.documents.internal.model.Formats;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

/**
 * The facets under the Search view's hits: for type, language, year and folder, the values found with their
 * counts, each a link that narrows the query to it. UI thread only; owns its bold font.
 */
final class FacetPanel {

    /** Values listed per facet. */
    static final int MAX_VALUES = 12;
    private static final Map<String, String> TITLES = Map.of(FacetQuery.TYPE, "Type", FacetQuery.LANG, "Language",
            FacetQuery.YEAR, "Year", FacetQuery.FOLDER, "Folder");

    final ScrolledComposite scroller;
    final Composite content;
    private final Font bold;
    private final BiConsumer<String, String> onClick;
    final List<Link> links = new ArrayList<>();

    /**
     * Makes the panel.
     *
     * @param onClick receives the facet field and value clicked
     */
    FacetPanel(Composite parent, BiConsumer<String, String> onClick) {
        this.onClick = onClick;
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        content = new Composite(scroller, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 6;
        layout.marginHeight = 4;
        layout.verticalSpacing = 2;
        content.setLayout(layout);
        scroller.setContent(content);
        FontData[] data = parent.getFont().getFontData();
        for (FontData each : data) {
            each.setStyle(SWT.BOLD);
        }
        bold = new Font(parent.getDisplay(), data);
        scroller.addListener(SWT.Resize, e -> relayout());
        scroller.addListener(SWT.Dispose, e -> bold.dispose());
        show(Map.of());
    }

    /** Shows the facets of a search result (or a hint when there are none). */
    void show(Map<String, List<FacetValue>> facets) {
        for (Control child : content.getChildren()) {
            child.dispose();
        }
        links.clear();
        boolean any = false;
        for (String field : FacetQuery.FIELDS) {
            List<FacetValue> values = facets.getOrDefault(field, List.of());
            if (values.isEmpty()) {
                continue;
            }
            any = true;
            Label title = new Label(content, SWT.NONE);
            title.setText(TITLES.getOrDefault(field, field));
            title.setFont(bold);
            GridData titleData = new GridData(SWT.FILL, SWT.CENTER, true, false);
            titleData.verticalIndent = 4;
            title.setLayoutData(titleData);
            Link link = new Link(content, SWT.WRAP);
            link.setText(linkText(field, values));
            link.setData(field);
            link.setToolTipText("Click a value to narrow the search to it");
            link.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            link.addListener(SWT.Selection, e -> {
                int index = Integer.parseInt(e.text);
                onClick.accept(field, values.get(index).value());
            });
            links.add(link);
        }
        if (!any) {
            Label hint = new Label(content, SWT.WRAP);
            hint.setText("Facets (type, language, year, folder) appear here after a search.");
            hint.setForeground(content.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
        relayout();
    }

    /** The text of a facet's link: each value an anchor whose href is its index, with its count. */
    static String linkText(String field, List<FacetValue> values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.size() && i < MAX_VALUES; i++) {
            if (i > 0) {
                text.append("    ");
            }
            String label = FacetQuery.label(field, values.get(i).value()).replace("&", "&&").replace('<', '\u2039');
            text.append("<a href=\"").append(i).append("\">").append(label).append("</a> ")
                    .append(Formats.count(values.get(i).count()));
        }
        if (values.size() > MAX_VALUES) {
            text.append("    \u2026");
        }
        return text.toString();
    }

    private void relayout() {
        if (scroller.isDisposed()) {
            return;
        }
        int width = Math.max(100, scroller.getClientArea().width - 14);
        for (Control child : content.getChildren()) {
            if (child.getLayoutData() instanceof GridData data && (child instanceof Link || child instanceof Label)) {
                data.widthHint = width;
            }
        }
        content.layout(true, true);
        scroller.setMinSize(content.computeSize(scroller.getClientArea().width, SWT.DEFAULT));
    }
}
