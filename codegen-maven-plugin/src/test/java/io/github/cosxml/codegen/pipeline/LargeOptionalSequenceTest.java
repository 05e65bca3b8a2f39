package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.codegen.testing.SchemaUnderTest;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A type with one optional {@code xs:sequence} of 3,000 elements of ten kinds, nine of them required
 * in the sequence, between a required and an optional element: all of the sequence or none of it.
 * Its check in {@code validate()} took more than the JVM's 64 KB in one method (javac: {@code code too
 * large}) before the check of one group was cut into chunks. Compiled here, it reads, writes and
 * compares, and {@code validate()} agrees with the JDK's validator on what {@code toXml()} writes.
 */
class LargeOptionalSequenceTest {
    private static final int ELEMENTS = 3000;
    private static final String PACKAGE = "io.github.cosxml.test.largesequence";
    private static final String TYPE = PACKAGE + ".Optional";
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    @AutoClose
    private static SchemaUnderTest schema;

    @BeforeAll
    static void generate() throws Exception {
        schema = SchemaUnderTest.generate("sequence.xsd", schema(), PACKAGE);
    }

    @Test
    void theWholeSequenceOrNoneOfItIsValidAndReadsWritesBackAndReadsEqual() throws Exception {
        for (String xml : List.of(document(i -> true), document(i -> false), document(i -> i % 10 != 8))) {
            assertThat(schema.schemaAccepts(xml)).as(xml).isTrue();
            schema.assertReadAsTheSchemaJudges(TYPE, xml);
        }
        Object whole = schema.classes().fromXml(TYPE, document(i -> true), XmlReadOptions.strict());
        Object withoutOptional = schema.classes().fromXml(TYPE, document(i -> i % 10 != 8), XmlReadOptions.strict());
        assertThat(whole).isNotEqualTo(withoutOptional)
                .isEqualTo(schema.classes().fromXml(TYPE, (String) GeneratedCode.invoke(whole, "toXml"), null))
                .hasSameHashCodeAs(schema.classes().fromXml(TYPE, document(i -> true), null));
        assertThat(GeneratedCode.invoke(whole, "isS2993Nil")).isEqualTo(true);
        assertThat(whole.toString()).contains(", s2993=null (nil), ");
    }

    @Test
    void elementsMissingFromTheFirstAndTheLastChunkAreReported() throws Exception {
        String xml = document(i -> i != 0 && i != 2994 && i != 2997);
        schema.assertReadAsTheSchemaJudges(TYPE, xml);

        assertThat(violationsAsTheSchemaJudges(schema.classes().fromXml(TYPE, xml, null))).containsExactly(
                "s0 required", "s2994 minOccurs", "s2997 required");
    }

    @Test
    void aBuiltValueWithOneElementOfTheSequenceNeedsEveryOtherElementItRequires() throws Exception {
        Object whole = schema.classes().fromXml(TYPE, document(i -> true), null);
        Object lastRemoved = GeneratedCode.build(GeneratedCode.set(GeneratedCode.invoke(whole, "toBuilder"),
                "s2999", null));
        Object onlyTheLast = GeneratedCode.build(GeneratedCode.set(GeneratedCode.set(
                schema.classes().builder(TYPE), "head", "h"), "s2999", 9));

        assertThat(violationsAsTheSchemaJudges(whole)).isEmpty();
        assertThat(violationsAsTheSchemaJudges(lastRemoved)).containsExactly("s2999 required");
        List<String> violations = violationsAsTheSchemaJudges(onlyTheLast);
        assertThat(violations).hasSize(ELEMENTS / 10 * 9 - 1)
                .startsWith("s0 required", "s1 required", "s2 required", "s3 required", "s4 minOccurs")
                .endsWith("s2996 required", "s2997 required");
    }

    /** What {@code validate()} reports, after checking that it reports something exactly when the schema rejects {@code toXml()}. */
    private static List<String> violationsAsTheSchemaJudges(Object value) throws Exception {
        List<String> violations = GeneratedCode.violations(value);
        String xml = (String) GeneratedCode.invoke(value, "toXml");
        assertThat(violations.isEmpty()).as("validate() of %s finds nothing", xml).isEqualTo(schema.schemaAccepts(xml));
        return violations;
    }

    private static String schema() {
        StringBuilder xsd = new StringBuilder("<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'>"
                + "<xs:simpleType name='Code'><xs:restriction base='xs:string'><xs:maxLength value='6'/>"
                + "</xs:restriction></xs:simpleType>"
                + "<xs:simpleType name='Ints'><xs:list itemType='xs:int'/></xs:simpleType>"
                + "<xs:complexType name='Part'><xs:sequence><xs:element name='v' type='xs:string'/></xs:sequence>"
                + "</xs:complexType>"
                + "<xs:element name='Optional'><xs:complexType><xs:sequence>"
                + "<xs:element name='head' type='xs:string'/><xs:sequence minOccurs='0'>");
        String[] types = {"xs:string", "xs:int", "Ints", "xs:string' nillable='true",
                "xs:string' maxOccurs='unbounded", "Code", "xs:date", "Part", "xs:string' minOccurs='0",
                "xs:int' nillable='true"};
        for (int i = 0; i < ELEMENTS; i++) {
            xsd.append("<xs:element name='s").append(i).append("' type='").append(types[i % 10]).append("'/>");
        }
        return xsd.append("</xs:sequence><xs:element name='tail' type='xs:string' minOccurs='0'/>")
                .append("</xs:sequence></xs:complexType></xs:element></xs:schema>").toString();
    }

    /** A document with the elements of the sequence that {@code included} takes, each valid; nil where it may be. */
    private static String document(IntPredicate included) {
        String[] values = {"s", "1", "1 2", null, "a", "code", "2026-11-23", "<v>p</v>", "o", "9"};
        StringBuilder xml = new StringBuilder("<Optional xmlns:xsi='" + XSI + "'><head>h</head>");
        IntStream.range(0, ELEMENTS).filter(included).forEach(i -> {
            String name = "s" + i;
            String value = i % 10 == 3 && i % 20 == 13 ? null : values[i % 10] == null ? "n" + i : values[i % 10];
            xml.append(value == null ? "<" + name + " xsi:nil='true'/>"
                    : "<" + name + ">" + value + "</" + name + ">");
            if (i % 10 == 4) {
                xml.append("<").append(name).append(">b</").append(name).append(">");
            }
        });
        return xml.append("<tail>t</tail></Optional>").toString();
    }
}
