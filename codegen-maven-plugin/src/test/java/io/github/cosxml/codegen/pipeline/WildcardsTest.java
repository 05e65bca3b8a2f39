package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.codegen.testing.SchemaUnderTest;
import io.github.cosxml.core.xml.XmlElement;
import io.github.cosxml.core.xml.XmlReadException;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code xs:any} wildcards (src/test/resources/wildcards): their elements are kept as
 * {@link XmlElement}s, read in their place, written back, and judged by strict reading and
 * {@code validate()} as the JDK's validator judges the documents: namespace constraints
 * ({@code ##other}, a list with {@code ##local}, {@code ##any}, {@code ##targetNamespace}),
 * occurrences, order, and a wildcard in a choice.
 */
class WildcardsTest {
    private static final String NS = "urn:cosxml:test:wildcards";
    private static final String EXT = "urn:cosxml:test:ext";
    private static final String PACKAGE = "io.github.cosxml.test.wildcards";
    private static final String EXTENSION = "<x:Ext xmlns:x='" + EXT + "' a='1' x:b='2'>text<x:Inner>i</x:Inner>"
            + "tail<!-- not kept --><![CDATA[<raw>]]></x:Ext>";

    @AutoClose
    private static SchemaUnderTest schema;
    private static GeneratedCode classes;

    @BeforeAll
    static void generate() throws Exception {
        schema = SchemaUnderTest.generate(WildcardsTest.class.getResource("/wildcards/wildcards.xsd").toURI(), PACKAGE);
        classes = schema.classes();
    }

    /**
     * Each document: strict reading accepts it exactly when the JDK's validator does; lenient reading
     * reads it; and a valid one is written back valid, and reads back equal.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "Envelope | <Envelope xmlns='" + NS + "'><Header>h</Header></Envelope>",
        "Envelope | <Envelope xmlns='" + NS + "'><Header>h</Header>" + EXTENSION
                + "<y:Other xmlns:y='urn:y' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xsi:nil='true'/>"
                + "<Trailer>t</Trailer></Envelope>",
        "Envelope | <Envelope xmlns='" + NS + "'><Header>h</Header><Unknown/></Envelope>",
        "Envelope | <Envelope xmlns='" + NS + "'><Header>h</Header><Plain xmlns=''/></Envelope>",
        "Envelope | <Envelope xmlns='" + NS + "'><Header>h</Header><Trailer>t</Trailer>" + EXTENSION + "</Envelope>",
        "Envelope | <Envelope xmlns='" + NS + "'>" + EXTENSION + "<Header>h</Header></Envelope>",
        "Single | <Single xmlns='" + NS + "' id='1'><e:Item xmlns:e='" + EXT + "'/></Single>",
        "Single | <Single xmlns='" + NS + "'><Item xmlns=''>local</Item></Single>",
        "Single | <Single xmlns='" + NS + "'/>",
        "Single | <Single xmlns='" + NS + "'><Item xmlns='urn:y'/></Single>",
        "Either | <Either xmlns='" + NS + "'><Code>1</Code></Either>",
        "Either | <Either xmlns='" + NS + "'><a xmlns='urn:y'/><b xmlns='urn:y'/></Either>",
        "Either | <Either xmlns='" + NS + "'><a xmlns='urn:y'/><b xmlns='urn:y'/><c xmlns='urn:y'/></Either>",
        "Either | <Either xmlns='" + NS + "'><Code>1</Code><a xmlns='urn:y'/></Either>",
        "Either | <Either xmlns='" + NS + "'/>",
        "Open | <Open xmlns='" + NS + "'><Name>n</Name><Anything/><x:More xmlns:x='urn:x'/><plain xmlns=''/></Open>",
        "Open | <Open xmlns='" + NS + "'><Anything/><Name>n</Name></Open>",
        "Own | <Own xmlns='" + NS + "'><Header>not the Envelope's</Header></Own>",
        "Own | <Own xmlns='" + NS + "'/>",
        "Own | <Own xmlns='" + NS + "'><x xmlns='urn:x'/></Own>",
    })
    void strictReadingJudgesAsTheSchemaDoes(String root, String xml) throws Exception {
        schema.assertReadAsTheSchemaJudges(PACKAGE + "." + root, xml);
    }

    @Test
    void anElementIsKeptWithItsNameAttributesAndContent() {
        Object read = classes.fromXml(PACKAGE + ".Envelope", "<Envelope xmlns='" + NS + "'><Header>h</Header>"
                + EXTENSION + "</Envelope>", XmlReadOptions.strict());

        List<?> any = (List<?>) GeneratedCode.invoke(read, "getAny");
        assertThat(any).hasSize(1);
        XmlElement extension = (XmlElement) any.get(0);
        assertThat(extension.namespace()).isEqualTo(EXT);
        assertThat(extension.localName()).isEqualTo("Ext");
        assertThat(extension.attributes()).containsExactly(Map.entry(new QName("", "a"), "1"),
                Map.entry(new QName(EXT, "b"), "2"));
        // the comment is not kept, and the CDATA section is text like the rest
        assertThat(extension.content()).containsExactly("text",
                XmlElement.builder(EXT, "Inner").text("i").build(), "tail<raw>");
        assertThat(extension.text()).isEqualTo("texttail<raw>");
    }

    @Test
    void builtElementsAreWrittenWithTheirNamespacesDeclared() throws Exception {
        XmlElement extension = XmlElement.builder(EXT, "Ext").attribute(EXT, "b", "2").attribute("", "a", "<1>")
                .text("x & y").child(XmlElement.builder("", "plain").build()).build();
        Object envelope = GeneratedCode.build(GeneratedCode.set(GeneratedCode.set(
                classes.builder(PACKAGE + ".Envelope"), "header", "h"), "addAny", extension));

        String written = (String) GeneratedCode.invoke(envelope, "toXml");

        assertThat(written).endsWith("<Envelope xmlns=\"" + NS + "\"><Header>h</Header><Ext xmlns=\"" + EXT
                + "\" xmlns:ns1=\"" + EXT + "\" ns1:b=\"2\" a=\"&lt;1&gt;\">x &amp; y<plain xmlns=\"\"/></Ext></Envelope>");
        assertThat(schema.schemaAccepts(written)).isTrue();
        assertThat(classes.fromXml(PACKAGE + ".Envelope", written, XmlReadOptions.strict())).isEqualTo(envelope);
    }

    @Test
    void validateReportsWhatTheSchemaWouldReject() throws Exception {
        XmlElement own = XmlElement.builder(NS, "Unknown").build();
        XmlElement foreign = XmlElement.builder("urn:y", "a").build();
        Object envelope = GeneratedCode.build(GeneratedCode.set(GeneratedCode.set(GeneratedCode.set(
                classes.builder(PACKAGE + ".Envelope"), "header", "h"), "addAny", foreign), "addAny", own));
        Object single = GeneratedCode.build(classes.builder(PACKAGE + ".Single"));
        Object either = GeneratedCode.build(GeneratedCode.set(GeneratedCode.set(
                classes.builder(PACKAGE + ".Either"), "code", 1), "addAny", foreign));
        Object open = GeneratedCode.build(GeneratedCode.set(GeneratedCode.set(
                classes.builder(PACKAGE + ".Open"), "name", "n"), "addAny", XmlElement.builder(NS, "Name").build()));

        assertThat(GeneratedCode.violations(envelope)).containsExactly("any[1] wildcard");
        assertThat(GeneratedCode.violationMessages(envelope)).singleElement().asString().contains("{" + NS + "}Unknown",
                "a namespace other than " + NS + " or none");
        assertThat(GeneratedCode.violations(single)).containsExactly("any required");
        assertThat(GeneratedCode.violations(either)).hasSize(1).first().asString().startsWith(" choice");
        for (Object value : List.of(envelope, single, either)) {
            assertThat(schema.schemaAccepts((String) GeneratedCode.invoke(value, "toXml"))).isFalse();
        }
        // the schema takes <Name/><Name/> (the second for the wildcard), but reading takes a declared name as
        // that element, so this value would not read back: validate() says so
        String written = (String) GeneratedCode.invoke(open, "toXml");
        assertThat(schema.schemaAccepts(written)).isTrue();
        assertThatThrownBy(() -> classes.fromXml(PACKAGE + ".Open", written, null)).as("not read with one Name dropped")
                .isInstanceOf(XmlReadException.class).hasMessageContaining("element Name occurs more than 1 time");
        assertThat(GeneratedCode.violationMessages(open)).singleElement().asString().contains("is declared in this type");
    }

    @Test
    void strictReadingSaysWhatIsMissingAndWhatIsTooMany() {
        assertThatThrownBy(() -> classes.fromXml(PACKAGE + ".Single", "<Single xmlns='" + NS + "'/>",
                XmlReadOptions.strict()))
                .isInstanceOf(XmlReadException.class)
                .hasMessageContaining("missing an element of namespace none or " + EXT + " (xs:any)");
        assertThatThrownBy(() -> classes.fromXml(PACKAGE + ".Single", "<Single xmlns='" + NS + "'><a xmlns=''/>"
                + "<b xmlns=''/></Single>", XmlReadOptions.strict()))
                .isInstanceOf(XmlReadException.class)
                .hasMessageContaining("element b is one too many: an element of namespace none or " + EXT
                        + " (xs:any) allows at most 1");
    }

    /** Lenient reading reads what the schema rejects, but not by dropping one of two values. */
    @Test
    void lenientReadingStopsAtASecondElementWhereTheValueHoldsOne() throws Exception {
        for (String items : List.of("<Item xmlns=''/><Item xmlns=''/>", "<a xmlns=''/><b xmlns=''/>")) {
            String xml = "<Single xmlns='" + NS + "'>" + items + "</Single>";
            assertThat(schema.schemaAccepts(xml)).isFalse();
            assertThatThrownBy(() -> classes.fromXml(PACKAGE + ".Single", xml, null)).as(xml)
                    .isInstanceOf(XmlReadException.class)
                    .hasMessageStartingWith("line 1, column ")
                    .hasMessageContaining("is one too many: an element of namespace none or " + EXT
                            + " (xs:any) allows at most 1, and the value holds one: reading both would drop the first");
        }
    }
}
