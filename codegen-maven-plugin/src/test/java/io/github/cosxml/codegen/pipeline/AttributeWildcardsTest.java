package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.codegen.testing.SchemaUnderTest;
import io.github.cosxml.core.xml.XmlReadException;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code xs:anyAttribute} (src/test/resources/attribute-wildcards): the attributes it stands for are kept
 * as a {@code Map<QName, String>}, read beside the declared ones, written back, and judged by strict
 * reading and {@code validate()} as the JDK's validator judges the documents: namespace constraints
 * ({@code ##other}, a list with {@code ##local}, {@code ##any}, {@code ##targetNamespace} from an attribute
 * group), a wildcard inherited by an extension, on simple content, and on a nil element.
 */
class AttributeWildcardsTest {
    private static final String NS = "urn:cosxml:test:attributes";
    private static final String EXT = "urn:cosxml:test:ext";
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final String PACKAGE = "io.github.cosxml.test.attributes";

    @AutoClose
    private static SchemaUnderTest schema;
    private static GeneratedCode classes;

    @BeforeAll
    static void generate() throws Exception {
        schema = SchemaUnderTest.generate(AttributeWildcardsTest.class
                .getResource("/attribute-wildcards/attribute-wildcards.xsd").toURI(), PACKAGE);
        classes = schema.classes();
    }

    /**
     * Each document: strict reading accepts it exactly when the JDK's validator does; lenient reading
     * reads it; and a valid one is written back valid, and reads back equal.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "Base | <Item xmlns='" + NS + "' id='1'><Name>n</Name></Item>",
        "Base | <Item xmlns='" + NS + "' xmlns:x='urn:x' id='1' x:a='A' x:b='B'><Name>n</Name></Item>",
        "Base | <Item xmlns='" + NS + "' xmlns:e='" + EXT + "' id='1' e:code='5' xml:lang='en'><Name>n</Name></Item>",
        "Base | <Item xmlns='" + NS + "' id='1' plain='p'><Name>n</Name></Item>",
        "Base | <Item xmlns='" + NS + "' xmlns:t='" + NS + "' id='1' t:own='o'><Name>n</Name></Item>",
        "Base | <Item xmlns='" + NS + "' xmlns:x='urn:x' x:a='A'><Name>n</Name></Item>",
        "Derived | <Special xmlns='" + NS + "' xmlns:x='urn:x' id='1' kind='k' x:a='A'><Name>n</Name>"
                + "<Extra>e</Extra></Special>",
        "Derived | <Special xmlns='" + NS + "' id='1' other='o'><Name>n</Name></Special>",
        "Repeated | <Again xmlns='" + NS + "' xmlns:x='urn:x' id='2' x:a='A'><Name>n</Name></Again>",
        "Listed | <Listed xmlns='" + NS + "' xmlns:e='" + EXT + "' e:code='1' e:other='x' plain='p'/>",
        "Listed | <Listed xmlns='" + NS + "' xmlns:x='urn:x' x:a='A'/>",
        "Listed | <Listed xmlns='" + NS + "' xmlns:t='" + NS + "' t:a='A'/>",
        "Open | <Open xmlns='" + NS + "' xmlns:x='urn:x' a='1' x:b='2'>1.5</Open>",
        "Open | <Open xmlns='" + NS + "' xmlns:xsi='" + XSI + "' a='1' xsi:nil='true'>2</Open>",
        "Grouped | <Grouped xmlns='" + NS + "' xmlns:t='" + NS + "' t:a='A'><Note b='B'><Text>t</Text></Note></Grouped>",
        "Grouped | <Grouped xmlns='" + NS + "' a='A'/>",
        "Grouped | <Grouped xmlns='" + NS + "'><Note xmlns:xsi='" + XSI + "' xsi:nil='true' b='B'/></Grouped>",
        "Grouped | <Grouped xmlns='" + NS + "'><Note xmlns:xsi='" + XSI + "' xsi:nil='true' b='B'><Text>t</Text>"
                + "</Note></Grouped>",
    })
    void strictReadingJudgesAsTheSchemaDoes(String type, String xml) throws Exception {
        schema.assertReadAsTheSchemaJudges(PACKAGE + "." + type, xml);
    }

    @Test
    void theAttributesAreKeptByNameInDocumentOrderBesideTheDeclaredOnes() {
        Object item = classes.fromXml(PACKAGE + ".Base", "<Item xmlns='" + NS + "' xmlns:x='urn:x' x:b='B' id='7'"
                + " xmlns:e='" + EXT + "' e:code='5' x:a='A'><Name>n</Name></Item>", XmlReadOptions.strict());

        assertThat(GeneratedCode.invoke(item, "getId")).isEqualTo(7);
        assertThat(otherAttributes(item)).containsExactly(Map.entry(new QName("urn:x", "b"), "B"),
                Map.entry(new QName(EXT, "code"), "5"), Map.entry(new QName("urn:x", "a"), "A"));
        assertThatThrownBy(() -> otherAttributes(item).put(new QName("urn:x", "c"), "C"))
                .isInstanceOf(UnsupportedOperationException.class);
        // a type with no attribute in the wildcard's namespaces has an empty map, not null
        Object plain = classes.fromXml(PACKAGE + ".Base", "<Item xmlns='" + NS + "' id='1'><Name>n</Name></Item>", null);
        assertThat(otherAttributes(plain)).isEmpty();
    }

    @Test
    void anExtensionInheritsTheProperty() {
        Object special = classes.fromXml(PACKAGE + ".Derived", "<Special xmlns='" + NS + "' xmlns:x='urn:x' id='1'"
                + " kind='k' x:a='A'><Name>n</Name></Special>", XmlReadOptions.strict());

        assertThat(GeneratedCode.invoke(special, "getKind")).isEqualTo("k");
        assertThat(otherAttributes(special)).containsExactly(Map.entry(new QName("urn:x", "a"), "A"));
    }

    @Test
    void aDeclaredQualifiedAttributeIsItsOwnPropertyNotTheWildcards() {
        Object listed = classes.fromXml(PACKAGE + ".Listed", "<Listed xmlns='" + NS + "' xmlns:e='" + EXT + "'"
                + " e:code='1' e:other='x'/>", XmlReadOptions.strict());

        assertThat(GeneratedCode.invoke(listed, "getCode")).isEqualTo(1);
        assertThat(otherAttributes(listed)).containsExactly(Map.entry(new QName(EXT, "other"), "x"));
    }

    @Test
    void aNilElementKeepsItsOtherAttributes() {
        Object grouped = classes.fromXml(PACKAGE + ".Grouped", "<Grouped xmlns='" + NS + "'><Note xmlns:xsi='" + XSI
                + "' xsi:nil='true' b='B'/></Grouped>", XmlReadOptions.strict());

        Object note = GeneratedCode.invoke(grouped, "getNote");
        assertThat(GeneratedCode.invoke(note, "isNil")).isEqualTo(true);
        assertThat(otherAttributes(note)).containsExactly(Map.entry(new QName("", "b"), "B"));
    }

    @Test
    void builtAttributesAreWrittenWithTheirNamespacesDeclared() throws Exception {
        Map<QName, String> given = new LinkedHashMap<>();
        given.put(new QName("urn:x", "b"), "<2>");
        given.put(new QName("http://www.w3.org/XML/1998/namespace", "lang"), "en");
        Object builder = GeneratedCode.set(GeneratedCode.set(GeneratedCode.set(classes.builder(PACKAGE + ".Base"),
                "id", 3), "name", "n"), "otherAttributes", given);
        Object item = GeneratedCode.build(GeneratedCode.invoke(builder, "putOtherAttributes", new QName(EXT, "code"),
                "4"));

        String written = (String) GeneratedCode.invoke(item, "toXml");

        assertThat(written).endsWith("<Item xmlns=\"" + NS + "\" id=\"3\" xmlns:ns1=\"urn:x\" ns1:b=\"&lt;2&gt;\""
                + " xml:lang=\"en\" xmlns:ns2=\"" + EXT + "\" ns2:code=\"4\"><Name>n</Name></Item>");
        assertThat(schema.schemaAccepts(written)).isTrue();
        assertThat(classes.fromXml(PACKAGE + ".Base", written, XmlReadOptions.strict())).isEqualTo(item);
        // the builder copied the map: changing it afterwards changes nothing
        given.put(new QName("urn:x", "late"), "x");
        assertThat(otherAttributes(item)).doesNotContainKey(new QName("urn:x", "late"));
        // toBuilder starts from the same attributes
        assertThat(GeneratedCode.build(GeneratedCode.invoke(item, "toBuilder"))).isEqualTo(item);
    }

    @Test
    void aBuiltValueAndItsBuilderShareTheAttributesUntilTheBuilderChangesThem() {
        QName first = new QName(EXT, "first");
        QName second = new QName("urn:x", "second");
        Object builder = GeneratedCode.invoke(GeneratedCode.set(classes.builder(PACKAGE + ".Base"), "id", 1),
                "putOtherAttributes", first, "1");
        Object built = GeneratedCode.build(builder);

        Object grown = GeneratedCode.build(GeneratedCode.invoke(builder, "putOtherAttributes", second, "2"));
        Object fromCopy = GeneratedCode.build(GeneratedCode.invoke(GeneratedCode.invoke(built, "toBuilder"),
                "putOtherAttributes", first, "changed"));

        assertThat(otherAttributes(built)).containsExactly(Map.entry(first, "1"));
        assertThat(otherAttributes(grown)).containsExactly(Map.entry(first, "1"), Map.entry(second, "2"));
        assertThat(otherAttributes(fromCopy)).containsExactly(Map.entry(first, "changed"));
        assertThat(otherAttributes(GeneratedCode.build(GeneratedCode.invoke(built, "toBuilder"))))
                .isSameAs(otherAttributes(built));
        assertThatThrownBy(() -> otherAttributes(built).put(second, "x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    /** Names the writer could not write as the wildcard's: the builder says why, and keeps what it had. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "'', id, is declared in this type",
        XSI + ", type, the writer writes xsi:nil itself",
        "'', xmlns, is a namespace declaration",
        "urn:x, 'a b', is not an XML name without a prefix",
    })
    void theBuilderRejectsANameThatCouldNotBeTheWildcards(String namespace, String local, String message) {
        Object builder = GeneratedCode.invoke(classes.builder(PACKAGE + ".Base"), "putOtherAttributes",
                new QName("urn:x", "kept"), "k");
        Map<QName, String> given = new LinkedHashMap<>();
        given.put(new QName("urn:x", "fine"), "f");
        given.put(new QName(namespace, local), "v");

        assertThatThrownBy(() -> GeneratedCode.set(builder, "otherAttributes", given))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
        assertThatThrownBy(() -> GeneratedCode.invoke(builder, "putOtherAttributes", new QName(namespace, local), "v"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
        assertThat(otherAttributes(GeneratedCode.build(builder)))
                .containsExactly(Map.entry(new QName("urn:x", "kept"), "k"));
    }

    @Test
    void validateReportsAnAttributeOfANamespaceTheWildcardDoesNotAllow() throws Exception {
        Object item = GeneratedCode.build(GeneratedCode.invoke(GeneratedCode.invoke(GeneratedCode.set(
                GeneratedCode.set(classes.builder(PACKAGE + ".Base"), "id", 1), "name", "n"),
                "putOtherAttributes", new QName("", "plain"), "p"), "putOtherAttributes", new QName(NS, "own"), "o"));

        assertThat(GeneratedCode.violations(item)).containsExactly("otherAttributes[plain] wildcard",
                "otherAttributes[{" + NS + "}own] wildcard");
        assertThat(GeneratedCode.violationMessages(item).get(0)).isEqualTo("attribute plain is not one the xs:anyAttribute allows"
                + " (a namespace other than " + NS + " or none); give it an allowed namespace");
        assertThat(schema.schemaAccepts((String) GeneratedCode.invoke(item, "toXml"))).isFalse();
    }

    @Test
    void strictReadingSaysWhichAttributeTheWildcardDoesNotAllow() {
        assertThatThrownBy(() -> classes.fromXml(PACKAGE + ".Base", "<Item xmlns='" + NS + "' id='1' plain='p'>"
                + "<Name>n</Name></Item>", XmlReadOptions.strict()))
                .isInstanceOf(XmlReadException.class)
                .hasMessageContaining("attribute plain in element Item is not one the xs:anyAttribute allows"
                        + " (a namespace other than " + NS + " or none)");
    }

    /**
     * The documented limit: like an {@code xs:any}'s content, an attribute's value is never checked, whatever
     * {@code processContents} says. A lax wildcard's validator checks {@code e:code} against its global
     * declaration (an {@code xs:int}); strict reading takes it as text.
     */
    @Test
    void theValuesAreNotCheckedWhateverProcessContentsSays() throws Exception {
        String xml = "<Item xmlns='" + NS + "' xmlns:e='" + EXT + "' id='1' e:code='five'><Name>n</Name></Item>";

        assertThat(schema.schemaAccepts(xml)).isFalse();
        assertThat(otherAttributes(classes.fromXml(PACKAGE + ".Base", xml, XmlReadOptions.strict())))
                .containsEntry(new QName(EXT, "code"), "five");
    }


    @SuppressWarnings("unchecked")
    private static Map<QName, String> otherAttributes(Object value) {
        return (Map<QName, String>) GeneratedCode.invoke(value, "getOtherAttributes");
    }
}
