package dev.ariadne.importer.internal.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The main text of an HTML page without its navigation boilerplate, and the links of that text.
 *
 * <p>The heuristic: drop what is never content (scripts, styles, forms, navigation, banners, footers, asides, and
 * elements whose class or id says menu, sidebar, cookie, share …); take {@code <main>}, {@code role=main} or the
 * largest {@code <article>} as the content root when there is one, else the body; inside it drop short blocks that
 * are mostly links (menus and tag clouds written as plain lists). The text keeps block structure as line breaks and
 * collapses whitespace inside blocks; the links found in it are listed after the text, one per line, as
 * {@code text <url>}. Stateless; safe on any thread (each call works on its own document).
 */
public final class HtmlText {

    /** At most this many links are listed. */
    static final int MAX_LINKS = 500;

    private static final Set<String> NEVER_CONTENT = Set.of("script", "style", "noscript", "template", "svg",
            "iframe", "object", "embed", "form", "button", "select", "input", "textarea", "nav", "aside", "canvas",
            "audio", "video", "map", "dialog", "head");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(^|[-_\\s])(nav|navbar|navigation|menu|breadcrumbs?|sidebar|footer|cookies?|consent|banner|share|"
                    + "sharing|social|related|advert|ads|promo|subscribe|newsletter|skip-link|skiplink|toolbar|"
                    + "pagination|masthead|comments?)($|[-_\\s])",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "banner", "contentinfo",
            "complementary", "search", "menu", "menubar");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr",
            "blockquote", "pre", "figure", "figcaption", "address", "hr", "caption", "details", "summary");

    /**
     * The text and links of a page.
     *
     * @param text the main text, then the list of links
     * @param title the page title: {@code <title>}, else the first {@code <h1>}, else empty
     */
    public record Result(String text, String title) {
    }

    private HtmlText() {
    }

    /** Extracts the main text of {@code document}; the document is modified (boilerplate is removed). */
    public static Result extract(Document document) {
        String title = document.title().strip();
        if (title.isEmpty()) {
            Element h1 = document.selectFirst("h1");
            title = h1 == null ? "" : h1.text().strip();
        }
        Element body = document.body();
        if (body == null) {
            return new Result("", title);
        }
        removeBoilerplate(body);
        Element root = contentRoot(body);
        removeLinkLists(root);
        StringBuilder text = new StringBuilder();
        Map<String, String> links = new LinkedHashMap<>();
        render(root, text, links, false);
        String main = tidy(text);
        if (!links.isEmpty()) {
            StringBuilder withLinks = new StringBuilder(main);
            withLinks.append(main.isEmpty() ? "" : "\n\n").append("Links:\n");
            links.forEach((url, label) -> withLinks.append(label.isEmpty() ? url : label + " <" + url + ">")
                    .append('\n'));
            main = withLinks.toString().stripTrailing();
        }
        return new Result(main, title);
    }

    private static void removeBoilerplate(Element body) {
        List<Element> doomed = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            String tag = element.normalName();
            if (NEVER_CONTENT.contains(tag) || BOILERPLATE_ROLES.contains(element.attr("role").toLowerCase())
                    || "true".equalsIgnoreCase(element.attr("aria-hidden")) || element.hasAttr("hidden")) {
                doomed.add(element);
            } else if ((tag.equals("header") || tag.equals("footer")) && element.closest("article, main") == null) {
                doomed.add(element);
            } else if (!tag.equals("main") && !tag.equals("article") && !tag.equals("html")
                    && (BOILERPLATE.matcher(element.id()).find()
                            || BOILERPLATE.matcher(element.className()).find())) {
                doomed.add(element);
            }
        }
        for (Element element : doomed) {
            element.remove();
        }
    }

    private static Element contentRoot(Element body) {
        Element main = body.selectFirst("main, [role=main]");
        if (main != null && main.text().length() > 0) {
            return main;
        }
        Elements articles = body.select("article");
        Element best = null;
        for (Element article : articles) {
            if (best == null || article.text().length() > best.text().length()) {
                best = article;
            }
        }
        if (best != null && best.text().length() * 2 >= body.text().length() / 2) {
            return best;
        }
        return body;
    }

    private static void removeLinkLists(Element root) {
        List<Element> doomed = new ArrayList<>();
        for (Element element : root.select("ul, ol, div, p, table, section")) {
            if (element == root) {
                continue;
            }
            Elements anchors = element.select("a[href]");
            if (anchors.size() < 3) {
                continue;
            }
            int textLength = letters(element.text());
            int linkLength = 0;
            for (Element anchor : anchors) {
                linkLength += letters(anchor.text());
            }
            if (textLength > 0 && linkLength >= textLength * 0.7 && textLength / anchors.size() < 40) {
                doomed.add(element);
            }
        }
        for (Element element : doomed) {
            if (element.parent() != null) {
                element.remove();
            }
        }
    }

    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static void render(Node node, StringBuilder text, Map<String, String> links, boolean pre) {
        if (node instanceof TextNode textNode) {
            if (pre) {
                text.append(textNode.getWholeText());
            } else {
                appendCollapsed(text, textNode.getWholeText());
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        if (tag.equals("br")) {
            text.append('\n');
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            breakLine(text);
        }
        boolean inPre = pre || tag.equals("pre");
        for (Node child : element.childNodes()) {
            render(child, text, links, inPre);
        }
        if (tag.equals("a") && links.size() < MAX_LINKS) {
            String url = element.absUrl("href");
            if (url.isEmpty()) {
                url = element.attr("href");
            }
            if (url.startsWith("http:") || url.startsWith("https:") || url.startsWith("mailto:")) {
                links.putIfAbsent(url, element.text().strip());
            }
        }
        if (tag.equals("td") || tag.equals("th")) {
            text.append('\t');
        }
        if (block) {
            breakLine(text);
            if (tag.equals("p") || tag.startsWith("h") && tag.length() == 2 || tag.equals("blockquote")
                    || tag.equals("pre")) {
                text.append('\n');
            }
        }
    }

    private static void appendCollapsed(StringBuilder text, String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                char last = text.length() == 0 ? '\n' : text.charAt(text.length() - 1);
                if (last != ' ' && last != '\n' && last != '\t') {
                    text.append(' ');
                }
            } else {
                text.append(c);
            }
        }
    }

    private static void breakLine(StringBuilder text) {
        while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    /** Trims each line's ends, allows at most one blank line in a row, trims the whole. */
    static String tidy(CharSequence raw) {
        StringBuilder tidy = new StringBuilder(raw.length());
        int blank = 0;
        for (String line : (Iterable<String>) raw.toString().lines()::iterator) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                blank++;
                continue;
            }
            if (tidy.length() > 0) {
                tidy.append(blank > 0 ? "\n\n" : "\n");
            }
            tidy.append(stripped);
            blank = 0;
        }
        return tidy.toString();
    }
}
