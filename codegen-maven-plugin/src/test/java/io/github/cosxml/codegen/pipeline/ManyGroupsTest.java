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
 * A type of 20 optional {@code xs:sequence}s of 100 nillable elements each ({@code e0} to {@code e99},
 * {@code e100} to {@code e199}, ...): no group is large, but
 * their checks together took more than the JVM's 64 KB in one method (javac: {@code code too large})
 * while a method held the checks of up to 100 groups whatever their size. Compiled here, it reads,
 * writes and compares, and {@code validate()} agrees with the JDK's validator on what {@code toXml()}
 * writes.
 */
class ManyGroupsTest {
    private static final int GROUPS = 20;
    private static final int ELEMENTS = 100;
    private static final String PACKAGE = "io.github.cosxml.test.manygroups";
    private static final String TYPE = PACKAGE + ".Groups";
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    @AutoClose
    private static SchemaUnderTest schema;

    @BeforeAll
    static void generate() throws Exception {
        schema = SchemaUnderTest.generate("groups.xsd", schema(), PACKAGE);
    }

    @Test
    void groupsWholeOrAbsentAreValidAndReadWriteBackAndReadEqual() throws Exception {
        for (String xml : List.of(document(g -> false, -1), document(g -> g == 0 || g == GROUPS - 1, -1),
                document(g -> true, -1))) {
            assertThat(schema.schemaAccepts(xml)).as(xml).isTrue();
            schema.assertReadAsTheSchemaJudges(TYPE, xml);
        }
        Object all = schema.classes().fromXml(TYPE, document(g -> true, -1), XmlReadOptions.strict());
        assertThat(all).isEqualTo(schema.classes().fromXml(TYPE, (String) GeneratedCode.invoke(all, "toXml"), null))
                .hasSameHashCodeAs(schema.classes().fromXml(TYPE, document(g -> true, -1), null));
    }

    @Test
    void elementsMissingFromTheFirstAndTheLastGroupAreReported() throws Exception {
        String xml = document(g -> g == 0 || g == GROUPS - 1, 99).replace("<e50>50</e50>", "");
        schema.assertReadAsTheSchemaJudges(TYPE, xml);

        assertThat(violationsAsTheSchemaJudges(schema.classes().fromXml(TYPE, xml, null)))
                .containsExactly("e50 required", "e99 required", "e1999 required");
    }

    @Test
    void aBuiltValueWithOneElementOfTheLastGroupNeedsTheOthersOfThatGroup() throws Exception {
        Object oneNil = GeneratedCode.build(GeneratedCode.set(schema.classes().builder(TYPE), "e1900Nil", true));

        assertThat(violationsAsTheSchemaJudges(oneNil)).hasSize(ELEMENTS - 1)
                .startsWith("e1901 required").endsWith("e1999 required");
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
                + "<xs:element name='Groups'><xs:complexType><xs:sequence>");
        for (int g = 0; g < GROUPS; g++) {
            xsd.append("<xs:sequence minOccurs='0'>");
            for (int i = 0; i < ELEMENTS; i++) {
                xsd.append("<xs:element name='e").append(g * ELEMENTS + i).append("' type='xs:int' nillable='true'/>");
            }
            xsd.append("</xs:sequence>");
        }
        return xsd.append("</xs:sequence></xs:complexType></xs:element></xs:schema>").toString();
    }

    /**
     * A document with the groups that {@code included} takes, their elements {@code e<100 g + i>} a number
     * or, every seventh, nil; without element {@code i = missing} of each.
     */
    private static String document(IntPredicate included, int missing) {
        StringBuilder xml = new StringBuilder("<Groups xmlns:xsi='" + XSI + "'>");
        IntStream.range(0, GROUPS).filter(included).forEach(g -> IntStream.range(0, ELEMENTS)
                .filter(i -> i != missing).forEach(i -> {
                    String name = "e" + (g * ELEMENTS + i);
                    xml.append(i % 7 == 3 ? "<" + name + " xsi:nil='true'/>" : "<" + name + ">" + i + "</" + name + ">");
                }));
        return xml.append("</Groups>").toString();
    }
}
