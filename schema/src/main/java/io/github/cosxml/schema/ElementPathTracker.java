package io.github.cosxml.schema;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Passes SAX events on to a delegate while keeping the path of the current element, so that an
 * error the delegate reports can say which element it belongs to.
 *
 * <p>The element is pushed before the delegate sees its start and popped after the delegate has
 * seen its end: errors raised at either point (an unexpected element, incomplete content, a bad
 * value) therefore name that element.
 */
final class ElementPathTracker implements ContentHandler {

    private static final class Frame {
        final String segment;
        // Made when the first child starts: most elements have none.
        Map<String, Integer> childCounts;

        Frame(String segment) {
            this.segment = segment;
        }

        /** The position of the next child named {@code name} among its same-named siblings, from 1. */
        int nextPosition(String name) {
            if (childCounts == null) {
                childCounts = new HashMap<String, Integer>();
            }
            Integer previous = childCounts.get(name);
            int position = previous == null ? 1 : previous + 1;
            childCounts.put(name, position);
            return position;
        }
    }

    private final ContentHandler delegate;
    private final Deque<Frame> frames = new ArrayDeque<Frame>();
    private Frame document = new Frame("");
    private boolean rootStarted;
    private Locator locator;
    // chars since the last start or end tag: the whole value of a simple-type element
    private long textLength;

    ElementPathTracker(ContentHandler delegate) {
        this.delegate = delegate;
    }

    /** Forgets the previous document, before the next one is parsed. */
    void reset() {
        frames.clear();
        document = new Frame("");
        rootStarted = false;
        locator = null;
        textLength = 0;
    }

    /** @return the path of the current element, {@code /} before the root element */
    String currentPath() {
        if (frames.isEmpty()) {
            return "/";
        }
        StringBuilder path = new StringBuilder();
        for (java.util.Iterator<Frame> it = frames.descendingIterator(); it.hasNext(); ) {
            path.append('/').append(it.next().segment);
        }
        return path.toString();
    }

    /** @return where the parser is, or null before the document starts */
    Locator locator() {
        return locator;
    }

    /** @return true once the root element has started */
    boolean rootStarted() {
        return rootStarted;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
            throws SAXException {
        rootStarted = true;
        textLength = 0;
        if (frames.size() >= ValidationLimits.MAX_DEPTH) {
            throw new ValidationLimits.LimitExceeded("elements nested deeper than " + ValidationLimits.MAX_DEPTH
                    + " at " + currentPath() + "/" + qName, locator);
        }
        Frame parent = frames.isEmpty() ? document : frames.peek();
        String name = localName == null || localName.isEmpty() ? qName : localName;
        int position = parent.nextPosition(name);
        frames.push(new Frame(position == 1 ? name : name + "[" + position + "]"));
        delegate.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        textLength = 0;
        delegate.endElement(uri, localName, qName);
        frames.pop();
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        delegate.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        delegate.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        delegate.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        delegate.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        delegate.endPrefixMapping(prefix);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        textLength += length;
        if (textLength > ValidationLimits.MAX_TEXT_LENGTH) {
            throw new ValidationLimits.LimitExceeded("text longer than " + ValidationLimits.MAX_TEXT_LENGTH
                    + " chars", locator);
        }
        delegate.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        delegate.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        delegate.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        delegate.skippedEntity(name);
    }
}
