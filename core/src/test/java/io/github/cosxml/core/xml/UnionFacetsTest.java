package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import javax.xml.validation.Schema;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The facets of a union type ({@link FacetSet.Builder#member}): a text is a value of the union when
 * one of its member types takes it, each by its own whitespace rule, lexical form and facets; the
 * union's own pattern sees the text collapsed, and its enumeration and fixed value compare the values
 * the member types give. Each union here is written twice, as the generator writes its facets and as
 * a schema, and every text is judged as the JDK's validator judges it.
 */
class UnionFacetsTest {
    private static final String INT_OR_AUTO = "<xs:simpleType name='IntOrAuto'><xs:union memberTypes='xs:int'>"
            + "<xs:simpleType><xs:restriction base='xs:string'><xs:enumeration value='auto'/></xs:restriction>"
            + "</xs:simpleType></xs:union></xs:simpleType>";
    private static final String INTS = "<xs:simpleType name='Ints'><xs:list itemType='xs:int'/></xs:simpleType>";

    /** Each union: its declarations, with an element {@code v} of it, and its facets as generated code builds them. */
    private static final Map<String, Union> UNIONS = Map.of(
            "intOrAuto", new Union(INT_OR_AUTO + "<xs:element name='v' type='IntOrAuto'/>", intOrAuto()),
            "patterns", new Union("<xs:element name='v'><xs:simpleType><xs:union>"
                    + "<xs:simpleType><xs:restriction base='xs:string'><xs:pattern value='[a-z]+'/></xs:restriction>"
                    + "</xs:simpleType><xs:simpleType><xs:restriction base='xs:token'><xs:pattern value='[0-9]{2,3}'/>"
                    + "<xs:maxLength value='3'/></xs:restriction></xs:simpleType></xs:union></xs:simpleType></xs:element>",
                    FacetSet.builder()
                            .member("an anonymous restriction of xs:string", FacetSet.builder().pattern("[a-z]+").build())
                            .member("an anonymous restriction of xs:token", FacetSet.builder()
                                    .whiteSpace(WhiteSpace.COLLAPSE).pattern("[0-9]{2,3}").maxLength(3).build())
                            .build()),
            "language", new Union("<xs:element name='v'><xs:simpleType><xs:union memberTypes='xs:language'>"
                    + "<xs:simpleType><xs:restriction base='xs:string'><xs:enumeration value=''/></xs:restriction>"
                    + "</xs:simpleType></xs:union></xs:simpleType></xs:element>", language()),
            "nested", new Union(INT_OR_AUTO + "<xs:simpleType name='Nested'><xs:union memberTypes='IntOrAuto xs:boolean"
                    + " xs:date'/></xs:simpleType><xs:element name='v' type='Nested'/>", FacetSet.builder()
                    .union("Nested")
                    .member("IntOrAuto", intOrAuto())
                    .member("xs:boolean", FacetSet.builder().whiteSpace(WhiteSpace.COLLAPSE).textKind(TextKind.BOOLEAN)
                            .build())
                    .member("xs:date", FacetSet.builder().whiteSpace(WhiteSpace.COLLAPSE).textKind(TextKind.DATE).build())
                    .build()),
            "restricted", new Union(INT_OR_AUTO + "<xs:element name='v'><xs:simpleType><xs:restriction base='IntOrAuto'>"
                    + "<xs:pattern value='[0-9]+|auto'/><xs:enumeration value='01'/><xs:enumeration value='5'/>"
                    + "<xs:enumeration value='auto'/></xs:restriction></xs:simpleType></xs:element>", FacetSet.builder()
                    .union("IntOrAuto")
                    .pattern("[0-9]+|auto")
                    .enumeration("01", "5", "auto")
                    .member("xs:int", xsInt())
                    .member("an anonymous restriction of xs:string", FacetSet.builder().enumeration("auto").build())
                    .build()),
            "listOrDate", new Union(INTS + "<xs:element name='v'><xs:simpleType><xs:union memberTypes='Ints xs:date'/>"
                    + "</xs:simpleType></xs:element>", FacetSet.builder()
                    .member("Ints", FacetSet.builder().whiteSpace(WhiteSpace.COLLAPSE).textKind(TextKind.LIST)
                            .items(xsInt()).build())
                    .member("xs:date", FacetSet.builder().whiteSpace(WhiteSpace.COLLAPSE).textKind(TextKind.DATE).build())
                    .build()),
            "intOrDecimal", new Union("<xs:element name='v'><xs:simpleType><xs:restriction><xs:simpleType>"
                    + "<xs:union memberTypes='xs:int xs:decimal xs:string'/></xs:simpleType>"
                    + "<xs:enumeration value='1.0'/><xs:enumeration value=' x'/></xs:restriction></xs:simpleType>"
                    + "</xs:element>", intOrDecimal().enumeration("1.0", " x").build()),
            // an empty element is the fixed value: the texts of this one are never empty
            "fixed", new Union("<xs:element name='v' fixed='1'><xs:simpleType>"
                    + "<xs:union memberTypes='xs:int xs:decimal xs:string'/></xs:simpleType></xs:element>",
                    intOrDecimal().fixed("1").build()));

    private static FacetSet.Builder intOrDecimal() {
        return FacetSet.builder()
                .member("xs:int", xsInt())
                .member("xs:decimal", FacetSet.builder().whiteSpace(WhiteSpace.COLLAPSE).textKind(TextKind.DECIMAL)
                        .build())
                .member("xs:string", FacetSet.builder().build());
    }

    private static FacetSet xsInt() {
        return FacetSet.builder().whiteSpace(WhiteSpace.COLLAPSE).textKind(TextKind.INTEGER)
                .minInclusive("-2147483648").maxInclusive("2147483647").build();
    }

    private static FacetSet intOrAuto() {
        return FacetSet.builder()
                .union("IntOrAuto")
                .member("xs:int", xsInt())
                .member("an anonymous restriction of xs:string", FacetSet.builder().enumeration("auto").build())
                .build();
    }

    private static FacetSet language() {
        return FacetSet.builder()
                .member("xs:language", FacetSet.builder().whiteSpace(WhiteSpace.COLLAPSE).textKind(TextKind.LANGUAGE)
                        .build())
                .member("an anonymous restriction of xs:string", FacetSet.builder().enumeration("").build())
                .build();
    }

    /**
     * Each row: a union, a text, and the JDK's verdict, asserted too so that each row shows what the
     * schema says; the facets report a text exactly when the JDK rejects it.
     */
    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        // each member type by its own whitespace rule: " 5 " is the xs:int 5, " auto" is no "auto"
        "intOrAuto|1|true", "intOrAuto| 5 |true", "intOrAuto|auto|true", "intOrAuto| auto|false",
        "intOrAuto|1.5|false", "intOrAuto|xyz|false", "intOrAuto|''|false", "intOrAuto|+7|true",
        // the range of an xs:int, which its Java type holds elsewhere
        "intOrAuto|2147483647|true", "intOrAuto|2147483648|false", "intOrAuto|-2147483649|false",
        // each member type's facets: the pattern of one, the length of the other
        "patterns|ab|true", "patterns| ab|false", "patterns|12|true", "patterns| 123 |true", "patterns|1234|false",
        "patterns|a1|false", "patterns|''|false",
        // xs:language or the empty string, as xml:lang is
        "language|en|true", "language|en-GB|true", "language|''|true", "language| en |true", "language|x-private|true",
        "language|not a lang|false", "language|toolongtag|false", "language|' '|false",
        // a member type that is a union itself
        "nested|auto|true", "nested|-3|true", "nested|true|true", "nested|0|true", "nested|2020-02-29|true",
        "nested|2021-02-29|false", "nested|yes|false", "nested|1.5|false",
        // the union's own pattern sees the text collapsed, its enumeration the member type's values
        "restricted| 5 |true", "restricted|1|true", "restricted|01|true", "restricted|+1|false", "restricted|auto|true",
        "restricted| auto|false", "restricted|2|false", "restricted|x|false",
        // a list type among the member types: each item an xs:int
        "listOrDate|1 2 3|true", "listOrDate| 1  2 |true", "listOrDate|''|true", "listOrDate|2020-01-01|true",
        "listOrDate|1 x|false", "listOrDate|3000000000|false",
        // the enumeration and the fixed value compare values: the decimal 1.0 is the int 1, " x" stays " x"
        "intOrDecimal|1|true", "intOrDecimal|01|true", "intOrDecimal|1.00|true", "intOrDecimal|' x'|true",
        "intOrDecimal|x|false", "intOrDecimal|2|false", "intOrDecimal|''|false",
        "fixed|1|true", "fixed| +1.0 |true", "fixed|1.5|false", "fixed|' 1x'|false", "fixed|x|false",
    })
    void validateJudgesUnionTextsAsTheSchemaDoes(String union, String text, boolean valid) {
        Union type = UNIONS.get(union);
        assertThat(JdkXsdOracle.accepts(type.schema(), "v", text)).as("the JDK's verdict on '%s'", text)
                .isEqualTo(valid);

        assertThat(violations(text, type.facets()).isEmpty()).as("violations of '%s'", text).isEqualTo(valid);
    }

    /** Random texts of the characters the unions' member types care about, judged as the JDK judges them. */
    @Property(tries = 400, seed = "20261125")
    void aTextIsAValueOfTheUnionExactlyWhenTheSchemaSaysSo(@ForAll("unions") String union, @ForAll("texts") String text) {
        Union type = UNIONS.get(union);

        assertThat(violations(text, type.facets()).isEmpty()).as("%s '%s'", union, text)
                .isEqualTo(JdkXsdOracle.accepts(type.schema(), "v", text));
    }

    @Provide
    Arbitrary<String> unions() {
        return Arbitraries.of(UNIONS.keySet().stream().filter(name -> !name.equals("fixed")).sorted().toList());
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars(" 015-+.autoenxGB").ofMaxLength(8),
                Arbitraries.of("auto", "en", "true", "1", "01", "2020-01-01", "1 2", "ab", "123"));
    }

    @Test
    void aTextOfNoMemberTypeIsOneDatatypeViolationNamingTheUnionAndItsMemberTypes() {
        assertThat(violations("1.5", intOrAuto())).containsExactly("datatype: '1.5' is not a value of union type"
                + " IntOrAuto (a value of xs:int or an anonymous restriction of xs:string)");
        assertThat(violations("not a lang", language())).containsExactly("datatype: 'not a lang' is not a value of"
                + " an anonymous union type (a value of xs:language or an anonymous restriction of xs:string)");
        assertThat(violations("2", UNIONS.get("restricted").facets()))
                .containsExactly("enumeration: '2' is not one of [01, 5, auto]");
        assertThat(violations("2", UNIONS.get("intOrDecimal").facets()))
                .containsExactly("enumeration: '2' is not one of [1.0,  x]");
        assertThat(violations("2", UNIONS.get("fixed").facets())).containsExactly("fixed: '2' is not the fixed value '1'");
    }

    @Test
    void anUnknownRawValueOfAnEnumOfAUnionIsLeftToTheUnionsCheck() {
        Validation validation = new Validation();
        validation.enumeration("v", "xyz", value -> null, intOrAuto());
        validation.enumeration("w", "7", value -> null, intOrAuto());

        assertThat(validation.result().violations()).extracting(Violation::path, Violation::facet)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("w", "enumeration"));
    }

    @Test
    void aMemberTypeHasFacets() {
        assertThatThrownBy(() -> FacetSet.builder().member("xs:int", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("member type xs:int");
    }

    private static List<String> violations(String text, FacetSet facets) {
        Validation validation = new Validation();
        validation.check("v", text, facets);
        return validation.result().violations().stream().map(v -> v.facet() + ": " + v.message()).toList();
    }

    /** A union type: the schema of an element {@code v} of it, and its facets. */
    private record Union(Schema schema, FacetSet facets) {
        Union(String declarations, FacetSet facets) {
            this(JdkXsdOracle.schema(declarations), facets);
        }
    }
}
