package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.codegen.testing.SchemaUnderTest;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The text of simple content that was never set (src/test/resources/simpletext). The writer writes
 * such an element as {@code <Note lang="en"/>}, which the schema reads as the empty text. Where the
 * type's lexical form takes the empty string ({@code xs:string}, {@code xs:anyURI}) the value stores
 * {@code ""}, so that {@code validate()} judges what is written as the JDK's validator does and the
 * written value reads back equal; other types keep {@code null}, which {@code validate()} reports as
 * required, as the schema rejects their empty text.
 */
class SimpleContentTextTest {
    private static final String NS = "urn:cosxml:test:simpletext";
    private static final String PACKAGE = "io.github.cosxml.test.simpletext";

    @AutoClose
    private static SchemaUnderTest schema;
    private static GeneratedCode classes;

    @BeforeAll
    static void generate() throws Exception {
        schema = SchemaUnderTest.generate(
                SimpleContentTextTest.class.getResource("/simpletext/simpletext.xsd").toURI(), PACKAGE);
        classes = schema.classes();
    }

    /**
     * One type per row: the {@code Box} property holding it, the text its value stores when none was
     * set ({@code ''} for empty, nothing for null), the schema's verdict on the written document,
     * the violation {@code validate()} reports (nothing for none) and strict reading's verdict, which
     * leaves facets and the lexical form of text kept as a {@code String} to {@code validate()}.
     */
    @ParameterizedTest(name = "{0} with no text: stores [{2}], valid: {3}")
    @CsvSource({
        "Note, note, '', true, , true",
        "Link, link, '', true, , true",
        "Label, label, '', false, label.value minLength, true",
        "Token, token, , false, token.value required, true",
        "Amount, amount, , false, amount.value required, false",
    })
    void anUnsetTextIsCheckedAsItIsWritten(String type, String property, String stored, boolean valid,
            String violation, boolean strictAccepts) throws Exception {
        Object value = GeneratedCode.build(classes.builder(PACKAGE + "." + type));
        assertThat(GeneratedCode.invoke(value, "getValue")).isEqualTo(stored);
        Object box = GeneratedCode.build(GeneratedCode.set(classes.builder(PACKAGE + ".Box"), property, value));

        String written = (String) GeneratedCode.invoke(box, "toXml");

        assertThat(written).as("an element with no text").matches(".*<" + type + "(/>|></" + type + ">)</Box>");
        assertThat(schema.schemaAccepts(written)).as("the schema's verdict on %s", written).isEqualTo(valid);
        assertThat(GeneratedCode.violations(box)).isEqualTo(violation == null ? List.of() : List.of(violation));
        assertThat(schema.strictReadingAccepts(PACKAGE + ".Box", written)).as("strict reading")
                .isEqualTo(strictAccepts);
        if (valid) {
            assertThat(classes.fromXml(PACKAGE + ".Box", written, XmlReadOptions.strict())).isEqualTo(box);
        }
    }

    @Test
    void anElementWithNoTextReadsAsTheValueBuiltWithNone() throws Exception {
        Object read = GeneratedCode.invoke(classes.fromXml(PACKAGE + ".Box", "<Box xmlns=\"" + NS
                + "\"><Note lang=\"en\"/></Box>", XmlReadOptions.strict()), "getNote");
        Object built = GeneratedCode.build(GeneratedCode.set(classes.builder(PACKAGE + ".Note"), "lang", "en"));
        Object cleared = GeneratedCode.build(GeneratedCode.set(GeneratedCode.invoke(built, "toBuilder"), "value",
                null));

        assertThat(GeneratedCode.invoke(read, "getValue")).isEqualTo("");
        assertThat(built).isEqualTo(read).hasSameHashCodeAs(read).hasToString("Note{value=, lang=en}");
        assertThat(cleared).isEqualTo(read);
    }

    @Test
    void aNilValueHasNoTextAtAll() throws Exception {
        Object nil = GeneratedCode.build(GeneratedCode.set(classes.builder(PACKAGE + ".Note"), "nil", true));
        assertThat(GeneratedCode.invoke(nil, "getValue")).isNull();
        Object box = GeneratedCode.build(GeneratedCode.set(classes.builder(PACKAGE + ".Box"), "nilNote", nil));

        String written = (String) GeneratedCode.invoke(box, "toXml");

        assertThat(schema.schemaAccepts(written)).as("the schema's verdict on %s", written).isTrue();
        assertThat(GeneratedCode.violations(box)).isEmpty();
        Object read = classes.fromXml(PACKAGE + ".Box", written, XmlReadOptions.strict());
        assertThat(read).isEqualTo(box);
        assertThat(GeneratedCode.invoke(GeneratedCode.invoke(read, "getNilNote"), "isNil")).isEqualTo(true);
    }
}
