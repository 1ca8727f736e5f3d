package dev.ariadne.importer.internal.formats;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives the XHTML events of a Tika parser and keeps the text of its body: characters and the line breaks Tika
 * writes after blocks, up to the text limit, noting where each {@code <div class="page">} starts. Used by one parse
 * on one thread.
 */
final class TikaTextHandler extends DefaultHandler {

    /** Thrown to stop a parser once the text limit is reached. */
    static final class LimitReached extends SAXException {
        private static final long serialVersionUID = 1L;

        LimitReached() {
            super("text limit reached");
        }
    }

    private final TextCollector text;
    private final List<Integer> pageStarts = new ArrayList<>();
    private int bodyDepth;

    TikaTextHandler(TextCollector text) {
        this.text = text;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        if ("body".equals(name)) {
            bodyDepth++;
        } else if (bodyDepth > 0 && "div".equals(name) && "page".equals(attributes.getValue("class"))) {
            pageStarts.add(text.length());
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new SAXException("parsing interrupted");
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        if ("body".equals(name) && bodyDepth > 0) {
            bodyDepth--;
        }
    }

    @Override
    public void characters(char[] chars, int start, int length) throws SAXException {
        if (bodyDepth > 0 && !text.append(chars, start, length)) {
            throw new LimitReached();
        }
    }

    @Override
    public void ignorableWhitespace(char[] chars, int start, int length) throws SAXException {
        characters(chars, start, length);
    }

    List<Integer> pageStarts() {
        return pageStarts;
    }
}
