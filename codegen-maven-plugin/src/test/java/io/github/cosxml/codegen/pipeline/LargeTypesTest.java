package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.codegen.testing.SchemaUnderTest;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.math.BigDecimal;
import java.util.function.IntFunction;
import javax.xml.XMLConstants;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Types with very many children, whose code javac failed to compile with a StackOverflowError (a chained
 * call per child) and whose methods would outgrow the JVM's 64 KB: {@code Big} has 2,000 elements of ten
 * kinds, a union among them (in an {@code xs:all}, which the JDK's validator checks fast), and 190
 * attributes beside an {@code xs:anyAttribute} (JDK 24 and later parse at most 200 attributes on an
 * element by default, {@code jdk.xml.elementAttributeLimit}); {@code Shapes}, past the size from which code is cut into
 * chunks, has repeated and nillable elements and a choice whose sequence branch has 120 elements.
 * Compiled here with javac's default stack, their documents read, write back and read equal.
 */
class LargeTypesTest {
    private static final int ELEMENTS = 2000;
    private static final int ATTRIBUTES = 190;
    private static final int BRANCH = 120;
    private static final String PACKAGE = "io.github.cosxml.test.large";
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final String OTHER = "urn:cosxml:test:other";

    @AutoClose
    private static SchemaUnderTest schema;

    @BeforeAll
    static void generate() throws Exception {
        schema = SchemaUnderTest.generate("large.xsd", schema(), PACKAGE);
    }

    @Test
    void aDocumentWithEveryChildReadsWritesBackAndReadsEqual() throws Exception {
        String xml = big(i -> element(i, value(i)));

        schema.assertReadAsTheSchemaJudges(PACKAGE + ".Big", xml);
        Object read = schema.classes().fromXml(PACKAGE + ".Big", xml, XmlReadOptions.strict());
        Object again = schema.classes().fromXml(PACKAGE + ".Big", (String) GeneratedCode.invoke(read, "toXml"),
                XmlReadOptions.strict());
        assertThat(again).isEqualTo(read).hasSameHashCodeAs(read);
        assertThat(GeneratedCode.invoke(read, "getE1997")).isEqualTo("n1997");
        assertThat(GeneratedCode.invoke(read, "isE1987Nil")).isEqualTo(true);
        assertThat(GeneratedCode.invoke(read, "getA" + (ATTRIBUTES - 3) + "AsString")).isEqualTo("red");
        assertThat(read.toString()).startsWith("Big{e0=s0, e1=1,").contains(", e1987=null (nil), ")
                .endsWith(", otherAttributes={{" + OTHER + "}extra=1}}");
    }

    @Test
    void aLateChildCountsInEqualsAndValidate() throws Exception {
        Object read = schema.classes().fromXml(PACKAGE + ".Big", big(i -> element(i, value(i))), null);
        Object lateDiffers = schema.classes().fromXml(PACKAGE + ".Big",
                big(i -> element(i, i == ELEMENTS - 3 ? "other" : value(i))), null);
        String tooLong = big(i -> element(i, i == ELEMENTS - 6 ? "toolong" : value(i)));
        String notOfTheUnion = big(i -> element(i, i == ELEMENTS - 2 ? "x" : value(i)));

        assertThat(lateDiffers).isNotEqualTo(read);
        assertThat(schema.schemaAccepts(tooLong)).isFalse();
        assertThat(GeneratedCode.violations(schema.classes().fromXml(PACKAGE + ".Big", tooLong, null)))
                .containsExactly("e1994 maxLength");
        assertThat(schema.schemaAccepts(notOfTheUnion)).isFalse();
        assertThat(schema.strictReadingAccepts(PACKAGE + ".Big", notOfTheUnion)).isFalse();
        assertThat(GeneratedCode.violations(schema.classes().fromXml(PACKAGE + ".Big", notOfTheUnion, null)))
                .containsExactly("e1998 datatype");
    }

    @Test
    void aLateDecimalComparesByValueInTheChunksOfEqualsAndHashCode() throws Exception {
        int late = ELEMENTS - 7;
        Object read = schema.classes().fromXml(PACKAGE + ".Big", big(i -> element(i, value(i))), null);
        Object moreZeros = schema.classes().fromXml(PACKAGE + ".Big",
                big(i -> element(i, i == late ? value(i) + "00" : value(i))), null);

        assertThat(GeneratedCode.invoke(moreZeros, "getE" + late)).isEqualTo(new BigDecimal(late + ".2500"));
        assertThat(moreZeros).isEqualTo(read).hasSameHashCodeAs(read);
    }

    @Test
    void aLargeTypeWithListsNilsAndAChoiceIsJudgedAsTheSchemaJudgesIt() throws Exception {
        schema.assertReadAsTheSchemaJudges(PACKAGE + ".Shapes", shapes(-1));
        schema.assertReadAsTheSchemaJudges(PACKAGE + ".Shapes", shapes(BRANCH - 1));
        assertThat(schema.schemaAccepts(shapes(BRANCH - 1))).isFalse();
        assertThat(GeneratedCode.violations(schema.classes().fromXml(PACKAGE + ".Shapes", shapes(BRANCH - 1), null)))
                .containsExactly("q119 required");
    }

    @Test
    void aMessageNamesALongSequenceBranchByItsFirstElementsAndItsLast() throws Exception {
        String bothBranches = shapes(-1).replace("</Shapes>", "<alt>a</alt></Shapes>");

        assertThat(schema.schemaAccepts(bothBranches)).isFalse();
        assertThat(GeneratedCode.violationMessages(schema.classes().fromXml(PACKAGE + ".Shapes", bothBranches, null)))
                .containsExactly("only one of (q0, q1, q2, ... 116 more ..., q119), alt may be set, 2 are");
    }

    private static String schema() {
        StringBuilder xsd = new StringBuilder("<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'>"
                + "<xs:simpleType name='Code'><xs:restriction base='xs:string'><xs:maxLength value='6'/>"
                + "<xs:pattern value='[a-z0-9]*'/></xs:restriction></xs:simpleType>"
                + "<xs:simpleType name='Color'><xs:restriction base='xs:string'><xs:enumeration value='red'/>"
                + "<xs:enumeration value='blue'/></xs:restriction></xs:simpleType>"
                + "<xs:simpleType name='Ints'><xs:list itemType='xs:int'/></xs:simpleType>"
                + "<xs:simpleType name='IntOrAuto'><xs:union memberTypes='xs:int'><xs:simpleType>"
                + "<xs:restriction base='xs:string'><xs:enumeration value='auto'/></xs:restriction></xs:simpleType>"
                + "</xs:union></xs:simpleType>"
                + "<xs:complexType name='Part'><xs:sequence><xs:element name='v' type='xs:string'/></xs:sequence>"
                + "<xs:attribute name='k' type='xs:int' use='required'/></xs:complexType>"
                + "<xs:element name='Big'><xs:complexType><xs:all>");
        String[] elementTypes = {"xs:string", "xs:int", "xs:date", "xs:decimal", "Code", "Color", "Ints",
                "xs:string' nillable='true", "IntOrAuto", "Part"};
        for (int i = 0; i < ELEMENTS; i++) {
            xsd.append("<xs:element name='e").append(i).append("' type='").append(elementTypes[i % 10])
                    .append("' minOccurs='0'/>");
        }
        xsd.append("</xs:all>");
        String[] attributeTypes = {"xs:int", "IntOrAuto", "Code", "Color"};
        for (int i = 0; i < ATTRIBUTES; i++) {
            xsd.append("<xs:attribute name='a").append(i).append("' type='").append(attributeTypes[i % 4])
                    .append("'/>");
        }
        xsd.append("<xs:anyAttribute namespace='##other' processContents='skip'/></xs:complexType></xs:element>");
        xsd.append("<xs:element name='Shapes'><xs:complexType><xs:sequence>");
        for (int i = 0; i < 20; i++) {
            xsd.append("<xs:element name='r").append(i)
                    .append("' type='xs:string' minOccurs='0' maxOccurs='unbounded'/>");
        }
        for (int i = 0; i < 20; i++) {
            xsd.append("<xs:element name='n").append(i).append("' type='xs:int' minOccurs='0' nillable='true'/>");
        }
        xsd.append("<xs:choice minOccurs='0'><xs:sequence>");
        for (int i = 0; i < BRANCH; i++) {
            xsd.append("<xs:element name='q").append(i).append("' type='xs:string'/>");
        }
        xsd.append("</xs:sequence><xs:element name='alt' type='xs:string'/></xs:choice></xs:sequence>");
        for (int i = 0; i < 5; i++) {
            xsd.append("<xs:attribute name='b").append(i).append("' type='xs:int'/>");
        }
        return xsd.append("</xs:complexType></xs:element></xs:schema>").toString();
    }

    /** The text of element {@code e<i>}, of its kind; null for a nil one. */
    private static String value(int i) {
        return switch (i % 10) {
            case 0 -> "s" + i;
            case 1 -> String.valueOf(i);
            case 2 -> "2026-11-23";
            case 3 -> i + ".25";
            case 4 -> "c" + i;
            case 5 -> "blue";
            case 6 -> "1 2 " + i;
            case 7 -> i % 20 == 7 ? null : "n" + i;
            case 8 -> i % 20 == 8 ? "auto" : String.valueOf(i);
            default -> "<v>p" + i + "</v>";
        };
    }

    private static String element(int i, String value) {
        if (value == null) {
            return "<e" + i + " xsi:nil='true'/>";
        }
        return "<e" + i + (i % 10 == 9 ? " k='" + i + "'>" : ">") + value + "</e" + i + ">";
    }

    private static String big(IntFunction<String> element) {
        String[] attributeValues = {"", "", "d", "red"};
        StringBuilder xml = new StringBuilder("<Big xmlns:xsi='" + XSI + "' xmlns:x='" + OTHER + "' x:extra='1'");
        for (int i = 0; i < ATTRIBUTES; i++) {
            String value = i % 4 == 3 ? "red" : i % 8 == 5 ? "auto" : attributeValues[i % 4] + i;
            xml.append(" a").append(i).append("='").append(value).append("'");
        }
        xml.append(">");
        for (int i = 0; i < ELEMENTS; i++) {
            xml.append(element.apply(i));
        }
        return xml.append("</Big>").toString();
    }

    /** A document of {@code Shapes} that chooses the sequence branch, without {@code q<missing>} (-1: none). */
    private static String shapes(int missing) {
        StringBuilder xml = new StringBuilder("<Shapes xmlns:xsi='" + XSI + "' b0='0' b4='4'>");
        for (int i = 0; i < 20; i++) {
            xml.append("<r").append(i).append(">x</r").append(i).append("><r").append(i).append(">y</r").append(i)
                    .append(">");
        }
        for (int i = 0; i < 20; i++) {
            xml.append(i % 2 == 0 ? "<n" + i + " xsi:nil='true'/>" : "<n" + i + ">" + i + "</n" + i + ">");
        }
        for (int i = 0; i < BRANCH; i++) {
            if (i != missing) {
                xml.append("<q").append(i).append(">q").append(i).append("</q").append(i).append(">");
            }
        }
        return xml.append("</Shapes>").toString();
    }
}
