package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.codegen.testing.SchemaUnderTest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Enumeration values are values of the base type of the restriction that declares them (XML Schema
 * Part 2, 4.3.5), so the base type's whitespace rule reads them, not a {@code whiteSpace} facet beside
 * them (src/test/resources/enumeration-whitespace): {@code " a "} of an {@code xs:string} restricted
 * to {@code collapse} is {@code " a "}, which no collapsed text is, while {@code " a "} of an
 * {@code xs:token}, or of a restriction of a type that collapses, is {@code a}. Strict reading,
 * {@code validate()} and the enums' {@code fromValueOrNull} judge as the JDK's validator does, on
 * elements and attributes, on enums and on text with an enumeration facet.
 */
class EnumerationWhiteSpaceTest {
    private static final String NS = "urn:cosxml:test:enumspace";
    private static final String PACKAGE = "io.github.cosxml.test.enumspace";
    private static final String WORDS = PACKAGE + ".Words";

    @AutoClose
    private static SchemaUnderTest schema;
    private static GeneratedCode classes;

    @BeforeAll
    static void generate() throws Exception {
        schema = SchemaUnderTest.generate(EnumerationWhiteSpaceTest.class
                .getResource("/enumeration-whitespace/enumeration-whitespace.xsd").toURI(), PACKAGE);
        classes = schema.classes();
    }

    /**
     * Each row: the content and attributes of a {@code Words}, and the JDK's verdict on it, asserted
     * too so that each row shows what the schema says. Strict reading agrees with it; read leniently,
     * {@code validate()} agrees with it on what {@code toXml()} writes.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        // " a " of an xs:string that the restriction collapses: no text collapses to it
        "<Spaced>a</Spaced>||false",
        "<Spaced> a </Spaced>||false",
        "<Spaced> b </Spaced>||true",
        "|spacedAttr='a'|false",
        "|spacedAttr=' a '|false",
        "|spacedAttr=' b'|true",
        // a tab of an xs:string that the restriction replaces: no replaced text has one
        "<Tabbed>x\ty</Tabbed>||false",
        "<Tabbed>x y</Tabbed>||false",
        "<Tabbed>p\tq</Tabbed>||true",
        "|tabbedAttr='x&#9;y'|false",
        "|tabbedAttr='x y'|false",
        "|tabbedAttr='p&#9;q'|true",
        // " a " of an xs:token is the token a
        "<Tokens>a</Tokens>||true",
        "<Tokens> a </Tokens>||true",
        "|tokensAttr=' a '|true",
        // " a " of a restriction of a type that collapses is a
        "<FromCollapsed>a</FromCollapsed>||true",
        "<FromCollapsed>&#10; a </FromCollapsed>||true",
        "|fromCollapsedAttr='a'|true",
        // Spaced's enumeration, read as Spaced's base reads it, applies to its restriction
        "<ShortSpaced>a</ShortSpaced>||false",
        "<ShortSpaced>b</ShortSpaced>||true",
        "|shortSpacedAttr=' a '|false",
        // " a " as written, where nothing collapses; not where a restriction of it collapses
        "<Preserved> a </Preserved>||true",
        "<Preserved>a</Preserved>||false",
        "<CollapsedPreserved> a </CollapsedPreserved>||false",
        "<CollapsedPreserved>a</CollapsedPreserved>||false",
        "<CollapsedPreserved> b </CollapsedPreserved>||true",
        "|collapsedPreservedAttr=' a '|false",
    })
    void readingAndValidateJudgeAsTheSchemaDoes(String content, String attributes, boolean valid) throws Exception {
        String xml = words(content, attributes);
        assertThat(schema.schemaAccepts(xml)).as("the JDK's verdict on %s", xml).isEqualTo(valid);

        schema.assertReadAsTheSchemaJudges(WORDS, xml);
        assertValidateAgreesWithTheSchema(classes.fromXml(WORDS, xml, null));
    }

    /**
     * Text with an enumeration facet (an anonymous type, so no enum), which strict reading does not
     * check: read leniently, {@code validate()} agrees with the JDK's verdict on it.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "<Plain>a</Plain>||false",
        "<Plain> a </Plain>||false",
        "<Plain>b </Plain>||true",
        "<PlainToken> a </PlainToken>||true",
        "|plainAttr='a'|false",
        "|plainAttr=' a '|false",
        "|plainAttr='b'|true",
    })
    void validateJudgesTextAsTheSchemaDoes(String content, String attributes, boolean valid) throws Exception {
        String xml = words(content, attributes);
        assertThat(schema.schemaAccepts(xml)).as("the JDK's verdict on %s", xml).isEqualTo(valid);

        assertValidateAgreesWithTheSchema(classes.fromXml(WORDS, xml, null));
    }

    private static String words(String content, String attributes) {
        return "<Words xmlns='" + NS + "' " + (attributes == null ? "" : attributes) + ">"
                + (content == null ? "" : content) + "</Words>";
    }

    /** One violation exactly when the JDK rejects what {@code toXml()} writes of the value. */
    private static void assertValidateAgreesWithTheSchema(Object words) throws Exception {
        String written = (String) GeneratedCode.invoke(words, "toXml");
        assertThat(GeneratedCode.violations(words)).as("validate() of %s", written)
                .hasSize(schema.schemaAccepts(written) ? 0 : 1);
    }

    /**
     * Every constant of every enum property, built: {@code validate()} reports it exactly when the
     * JDK's validator rejects what {@code toXml()} writes of it (a constant no text reads as, such
     * as Spaced's {@code " a "}, is written as it is, and rejected).
     */
    @Test
    void validateJudgesEveryBuiltConstantAsTheSchemaDoes() throws Exception {
        List<String> reported = new ArrayList<>();
        for (Method setter : classes.builder(WORDS).getClass().getMethods()) {
            Class<?> type = setter.getParameterCount() == 1 ? setter.getParameterTypes()[0] : Object.class;
            if (!type.isEnum() || !type.getPackageName().equals(PACKAGE)) {
                continue;
            }
            for (Object constant : type.getEnumConstants()) {
                Object words = GeneratedCode.build(GeneratedCode.set(classes.builder(WORDS), setter.getName(),
                        constant));
                assertValidateAgreesWithTheSchema(words);
                Object value = GeneratedCode.invoke(constant, "value");
                GeneratedCode.violations(words).forEach(violation -> reported.add(violation + " " + value));
            }
        }
        assertThat(reported).containsExactlyInAnyOrder(
                "spaced enumeration  a ", "spacedAttr enumeration  a ",
                "tabbed enumeration x\ty", "tabbedAttr enumeration x\ty",
                "shortSpaced enumeration  a ", "shortSpacedAttr enumeration  a ",
                "collapsedPreserved enumeration  a ", "collapsedPreservedAttr enumeration  a ");
    }

    /** Text built with an enumeration facet: {@code validate()} agrees with the JDK on what is written. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"plain|' a '", "plain|a", "plain|b", "plainToken|' a '", "plainToken|a",
        "plainAttr|' a '", "plainAttr|a", "plainAttr|b"})
    void validateJudgesBuiltTextAsTheSchemaDoes(String property, String text) throws Exception {
        Object words = GeneratedCode.build(GeneratedCode.set(classes.builder(WORDS), property, text));

        assertValidateAgreesWithTheSchema(words);
        assertThat(GeneratedCode.violations(words)).allMatch(v -> v.equals(property + " enumeration"));
    }

    /** An enum's constants are its values as the base type reads them; fromValueOrNull finds nothing else. */
    @Test
    void theConstantsAreTheValuesAsTheBaseTypeReadsThem() {
        assertThat(values("Spaced")).containsExactly(" a ", "b");
        assertThat(values("Tabbed")).containsExactly("x\ty", "p q");
        assertThat(values("Tokens")).containsExactly("a", "b");
        assertThat(values("FromCollapsed")).containsExactly("a", "b");
        assertThat(values("Preserved")).containsExactly(" a ", "b");

        assertThat(fromValueOrNull("Spaced", "a")).isNull();
        assertThat(fromValueOrNull("Tabbed", "x y")).isNull();
        assertThat(fromValueOrNull("Tokens", "a")).hasToString("A");
        assertThat(fromValueOrNull("FromCollapsed", "a")).hasToString("A");
    }

    private static List<Object> values(String enumName) {
        return Arrays.stream(classes.load(PACKAGE + "." + enumName).getEnumConstants())
                .map(constant -> GeneratedCode.invoke(constant, "value")).toList();
    }

    private static Object fromValueOrNull(String enumName, String value) {
        return GeneratedCode.invokeStatic(classes.load(PACKAGE + "." + enumName), "fromValueOrNull", value);
    }
}
