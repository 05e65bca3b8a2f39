package io.github.cosxml.schema;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.transform.stream.StreamSource;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

/**
 * The JDK parsers, configured so that a document can never make them read a DTD, an external
 * entity or a schema: DOCTYPEs are refused outright, and every resolver refuses too.
 */
final class SecureXml {

    private static final String DISALLOW_DOCTYPE =
            "http://apache.org/xml/features/disallow-doctype-decl";

    private SecureXml() {
    }

    /** @return a namespace-aware SAX reader that refuses DOCTYPEs and never resolves entities */
    static XMLReader newReader() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd",
                    false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            // ValidationLimits.MAX_DEPTH governs (with a clearer message); JDK 25 would stop at its own 100
            setIfSupported(parser, "jdk.xml.maxElementDepth", "0");
            XMLReader reader = parser.getXMLReader();
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entity refused: " + systemId);
            });
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The JDK's SAX parser does not support the security"
                    + " settings cosxml-schema needs (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Compiles an XSD from the classpath. Its includes are read from the same classpath package
     * through a resolver; nothing is fetched from a file or network location a schema names.
     *
     * @param anchor a class in the package the XSDs live in
     * @param resourceName the entry XSD's file name in that package
     */
    static Schema compile(Class<?> anchor, String resourceName) {
        URL entry = anchor.getResource(resourceName);
        if (entry == null) {
            throw new IllegalStateException("Schema resource " + resourceName
                    + " is missing from the classpath next to " + anchor.getName());
        }
        try (InputStream in = entry.openStream()) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            setIfSupported(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
            setIfSupported(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver(new ClasspathResolver(anchor));
            return factory.newSchema(new StreamSource(in, entry.toExternalForm()));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("Cannot compile schema " + resourceName + ": "
                    + e.getMessage(), e);
        }
    }

    private static void setIfSupported(SAXParser parser, String property, String value) {
        try {
            parser.setProperty(property, value);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // not a JDK parser: its own limits apply
        }
    }

    private static void setIfSupported(SchemaFactory factory, String property, String value) {
        try {
            factory.setProperty(property, value);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // Older JAXP implementations: the resolver below still confines every include.
        }
    }

    /** Serves xs:include targets from the classpath package of the entry XSD, nothing else. */
    private static final class ClasspathResolver implements LSResourceResolver {
        private final Class<?> anchor;

        ClasspathResolver(Class<?> anchor) {
            this.anchor = anchor;
        }

        @Override
        public LSInput resolveResource(String type, String namespaceUri, String publicId,
                String systemId, String baseUri) {
            String name = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
            URL url = name.isEmpty() ? null : anchor.getResource(name);
            if (url == null) {
                throw new IllegalStateException("Schema include " + systemId + " (from " + baseUri
                        + ") is not a cosxml-schema resource; refusing to fetch it");
            }
            return new ResourceInput(url, publicId, baseUri);
        }
    }

    /** An {@link LSInput} over one classpath resource. */
    private static final class ResourceInput implements LSInput {
        private final URL url;
        private String publicId;
        private String baseUri;

        ResourceInput(URL url, String publicId, String baseUri) {
            this.url = url;
            this.publicId = publicId;
            this.baseUri = baseUri;
        }

        @Override
        public InputStream getByteStream() {
            try {
                return url.openStream();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read schema resource " + url, e);
            }
        }

        @Override
        public String getSystemId() {
            return url.toExternalForm();
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public String getBaseURI() {
            return baseUri;
        }

        @Override
        public java.io.Reader getCharacterStream() {
            return null;
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCharacterStream(java.io.Reader characterStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setByteStream(InputStream byteStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setStringData(String stringData) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setSystemId(String systemId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setPublicId(String publicId) {
            this.publicId = publicId;
        }

        @Override
        public void setBaseURI(String baseUri) {
            this.baseUri = baseUri;
        }

        @Override
        public void setEncoding(String encoding) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
            throw new UnsupportedOperationException();
        }
    }
}
