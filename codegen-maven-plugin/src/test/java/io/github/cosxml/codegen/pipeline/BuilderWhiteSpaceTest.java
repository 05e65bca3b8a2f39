package io.github.cosxml.codegen.pipeline;

import static io.github.cosxml.codegen.testing.GeneratedCode.build;
import static io.github.cosxml.codegen.testing.GeneratedCode.invoke;
import static io.github.cosxml.codegen.testing.GeneratedCode.set;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.codegen.testing.SchemaUnderTest;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Builders keep text by its type's whitespace rule, as reading does (src/test/resources/whitespace), so that
 * a value built from any text equals the value read back from what it writes.
 */
class BuilderWhiteSpaceTest {
    private static final String FORM = "io.github.cosxml.test.whitespace.Form";
    @AutoClose
    private static SchemaUnderTest schema;
    private static GeneratedCode classes;

    @BeforeAll
    static void generate() throws Exception {
        schema = SchemaUnderTest.generate(BuilderWhiteSpaceTest.class.getResource("/whitespace/builders.xsd").toURI(),
                "io.github.cosxml.test.whitespace");
        classes = schema.classes();
    }

    @Test
    void settersAndAddersKeepTextAsReadingDoes() {
        Object form = build(set(set(set(set(set(classes.builder(FORM), "addTag", " a \t b "), "addTag", "c\n"),
                "mode", "  on  line "), "note", "x\ty\r\nz"), "ref", " https://example.com/a "));

        assertThat(invoke(form, "getTag")).isEqualTo(List.of("a b", "c"));
        assertThat(invoke(form, "getMode")).isEqualTo("on line");
        assertThat(invoke(form, "getNote")).isEqualTo("x y  z");
        assertThat(invoke(form, "getRef")).isEqualTo("https://example.com/a");
        Object replaced = build(set(classes.builder(FORM), "tag", List.of(" p ", "q  r")));
        assertThat(invoke(replaced, "getTag")).isEqualTo(List.of("p", "q r"));
        assertThat(readBack(form)).isEqualTo(form);
    }

    @Test
    void readingKeepsTextByTheSameRule() {
        Object read = classes.fromXml(FORM, "<Form xmlns='urn:cosxml:test:whitespace' ref=' u '><Tag> p \t q </Tag>"
                + "<Mode>  m  </Mode><Note>a\tb</Note></Form>", XmlReadOptions.strict());

        assertThat(invoke(read, "getTag")).isEqualTo(List.of("p q"));
        assertThat(invoke(read, "getMode")).isEqualTo("m");
        assertThat(invoke(read, "getNote")).isEqualTo("a b");
        assertThat(invoke(read, "getRef")).isEqualTo("u");
    }

    /**
     * The empty text of an element with a default value, and whitespace that collapses to it, is written
     * {@code <Mode> </Mode>}: {@code <Mode></Mode>} would read back as the default, {@code auto}.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void anEmptyTextOfAnElementWithADefaultReadsBackAsItself(String text) throws Exception {
        Object form = build(set(classes.builder(FORM), "mode", text));

        String xml = (String) invoke(form, "toXml");

        assertThat(xml).contains("<Mode> </Mode>");
        assertThat(schema.schemaAccepts(xml)).isTrue();
        Object read = readBack(form);
        assertThat(invoke(read, "getMode")).isEqualTo("");
        assertThat(read).isEqualTo(form);
        assertThat(invoke(readBack(build(classes.builder(FORM))), "getMode")).as("absent stays absent").isNull();
    }

    private static Object readBack(Object form) {
        return classes.fromXml(FORM, (String) invoke(form, "toXml"), XmlReadOptions.strict());
    }
}
