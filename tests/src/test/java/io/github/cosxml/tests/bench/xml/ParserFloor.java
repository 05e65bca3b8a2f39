package io.github.cosxml.tests.bench.xml;

import io.github.cosxml.core.xml.SecureXmlFactories;
import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The parsers alone: every event of a document read and nothing bound. No reader built on a
 * parser can be faster than that parser's loop here, so these scores bound what the generated
 * reader (on StAX) and JAXB RI (on the JDK's SAX parser) can reach.
 *
 * <p>Both loops return the same tally, elements plus characters of text, so a test can check that
 * each read the whole document.
 */
public final class ParserFloor {
    private final byte[] xml;
    private final XMLInputFactory stax = SecureXmlFactories.createInputFactory();
    private final SAXParser sax;

    /** Floors for one document: StAX as cosxml configures it, SAX as JAXB RI configures it. */
    public ParserFloor(byte[] xml) {
        this.xml = xml.clone();
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            this.sax = factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser cannot be configured", e);
        }
    }

    /** The class of the StAX implementation the StAX loop reads with. */
    public String staxImplementation() {
        return stax.getClass().getName();
    }

    /** Every StAX event of the document; the number of elements plus the characters of text. */
    public long staxEvents() throws XMLStreamException {
        XMLStreamReader reader = stax.createXMLStreamReader(new ByteArrayInputStream(xml));
        long tally = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                // the name is asked for, as a reader must: a lazy parser may only make it then
                tally += 1 + (reader.getLocalName().isEmpty() ? 1 : 0);
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE
                    || event == XMLStreamConstants.CDATA) {
                tally += reader.getTextLength();
            }
        }
        reader.close();
        return tally;
    }

    /** Every SAX event of the document; the same tally as {@link #staxEvents()}. */
    public long saxEvents() throws Exception {
        Tally tally = new Tally();
        sax.parse(new ByteArrayInputStream(xml), tally);
        return tally.count;
    }

    private static final class Tally extends DefaultHandler {
        long count;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            count += 1 + (localName.isEmpty() ? 1 : 0);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            count += length;
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            count += length;
        }
    }
}
