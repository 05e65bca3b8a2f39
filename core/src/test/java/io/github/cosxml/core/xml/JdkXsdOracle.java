package io.github.cosxml.core.xml;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The oracle of the runtime's XSD tests: the JDK's built-in XSD validator (whatever else is on the
 * class path), on small schemas made of a few declarations, each compiled once.
 */
final class JdkXsdOracle {
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private JdkXsdOracle() {
    }

    /**
     * The schema of these top-level declarations, in no namespace, with {@code xs} bound.
     *
     * @throws IllegalStateException if the JDK rejects the schema
     */
    static Schema schema(String declarations) {
        return SCHEMAS.computeIfAbsent(declarations, d -> {
            String xsd = "<xs:schema xmlns:xs='" + XMLConstants.W3C_XML_SCHEMA_NS_URI + "'>" + d + "</xs:schema>";
            try {
                return SchemaFactory.newDefaultInstance().newSchema(new StreamSource(new StringReader(xsd)));
            } catch (SAXException e) {
                throw new IllegalStateException(xsd, e);
            }
        });
    }

    /**
     * Whether {@code <element>text</element>} is valid: each code point of the text is written as a
     * character reference, so that CR, tabs and {@code <} reach the validator as they are.
     */
    static boolean accepts(Schema schema, String element, String text) {
        return accepts(schema, element, element, text);
    }

    /**
     * Like {@link #accepts(Schema, String, String)}, with a start tag of its own, which may declare
     * namespaces ({@code v xmlns:p='urn:p'}) for the text to use.
     */
    static boolean accepts(Schema schema, String startTag, String element, String text) {
        StringBuilder xml = new StringBuilder("<").append(startTag).append('>');
        text.codePoints().forEach(c -> xml.append("&#x").append(Integer.toHexString(c)).append(';'));
        xml.append("</").append(element).append('>');
        try {
            schema.newValidator().validate(new StreamSource(new StringReader(xml.toString())));
            return true;
        } catch (SAXException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code text} is a value of the built-in type, such as {@code date} for {@code xs:date}. */
    static boolean acceptsAs(String builtinType, String text) {
        return accepts(schema("<xs:element name='v' type='xs:" + builtinType + "'/>"), "v", text);
    }

    /** Whether a parser takes the text: it throws {@link IllegalArgumentException} for one it does not. */
    static boolean parses(Function<String, ?> parser, String text) {
        try {
            parser.apply(text);
            return true;
        } catch (IllegalArgumentException notOfTheType) {
            return false;
        }
    }

    /** Whether the JDK accepts {@code pattern} as an {@code xs:pattern} at all. */
    static boolean isValidPattern(String pattern) {
        try {
            patternSchema(pattern);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Whether {@code value} is valid for xs:string restricted by the pattern. */
    static boolean acceptsPattern(String pattern, String value) {
        return accepts(patternSchema(pattern), "v", value);
    }

    private static Schema patternSchema(String pattern) {
        return schema("<xs:element name='v'><xs:simpleType><xs:restriction base='xs:string'><xs:pattern value='"
                + pattern + "'/></xs:restriction></xs:simpleType></xs:element>");
    }
}
