package io.github.cosxml.core.xml;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The oracle of the pattern tests: the JDK's built-in XSD validator, whatever else is on the class path. */
final class JdkPatternValidator {
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private JdkPatternValidator() {
    }

    /** Whether the JDK accepts {@code pattern} as an {@code xs:pattern} at all. */
    static boolean isValidPattern(String pattern) {
        try {
            schema(pattern);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Validates {@code <v>value</v>} against an element whose type is xs:string restricted by the pattern. */
    static boolean accepts(String pattern, String value) {
        StringBuilder xml = new StringBuilder("<v>");
        value.codePoints().forEach(c -> xml.append("&#x").append(Integer.toHexString(c)).append(';')); // keeps CR and '<'
        xml.append("</v>");
        try {
            schema(pattern).newValidator().validate(new StreamSource(new StringReader(xml.toString())));
            return true;
        } catch (SAXException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema schema(String pattern) {
        return SCHEMAS.computeIfAbsent(pattern, p -> {
            String xsd = "<xs:schema xmlns:xs='" + XMLConstants.W3C_XML_SCHEMA_NS_URI + "'><xs:element name='v'><xs:simpleType>"
                    + "<xs:restriction base='xs:string'><xs:pattern value='" + p + "'/></xs:restriction>"
                    + "</xs:simpleType></xs:element></xs:schema>";
            try {
                return SchemaFactory.newDefaultInstance().newSchema(new StreamSource(new StringReader(xsd)));
            } catch (SAXException e) {
                throw new IllegalStateException(p, e);
            }
        });
    }
}
