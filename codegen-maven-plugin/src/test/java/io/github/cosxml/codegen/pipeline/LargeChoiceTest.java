package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.codegen.testing.SchemaUnderTest;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A type whose content is one required {@code xs:choice} of 3,000 branches, most of them nillable
 * elements and {@code xs:list}s (the kinds whose count takes the most code), with a repeated element
 * of at least two and a sequence branch every hundred. Its check in {@code validate()} took more than
 * the JVM's 64 KB in one method (javac: {@code code too large}) before the check of one group was cut
 * into chunks. Compiled here, it reads, writes and compares, and {@code validate()} agrees with the
 * JDK's validator on what {@code toXml()} writes.
 */
class LargeChoiceTest {
    private static final int BRANCHES = 3000;
    private static final String PACKAGE = "io.github.cosxml.test.largechoice";
    private static final String TYPE = PACKAGE + ".Choice";
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final String ALL_BRANCHES = "c0, c1, c2, ... 2996 more ..., c2999";

    @AutoClose
    private static SchemaUnderTest schema;

    @BeforeAll
    static void generate() throws Exception {
        schema = SchemaUnderTest.generate("choice.xsd", schema(), PACKAGE);
    }

    @Test
    void eachKindOfBranchAloneIsValidAndReadsWritesBackAndReadsEqual() throws Exception {
        for (int i : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 95, 96, 2990, 2991, 2992, 2993, 2994, 2995, 2996,
                2997, 2998, 2999}) {
            String xml = document(branch(i));

            assertThat(schema.schemaAccepts(xml)).as(xml).isTrue();
            schema.assertReadAsTheSchemaJudges(TYPE, xml);
        }
        Object nil = schema.classes().fromXml(TYPE, document("<c2990 xsi:nil='true'/>"), XmlReadOptions.strict());
        Object noItems = schema.classes().fromXml(TYPE, document("<c2992/>"), XmlReadOptions.strict());
        assertThat(violationsAsTheSchemaJudges(nil)).isEmpty();
        assertThat(violationsAsTheSchemaJudges(noItems)).isEmpty();
        assertThat(GeneratedCode.invoke(nil, "isC2990Nil")).isEqualTo(true);
        assertThat(GeneratedCode.invoke(noItems, "getC2992")).isEqualTo(List.of());
        assertThat(nil).isNotEqualTo(noItems)
                .isEqualTo(schema.classes().fromXml(TYPE, (String) GeneratedCode.invoke(nil, "toXml"), null))
                .hasSameHashCodeAs(schema.classes().fromXml(TYPE, (String) GeneratedCode.invoke(nil, "toXml"), null));
    }

    @Test
    void noBranchIsReportedByItsFirstNamesAndItsLast() throws Exception {
        schema.assertReadAsTheSchemaJudges(TYPE, document(""));
        Object none = GeneratedCode.build(schema.classes().builder(TYPE));

        assertThat(violationsAsTheSchemaJudges(none)).containsExactly(" choice: one of " + ALL_BRANCHES + " is required");
    }

    @Test
    void twoBranchesFarApartAreReported() throws Exception {
        String xml = document(branch(0) + branch(2999));
        schema.assertReadAsTheSchemaJudges(TYPE, xml);
        Object read = schema.classes().fromXml(TYPE, xml, null);
        Object built = GeneratedCode.build(GeneratedCode.set(GeneratedCode.set(schema.classes().builder(TYPE),
                "c1", 1), "c2998Nil", true));

        assertThat(violationsAsTheSchemaJudges(read))
                .containsExactly(" choice: only one of " + ALL_BRANCHES + " may be set, 2 are");
        assertThat(violationsAsTheSchemaJudges(built))
                .containsExactly(" choice: only one of " + ALL_BRANCHES + " may be set, 2 are");
    }

    @Test
    void aLateChosenBranchIsHeldToWhatItRequires() throws Exception {
        Object withoutItsFirst = GeneratedCode.build(GeneratedCode.set(schema.classes().builder(TYPE), "d2996", "d"));
        Object oneOfTwo = GeneratedCode.build(GeneratedCode.set(schema.classes().builder(TYPE), "addC2995", "a"));
        Object nothingElse = GeneratedCode.build(GeneratedCode.set(schema.classes().builder(TYPE), "c2996", "c"));

        assertThat(violationsAsTheSchemaJudges(withoutItsFirst)).containsExactly("c2996 required: is required");
        assertThat(violationsAsTheSchemaJudges(oneOfTwo))
                .containsExactly("c2995 minOccurs: has 1 items, at least 2 required");
        assertThat(violationsAsTheSchemaJudges(nothingElse)).isEmpty();
    }

    /** What {@code validate()} reports, after checking that it reports something exactly when the schema rejects {@code toXml()}. */
    private static List<String> violationsAsTheSchemaJudges(Object value) throws Exception {
        List<String> violations = GeneratedCode.violations(value);
        List<String> messages = GeneratedCode.violationMessages(value);
        String xml = (String) GeneratedCode.invoke(value, "toXml");
        assertThat(violations.isEmpty()).as("validate() of %s finds nothing", xml).isEqualTo(schema.schemaAccepts(xml));
        return IntStream.range(0, violations.size())
                .mapToObj(i -> violations.get(i) + ": " + messages.get(i)).toList();
    }

    private static String schema() {
        StringBuilder xsd = new StringBuilder("<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'>"
                + "<xs:simpleType name='Code'><xs:restriction base='xs:string'><xs:maxLength value='6'/>"
                + "</xs:restriction></xs:simpleType>"
                + "<xs:simpleType name='Ints'><xs:list itemType='xs:int'/></xs:simpleType>"
                + "<xs:complexType name='Part'><xs:sequence><xs:element name='v' type='xs:string'/></xs:sequence>"
                + "</xs:complexType>"
                + "<xs:element name='Choice'><xs:complexType><xs:choice>");
        for (int i = 0; i < BRANCHES; i++) {
            xsd.append(branchDeclaration(i));
        }
        return xsd.append("</xs:choice></xs:complexType></xs:element></xs:schema>").toString();
    }

    /** Branch {@code i}: {@code c<i>} of a kind by its last digit, or of one of two kinds every hundred. */
    private static String branchDeclaration(int i) {
        String element = "<xs:element name='c" + i + "' ";
        if (i % 100 == 95) {
            return element + "type='xs:string' minOccurs='2' maxOccurs='unbounded'/>";
        } else if (i % 100 == 96) {
            return "<xs:sequence>" + element + "type='xs:string'/><xs:element name='d" + i
                    + "' type='xs:string' minOccurs='0'/></xs:sequence>";
        }
        String[] types = {"xs:string", "xs:int", "Ints", "Code", "xs:string' maxOccurs='unbounded", "xs:date",
                "xs:string", "xs:decimal", "xs:boolean", "Part"};
        String nillable = i % 10 == 2 || i % 10 == 4 || i % 10 == 9 ? "" : " nillable='true'";
        return element + "type='" + types[i % 10] + "'" + nillable + "/>";
    }

    /** Branch {@code i} with valid content. */
    private static String branch(int i) {
        String name = "c" + i;
        if (i % 100 == 95 || i % 10 == 4) {
            return element(name, "a") + element(name, "b");
        } else if (i % 100 == 96) {
            return element(name, "c") + element("d" + i, "d");
        }
        String[] values = {"s", "1", "1 2", "code", null, "2026-11-23", "s", "1.5", "true", "<v>p</v>"};
        return element(name, values[i % 10]);
    }

    private static String element(String name, String content) {
        return "<" + name + ">" + content + "</" + name + ">";
    }

    private static String document(String content) {
        return "<Choice xmlns:xsi='" + XSI + "'>" + content + "</Choice>";
    }
}
