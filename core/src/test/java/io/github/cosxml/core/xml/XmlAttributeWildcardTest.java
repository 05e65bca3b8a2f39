package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link XmlAttributeWildcard}: which attributes {@link XmlReader#otherAttributes} takes and strict
 * reading reports, what a builder's copy rejects, how {@link XmlWriter#attributes} writes them, and
 * what {@link Validation#otherAttributes} reports.
 */
class XmlAttributeWildcardTest {
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    // ##other of urn:t, on a type that declares id and t:code
    private static final XmlAttributeWildcard OTHER = XmlAttributeWildcard.of(XmlWildcard.not("urn:t", ""),
            new QName("", "id"), new QName("urn:t", "code"));
    private static final String ELEMENT = "<E xmlns:t='urn:t' xmlns:x='urn:x' xmlns:xsi='" + XSI + "'"
            + " id='1' t:code='c' x:a='A' xsi:noNamespaceSchemaLocation='e.xsd' xml:lang='en' x:b='B'/>";

    @Test
    void readingTakesTheAllowedAttributesInDocumentOrder() {
        Map<QName, String> taken = XmlReader.read(ELEMENT, XmlReadOptions.strict(), "", "E", in -> {
            in.attribute("", "id");
            in.attribute("urn:t", "code");
            return in.otherAttributes(OTHER);
        });

        assertThat(taken).containsExactly(Map.entry(new QName("urn:x", "a"), "A"),
                Map.entry(new QName("http://www.w3.org/XML/1998/namespace", "lang"), "en"),
                Map.entry(new QName("urn:x", "b"), "B"));
    }

    @Test
    void strictReadingReportsAnAttributeTheWildcardDoesNotAllow() {
        String xml = "<E xmlns:t='urn:t' id='1' t:other='o' plain='p' xmlns:x='urn:x' x:a='A'/>";

        XmlReadException e = catchThrowableOfType(XmlReadException.class,
                () -> XmlReader.read(xml, XmlReadOptions.strict(), "", "E", in -> {
                    in.attribute("", "id");
                    return in.otherAttributes(OTHER);
                }));

        assertThat(e.problems()).extracting(XmlProblem::message).containsExactly(
                "attribute t:other in element E is not one the xs:anyAttribute allows (a namespace other than urn:t"
                        + " or none); remove it or give it an allowed namespace",
                "attribute plain in element E is not one the xs:anyAttribute allows (a namespace other than urn:t"
                        + " or none); remove it or give it an allowed namespace");
        assertThat(e.problems().get(0).path()).isEqualTo("/E");
        // lenient reading leaves them out, as it does unknown attributes
        Map<QName, String> lenient = XmlReader.read(xml, XmlReadOptions.defaults(), "", "E",
                in -> in.otherAttributes(OTHER));
        assertThat(lenient).containsExactly(Map.entry(new QName("urn:x", "a"), "A"));
    }

    @Test
    void aDeclaredAttributeTheReadingCodeSkipsIsStillUnknownToStrictReading() {
        XmlReadException e = catchThrowableOfType(XmlReadException.class,
                () -> XmlReader.read("<E id='1'/>", XmlReadOptions.strict(), "", "E", in -> in.otherAttributes(OTHER)));

        assertThat(e.problems()).extracting(XmlProblem::message).containsExactly("unknown attribute id in element E");
    }

    @Test
    void aLongValueIsStoppedByTheTextLimit() {
        XmlReadOptions options = XmlReadOptions.builder().maxTextLength(3).build();

        assertThatThrownBy(() -> XmlReader.read("<E xmlns:x='urn:x' x:a='long'/>", options, "", "E",
                in -> in.otherAttributes(OTHER)))
                .isInstanceOf(XmlReadException.class).hasMessageContaining("attribute a is longer than the limit of 3");
    }

    @Test
    void aBuilderCopyKeepsTheOrderAndRejectsWhatCouldNotBeWritten() {
        Map<QName, String> given = new LinkedHashMap<>();
        given.put(new QName("urn:x", "b"), "2");
        given.put(new QName("urn:x", "a"), "1");
        given.put(new QName("", "plain"), "3"); // not allowed by ##other: validate() reports it, the builder keeps it

        Map<QName, String> copy = OTHER.checkedCopy(given);
        copy.put(new QName("urn:x", "c"), "4");

        assertThat(copy).containsExactly(Map.entry(new QName("urn:x", "b"), "2"), Map.entry(new QName("urn:x", "a"), "1"),
                Map.entry(new QName("", "plain"), "3"), Map.entry(new QName("urn:x", "c"), "4"));
        assertThat(given).hasSize(3);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "'', id, is declared in this type",
        "urn:t, code, is declared in this type",
        XSI + ", type, the writer writes xsi:nil itself",
        "'', xmlns, is a namespace declaration",
        "http://www.w3.org/2000/xmlns/, x, is a namespace declaration",
        "urn:x, 'p:a', is not an XML name without a prefix",
        "urn:x, '', is not an XML name without a prefix",
    })
    void aNameThatCannotBeTheWildcardsIsRejected(String namespace, String local, String message) {
        Map<QName, String> given = Map.of(new QName(namespace, local), "v");

        assertThatThrownBy(() -> OTHER.checkedCopy(given)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void nullsAreRejectedWithWhatIsNull() {
        assertThatThrownBy(() -> OTHER.check(new QName("urn:x", "a"), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("value of attribute {urn:x}a");
        assertThatThrownBy(() -> OTHER.check(null, "v")).isInstanceOf(NullPointerException.class)
                .hasMessage("attribute name");
        assertThatThrownBy(() -> XmlAttributeWildcard.of(XmlWildcard.any(), (QName) null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theWriterDeclaresTheirNamespacesAndReadingGetsThemBack() {
        Map<QName, String> attributes = new LinkedHashMap<>();
        attributes.put(new QName("urn:x", "a"), "<A>");
        attributes.put(new QName("http://www.w3.org/XML/1998/namespace", "lang"), "en");
        attributes.put(new QName("urn:x", "b"), "B");

        String xml = XmlWriter.toXmlString(out -> {
            out.startElement("", "E");
            out.attribute("", "id", "1");
            out.attributes(attributes);
            out.endElement();
        });

        assertThat(xml).endsWith("<E id=\"1\" xmlns:ns1=\"urn:x\" ns1:a=\"&lt;A&gt;\" xml:lang=\"en\" ns1:b=\"B\"/>");
        Map<QName, String> read = XmlReader.read(xml, XmlReadOptions.strict(), "", "E", in -> {
            in.attribute("", "id");
            return in.otherAttributes(OTHER);
        });
        assertThat(read).isEqualTo(attributes);
    }

    @Test
    void validationReportsEachAttributeOfANamespaceTheWildcardDoesNotAllow() {
        Map<QName, String> attributes = new LinkedHashMap<>();
        attributes.put(new QName("urn:x", "a"), "1");
        attributes.put(new QName("urn:t", "other"), "2");
        attributes.put(new QName("", "plain"), "3");
        Validation validation = new Validation();

        validation.otherAttributes("item.otherAttributes", attributes, OTHER);

        assertThat(validation.result().violations()).extracting(Violation::path, Violation::facet).containsExactly(
                tuple("item.otherAttributes[{urn:t}other]", "wildcard"),
                tuple("item.otherAttributes[plain]", "wildcard"));
        assertThat(validation.result().violations().get(1).message()).isEqualTo("attribute plain is not one the"
                + " xs:anyAttribute allows (a namespace other than urn:t or none); give it an allowed namespace");
    }

    @Test
    void equalWildcardsHaveTheSameConstraintAndDeclaredNames() {
        assertThat(XmlAttributeWildcard.of(XmlWildcard.any(), new QName("", "id")))
                .isEqualTo(XmlAttributeWildcard.of(XmlWildcard.any(), new QName("", "id")))
                .hasSameHashCodeAs(XmlAttributeWildcard.of(XmlWildcard.any(), new QName("", "id")))
                .isNotEqualTo(XmlAttributeWildcard.of(XmlWildcard.any()))
                .hasToString("any namespace");
        assertThat(OTHER.isDeclared("urn:t", "code")).isTrue();
        assertThat(OTHER.isDeclared("", "code")).isFalse();
        assertThat(OTHER.namespaces()).isEqualTo(XmlWildcard.not("urn:t", ""));
    }
}
