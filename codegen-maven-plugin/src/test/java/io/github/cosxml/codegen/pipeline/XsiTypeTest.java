package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.codegen.testing.SchemaUnderTest;
import io.github.cosxml.core.xml.XmlReadException;
import io.github.cosxml.core.xml.XmlReadOptions;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code xsi:type} (src/test/resources/xsitype): generated classes have no subtypes, so an element
 * of type {@code Base} that asks for {@code Mid} (valid: {@code Mid} extends {@code Base}) cannot be
 * read without dropping {@code Mid}'s {@code B}. Reading says so instead, leniently and strictly;
 * {@code xsi:type} naming the element's own type reads as if it were absent.
 */
class XsiTypeTest {
    private static final String NS = "urn:cosxml:test:xsitype";
    private static final String PACKAGE = "io.github.cosxml.test.xsitype";
    private static final String XSI = " xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'";

    @AutoClose
    private static SchemaUnderTest schema;
    private static GeneratedCode classes;

    @BeforeAll
    static void generate() throws Exception {
        schema = SchemaUnderTest.generate(XsiTypeTest.class.getResource("/xsitype/xsitype.xsd").toURI(), PACKAGE);
        classes = schema.classes();
    }

    @Test
    void aSubtypeThatWouldLoseItsContentIsRefusedWhereItIs() throws Exception {
        String xml = "<Holder xmlns='" + NS + "' xmlns:t='" + NS + "'" + XSI + ">\n"
                + "<base xsi:type='t:Mid' id='1'><A>a</A><B>3</B></base></Holder>";
        assertThat(schema.schemaAccepts(xml)).as("valid: Mid extends Base").isTrue();

        for (XmlReadOptions options : new XmlReadOptions[] {null, XmlReadOptions.strict()}) {
            assertThatThrownBy(() -> classes.fromXml(PACKAGE + ".Holder", xml, options)).as(String.valueOf(options))
                    .isInstanceOf(XmlReadException.class)
                    .hasMessageContaining("line 2")
                    .hasMessageContaining("/Holder/base")
                    .hasMessageContaining("xsi:type 't:Mid' asks for type {" + NS + "}Mid instead of this element's type {"
                            + NS + "}Base; generated classes have no subtypes");
        }
    }

    @Test
    void theElementsOwnTypeReadsAsWithoutXsiType() throws Exception {
        String plain = "<Holder xmlns='" + NS + "'><base id='1'><A>a</A></base><mid><A>m</A><B>2</B></mid></Holder>";
        String typed = "<Holder xmlns='" + NS + "' xmlns:t='" + NS + "'" + XSI + "><base xsi:type='t:Base' id='1'><A>a</A>"
                + "</base><mid xsi:type='t:Mid'><A>m</A><B>2</B></mid></Holder>";
        assertThat(schema.schemaAccepts(typed)).isTrue();

        Object read = classes.fromXml(PACKAGE + ".Holder", typed, XmlReadOptions.strict());

        assertThat(read).isEqualTo(classes.fromXml(PACKAGE + ".Holder", plain, XmlReadOptions.strict()));
        assertThat(GeneratedCode.invoke(GeneratedCode.invoke(read, "getMid"), "getB")).isEqualTo(2);
    }

    @Test
    void theAnonymousRootTypeTakesNoXsiType() throws Exception {
        String xml = "<Holder xmlns='" + NS + "' xmlns:t='" + NS + "'" + XSI + " xsi:type='t:Base'><base><A>a</A></base></Holder>";
        assertThat(schema.schemaAccepts(xml)).isFalse();

        assertThatThrownBy(() -> classes.fromXml(PACKAGE + ".Holder", xml, null))
                .hasMessageContaining("instead of this element's anonymous type");
    }
}
