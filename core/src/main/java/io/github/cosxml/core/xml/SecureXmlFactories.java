package io.github.cosxml.core.xml;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The StAX input factory configured so that no document can load a DTD, resolve an external
 * entity or expand an entity ({@link XmlReader} also rejects any DOCTYPE). The shared factory is
 * configured once and then only used to create readers, which is thread-safe.
 *
 * <p>There is no output factory: {@link XmlWriter} writes XML itself, because a StAX writer
 * cannot write the character references needed to round-trip a carriage return in text or a
 * tab or line break in an attribute value.
 */
public final class SecureXmlFactories {

    private static final XMLInputFactory INPUT = createInputFactory();

    private SecureXmlFactories() {
    }

    /**
     * The shared secure input factory.
     *
     * @return the factory; do not reconfigure it
     */
    public static XMLInputFactory inputFactory() {
        return INPUT;
    }

    /**
     * Creates a new secure input factory: no DTD support, no external entities, no external
     * resolver, namespace aware, not coalescing (so large text arrives in bounded chunks).
     *
     * @return a new factory
     */
    public static XMLInputFactory createInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not allowed: " + systemId);
        });
        // XmlReader enforces XmlReadOptions.maxDepth itself (with a clearer message); newer JDKs default
        // to a depth limit of 100 that would otherwise override a larger configured limit
        trySet(factory, "jdk.xml.maxElementDepth", "0");
        trySet(factory, "http://www.oracle.com/xml/jaxp/properties/maxElementDepth", "0");
        // problems surface as XMLStreamExceptions; the default reporter would also print them to stderr
        factory.setXMLReporter((message, errorType, relatedInformation, location) -> { });
        return factory;
    }

    // Not every StAX implementation knows every property; the ones it knows are set.
    private static void trySet(XMLInputFactory factory, String name, Object value) {
        try {
            factory.setProperty(name, value);
        } catch (IllegalArgumentException unsupported) {
            // the implementation does not support this property; the mandatory ones above are enough
        }
    }
}
