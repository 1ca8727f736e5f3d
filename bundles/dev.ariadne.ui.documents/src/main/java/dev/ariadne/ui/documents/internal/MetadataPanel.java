package dev.ariadne.ui.documents.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.ui.documents.internal.model.Formats;
import dev.ariadne.ui.documents.internal.model.TypeNames;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;

/**
 * The Reader's metadata panel: title, authors, dates, type, language, pages, size, SHA-256, sources and stages, and
 * links, right under the title, to the document it was found in and to the documents found in it (mail
 * attachments, archive members). Each entry is a small grey name above its value, so the panel reads well however narrow it is; values are
 * read-only text fields, so they can be selected and copied. UI thread only.
 */
final class MetadataPanel {

    final ScrolledComposite scroller;
    final Composite content;
    private final Consumer<Document> open;
    private final ZoneId zone;
    private final Font mono;
    private final Font small;
    /** The widget data key under which the SHA-256 text field keeps the whole id. */
    static final String ID_KEY = "ariadne.documentId";
    /** The links to the parent and the children, for tests. */
    Link parentLink;
    Link childrenLink;

    /**
     * Makes the panel.
     *
     * @param open called with a parent or child document the analyst clicked
     */
    MetadataPanel(Composite parent, ZoneId zone, Consumer<Document> open) {
        this.open = open;
        this.zone = zone;
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        content = new Composite(scroller, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 10;
        layout.marginHeight = 8;
        layout.verticalSpacing = 1;
        content.setLayout(layout);
        scroller.setContent(content);
        scroller.addListener(SWT.Resize, e -> relayout());
        FontData[] data = parent.getFont().getFontData();
        for (FontData each : data) {
            each.setName("Monospace");
            each.setHeight(Math.max(7, each.getHeight() - 1));
        }
        mono = new Font(parent.getDisplay(), data);
        FontData[] smallData = parent.getFont().getFontData();
        for (FontData each : smallData) {
            each.setHeight(Math.max(7, each.getHeight() - 1));
        }
        small = new Font(parent.getDisplay(), smallData);
        scroller.addListener(SWT.Dispose, e -> {
            mono.dispose();
            small.dispose();
        });
    }

    /** Shows a document's metadata and family. */
    void show(Document document, Optional<Document> parentDocument, List<Document> children) {
        for (Control child : content.getChildren()) {
            child.dispose();
        }
        parentLink = null;
        childrenLink = null;
        DocumentMetadata m = document.metadata();
        row("Title", blankAs(m.title(), "(untitled)"));
        if (parentDocument.isPresent()) {
            key("Found in");
            parentLink = link(List.of(parentDocument.get()));
        } else if (document.parentId().isPresent()) {
            row("Found in", document.parentId().get());
        }
        if (!children.isEmpty()) {
            key(children.size() == 1 ? "Attachment" : "Attachments");
            childrenLink = link(children);
        }
        if (!m.authors().isEmpty()) {
            row("Authors", String.join("\n", m.authors()));
        }
        m.created().ifPresent(when -> row("Created", Formats.dateTime(when, zone)));
        m.modified().ifPresent(when -> row("Modified", Formats.dateTime(when, zone)));
        row("Type", TypeNames.shortName(m.mediaType()) + " (" + blankAs(m.mediaType(), "unknown") + ")");
        row("Language", Formats.language(m.language()) + (m.language() == null ? "" : " [" + m.language() + "]"));
        if (m.pages() > 0) {
            row("Pages", Formats.count(m.pages()));
        }
        row("Size", Formats.size(m.sizeBytes()) + " (" + Formats.count(m.sizeBytes()) + " bytes)");
        idRow(document.id());
        String sources = String.join("\n", document.sources());
        row(document.sources().size() == 1 ? "Source" : "Sources",
                document.duplicates() > 0 ? sources + "\n(" + Formats.plural(document.duplicates(), "duplicate",
                        "duplicates") + " of the same bytes)" : blankAs(sources, "(none)"));
        if (!document.stages().isEmpty()) {
            row("Stages", String.join(", ", document.stages().stream().sorted().toList()));
        }
        relayout();
        scroller.setOrigin(0, 0);
    }

    /** Empties the panel. */
    void clear() {
        for (Control child : content.getChildren()) {
            child.dispose();
        }
        parentLink = null;
        childrenLink = null;
        relayout();
    }

    private void row(String key, String value) {
        key(key);
        Text text = new Text(content, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
        text.setText(value);
        text.setBackground(content.getBackground());
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 160;
        text.setLayoutData(data);
    }

    /** {@code value} cut into lines of {@code width} characters. */
    static String inLines(String value, int width) {
        StringBuilder lines = new StringBuilder(value.length() + value.length() / width);
        for (int i = 0; i < value.length(); i += width) {
            if (i > 0) {
                lines.append('\n');
            }
            lines.append(value, i, Math.min(value.length(), i + width));
        }
        return lines.toString();
    }

    /** The SHA-256 in lines of monospace, with a link that copies it whole. */
    private void idRow(String id) {
        key("SHA-256");
        Composite cell = new Composite(content, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 1;
        cell.setLayout(layout);
        cell.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Text text = new Text(cell, SWT.READ_ONLY | SWT.MULTI);
        text.setFont(mono);
        text.setBackground(content.getBackground());
        text.setText(inLines(id, 16));
        text.setToolTipText("The SHA-256 of the original bytes: the document's ID");
        text.setData(ID_KEY, id);
        Link copy = new Link(cell, SWT.NONE);
        copy.setText("<a>Copy ID</a>");
        copy.addListener(SWT.Selection, e -> {
            Clipboard clipboard = new Clipboard(content.getDisplay());
            try {
                clipboard.setContents(new Object[] {id}, new Transfer[] {TextTransfer.getInstance()});
            } finally {
                clipboard.dispose();
            }
        });
    }

    private void key(String key) {
        Label label = new Label(content, SWT.NONE);
        label.setText(key);
        label.setFont(small);
        Color dim = content.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        label.setForeground(dim);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.verticalIndent = content.getChildren().length > 1 ? 7 : 0;
        label.setLayoutData(data);
    }

    private Link link(List<Document> documents) {
        Link link = new Link(content, SWT.WRAP);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < documents.size(); i++) {
            if (i > 0) {
                text.append('\n');
            }
            String title = blankAs(documents.get(i).metadata().title(), documents.get(i).id());
            text.append("<a href=\"").append(i).append("\">")
                    .append(Formats.shorten(title, 80).replace("&", "&&").replace('<', '\u2039')).append("</a>");
        }
        link.setText(text.toString());
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 160;
        link.setLayoutData(data);
        link.addListener(SWT.Selection, e -> open.accept(documents.get(Integer.parseInt(e.text))));
        return link;
    }

    private void relayout() {
        if (scroller.isDisposed()) {
            return;
        }
        int width = Math.max(80, scroller.getClientArea().width - 24);
        for (Control child : content.getChildren()) {
            if ((child instanceof Text || child instanceof Link) && child.getLayoutData() instanceof GridData d
                    && child.getParent() == content) {
                d.widthHint = width;
            }
        }
        content.layout(true, true);
        scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private static String blankAs(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
