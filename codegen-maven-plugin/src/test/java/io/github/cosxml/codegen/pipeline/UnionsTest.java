package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.codegen.testing.SchemaUnderTest;
import io.github.cosxml.core.xml.XmlReadException;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values of union types (src/test/resources/unions), kept as text: a value of a union is a value of
 * one of its member types, each read by its own whitespace rule, lexical form and facets. An
 * {@code xs:int} or {@code auto}, two restricted strings with patterns, {@code xml:lang} (an
 * {@code xs:language} or the empty string), a list of a union, a union with a member type that is a
 * union, a union as simple content, and a restriction of a union: strict reading and {@code validate()}
 * judge them as the JDK's validator does.
 */
class UnionsTest {
    private static final String NS = "urn:cosxml:test:unions";
    private static final String PACKAGE = "io.github.cosxml.test.unions";
    private static final String UNIONS = PACKAGE + ".Unions";

    @AutoClose
    private static SchemaUnderTest schema;
    private static GeneratedCode classes;

    @BeforeAll
    static void generate() throws Exception {
        schema = SchemaUnderTest.generate(UnionsTest.class.getResource("/unions/unions.xsd").toURI(), PACKAGE);
        classes = schema.classes();
    }

    /**
     * Each row: the content and attributes of a {@code Unions}, and the JDK's verdict on it, asserted
     * too so that each row shows what the schema says. Strict reading agrees with it; read leniently,
     * {@code validate()} agrees with it on what {@code toXml()} writes.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        // an xs:int or auto, each by its own whitespace rule: " 5 " is the int 5, " auto" is no auto
        "<Size>1</Size>||true",
        "<Size> 5 </Size>||true",
        "<Size>auto</Size>||true",
        "<Size> auto</Size>||false",
        "<Size>1.5</Size>||false",
        "<Size>xyz</Size>||false",
        "<Size/>||false",
        "<Size>2147483648</Size>||false",
        "<Size>-2147483648</Size><Size>auto</Size>||true",
        "<Size>1</Size><Size>x</Size>||false",
        "|count=' 7 '|true",
        "|count='auto'|true",
        "|count='1.5'|false",
        "|count=''|false",
        // two restricted strings with patterns: lowercase as written, or a code that collapses
        "<Name>abc</Name>||true",
        "<Name> abc</Name>||false",
        "<Name> AB-12 </Name>||true",
        "<Name>AB-123</Name>||false",
        "<Name>Abc</Name>||false",
        "|label='AB-12'|true",
        "|label='a b'|false",
        // a member type that is a union itself
        "<When>auto</When>||true",
        "<When> -3 </When>||true",
        "<When>true</When>||true",
        "<When>2020-02-29</When>||true",
        "<When>2021-02-29</When>||false",
        "<When>yes</When>||false",
        // a list of a union: each item a value of one of the member types
        "<Sizes>1 auto 2</Sizes>||true",
        "<Sizes> auto  3 </Sizes>||true",
        "<Sizes/>||true",
        "<Sizes>1 zzz</Sizes>||false",
        "<Sizes>1.5</Sizes>||false",
        "|counts='auto 1'|true",
        "|counts=' '|true",
        "|counts='x 1'|false",
        // a union as simple content
        "<Measure unit='m'>5</Measure>||true",
        "<Measure>auto</Measure>||true",
        "<Measure>1.5</Measure>||false",
        "<Measure/>||false",
        // xml:lang: an xs:language or the empty string
        "|xml:lang='en'|true",
        "|xml:lang='en-GB'|true",
        "|xml:lang=''|true",
        "|xml:lang=' de '|true",
        "|xml:lang='not a lang'|false",
        "|xml:lang='toolongtag'|false",
        "<Note xml:lang='de'>Hallo</Note>||true",
        "<Note xml:lang='x y'>Hallo</Note>||false",
        // a restriction of a union, with a text that is none of its member types' values
        "<Small>1</Small>||true",
        "<Small>x</Small>||false",
    })
    void readingAndValidateJudgeAsTheSchemaDoes(String content, String attributes, boolean valid) throws Exception {
        String xml = unions(content, attributes);
        assertThat(schema.schemaAccepts(xml)).as("the JDK's verdict on %s", xml).isEqualTo(valid);

        schema.assertReadAsTheSchemaJudges(UNIONS, xml);
        assertValidateAgreesWithTheSchema(classes.fromXml(UNIONS, xml, null));
    }

    /**
     * The facets of a restriction of a union, which strict reading does not check, as it checks no
     * facets: its pattern sees the text collapsed (the JDK's validator has it so), its enumeration
     * compares the values the member types give. Read leniently, {@code validate()} agrees with the
     * JDK's verdict.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "<Small> 2 </Small>|true",
        "<Small>auto</Small>|true",
        "<Small>+1</Small>|false",
        "<Small>01</Small>|false",
        "<Small>3</Small>|false",
        "<Small> auto</Small>|false",
    })
    void validateJudgesARestrictedUnionAsTheSchemaDoes(String content, boolean valid) throws Exception {
        String xml = unions(content, null);
        assertThat(schema.schemaAccepts(xml)).as("the JDK's verdict on %s", xml).isEqualTo(valid);

        assertValidateAgreesWithTheSchema(classes.fromXml(UNIONS, xml, null));
    }

    /** Text built into each union property: {@code validate()} agrees with the JDK on what {@code toXml()} writes. */
    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "addSize|7", "addSize| 5 ", "addSize|auto", "addSize| auto", "addSize|1.5", "addSize|xyz", "addSize|''",
        "count|auto", "count|1.5", "count|-0",
        "name|abc", "name|AB-12", "name| ab", "name|ab1",
        "label| AB-12 ", "label|AB-1",
        "when|false", "when|0", "when|2021-13-01", "when|auto",
        "addSizes|auto", "addSizes|12", "addSizes|zzz", "addSizes|1.5",
        "addCounts|3", "addCounts|x",
        "small|2", "small|3", "small|x",
        "lang|en", "lang|''", "lang|not a lang", "lang|zh-Hant-TW",
    })
    void validateJudgesBuiltTextAsTheSchemaDoes(String setter, String text) throws Exception {
        Object unions = GeneratedCode.build(GeneratedCode.set(classes.builder(UNIONS), setter, text));

        assertValidateAgreesWithTheSchema(unions);
    }

    /** The reproducers: text no member type takes is one {@code datatype} violation naming the union and its members. */
    @Test
    void aTextOfNoMemberTypeIsADatatypeViolationNamingTheUnionAndItsMemberTypes() {
        Object unions = GeneratedCode.build(GeneratedCode.set(GeneratedCode.set(GeneratedCode.set(
                classes.builder(UNIONS), "addSize", "xyz"), "count", "1.5"), "lang", "not a lang"));

        assertThat(GeneratedCode.violations(unions)).containsExactly("size[0] datatype", "lang datatype",
                "count datatype");
        assertThat(GeneratedCode.violationMessages(unions)).containsExactly(
                "'xyz' is not a value of union type IntOrAuto (a value of xs:int or an anonymous restriction of"
                        + " xs:string)",
                "'not a lang' is not a value of an anonymous union type (a value of xs:language or an anonymous"
                        + " restriction of xs:string)",
                "'1.5' is not a value of union type IntOrAuto (a value of xs:int or an anonymous restriction of"
                        + " xs:string)");
    }

    @Test
    void strictReadingReportsEachTextOfNoMemberTypeAndLenientReadingKeepsIt() {
        String xml = unions("<Size>1.5</Size><Sizes>1 zzz</Sizes>", "xml:lang='not a lang'");

        assertThatThrownBy(() -> classes.fromXml(UNIONS, xml, XmlReadOptions.strict()))
                .isInstanceOf(XmlReadException.class)
                .hasMessageContaining("invalid value 'not a lang' in attribute lang: not a value of an anonymous union"
                        + " type (a value of xs:language or an anonymous restriction of xs:string) (lenient reading"
                        + " keeps it as text)")
                .hasMessageContaining("invalid value '1.5' in element Size: not a value of union type IntOrAuto")
                .hasMessageContaining("invalid value 'zzz' in element Sizes: not a value of union type IntOrAuto");
        Object read = classes.fromXml(UNIONS, xml, null);
        assertThat(GeneratedCode.invoke(read, "getSize")).isEqualTo(List.of("1.5"));
        assertThat(GeneratedCode.invoke(read, "getSizes")).isEqualTo(List.of("1", "zzz"));
        assertThat(GeneratedCode.invoke(read, "getLang")).isEqualTo("not a lang");
    }

    private static String unions(String content, String attributes) {
        return "<Unions xmlns='" + NS + "' " + (attributes == null ? "" : attributes) + ">"
                + (content == null ? "" : content) + "</Unions>";
    }

    /** A violation exactly when the JDK rejects what {@code toXml()} writes of the value. */
    private static void assertValidateAgreesWithTheSchema(Object unions) throws Exception {
        String written = (String) GeneratedCode.invoke(unions, "toXml");
        assertThat(GeneratedCode.violations(unions)).as("validate() of %s", written)
                .hasSize(schema.schemaAccepts(written) ? 0 : 1);
    }
}
