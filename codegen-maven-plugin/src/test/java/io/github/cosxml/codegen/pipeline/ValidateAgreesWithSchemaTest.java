package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.core.xml.ValidationResult;
import io.github.cosxml.core.xml.Violation;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.SAXException;

/**
 * The {@code Limits} type of the test schema, whose facets do not simply apply to the characters
 * of the text: generated {@code validate()} rejects a document exactly when the JDK's XSD validator
 * does, and names the facet. Each row is one element of a {@code Limits} document and the facet
 * that makes it invalid (empty: the schema accepts it).
 */
class ValidateAgreesWithSchemaTest {
    private static GeneratedEverything generated;

    @BeforeAll
    static void generate() throws Exception {
        generated = GeneratedEverything.get();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        // restrictions of enumerated types: XJC gives them the base type's enum, the extra facets still apply
        "<FitCode>Slim</FitCode>|",
        "<FitCode> Slim </FitCode>|",
        "<FitCode>Regular</FitCode>|maxLength",
        "<RedOrGreen>Green</RedOrGreen>|",
        "<RedOrGreen>Blue</RedOrGreen>|pattern",
        "<LongFit>Regular</LongFit>|",
        "<LongFit>Slim</LongFit>|minLength",
        // a narrower enumeration in an anonymous restriction: one enumeration violation, also for unknown values
        "<Primary>Blue</Primary>|",
        "<Primary>Green</Primary>|enumeration",
        "<Primary>Purple</Primary>|enumeration",
        // an enumeration of xs:int that is a Java enum (by customisation), restricted by bounds and by enumeration
        "<Grade>2</Grade>|",
        "<Grade> 1 </Grade>|",
        // a number is its value: 02 and +2 are the constant 2
        "<Grade>02</Grade>|",
        "<Grade>+2</Grade>|",
        "<Grade>03</Grade>|maxInclusive",
        "<Grade>3</Grade>|maxInclusive",
        "<TopGrade>3</TopGrade>|",
        "<TopGrade>1</TopGrade>|enumeration",
        // an xs:int has no fraction and no exponent, and text that is no integer is reported once, as such
        "<Grade>2.0</Grade>|datatype",
        "<Grade>2E0</Grade>|datatype",
        "<Grade>abc</Grade>|datatype",
        "<Grade>-0</Grade>|enumeration",
        "<TopGrade>3.0</TopGrade>|datatype",
        "<TopGrade>abc</TopGrade>|datatype",
        "<Grade/>|datatype",
        "<Grade>+</Grade>|datatype",
        "<Grade>1 2</Grade>|datatype",
        // an unknown value of an enum whose type is not numeric is an enumeration violation only
        "<FitCode>Nope</FitCode>|enumeration",
    })
    void restrictionsOfEnumeratedTypesAreCheckedForTheFacetsTheEnumDoesNotImply(String element, String facet)
            throws Exception {
        assertAgree(element, facet);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        // an enumeration of xs:float (a Java enum by customisation): values compared as floats
        "<Scale>0.1</Scale>|",
        "<Scale>0.100000001</Scale>|",
        "<Scale>1000</Scale>|",
        "<Scale> +1000.0 </Scale>|",
        "<Scale>1e3</Scale>|",
        "<Scale>INF</Scale>|",
        "<Scale>1E39</Scale>|",
        "<Scale>-INF</Scale>|enumeration",
        "<Scale>NaN</Scale>|enumeration",
        "<Scale>2</Scale>|enumeration",
        "<Scale>+INF</Scale>|datatype",
        "<Scale>1f</Scale>|datatype",
        "<Scale>.</Scale>|datatype",
        "<Scale/>|datatype",
        // an enumeration of xs:decimal: values compared as decimals, and no exponent
        "<Step>2.5</Step>|",
        "<Step>02.50</Step>|",
        "<Step>+.5</Step>|",
        "<Step>3</Step>|enumeration",
        "<Step>25E-1</Step>|datatype",
        "<Step>abc</Step>|datatype",
        // a Double with bounds: infinities are outside them, NaN outside every one (the schema names the maximum)
        "<Ratio>1</Ratio>|",
        "<Ratio>-0</Ratio>|",
        "<Ratio>1.5</Ratio>|maxInclusive",
        "<Ratio>INF</Ratio>|maxInclusive",
        "<Ratio>-INF</Ratio>|minInclusive",
        "<Ratio>NaN</Ratio>|maxInclusive",
    })
    void floatsDoublesAndDecimalsAreComparedAsTheirTypesValues(String element, String facet) throws Exception {
        assertAgree(element, facet);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        // xs:hexBinary: two hex digits per octet
        "<Checksum>0aFF</Checksum>|",
        "<Checksum> 0aff </Checksum>|",
        "<Checksum>0a</Checksum>|length",
        "<Checksum>0a0b0c</Checksum>|length",
        "<Checksum>0aF</Checksum>|datatype",
        "<Checksum>0g0h</Checksum>|datatype",
        // xs:base64Binary: the decoded octets; whitespace between the characters does not count
        "<Digest>AAAA</Digest>|",
        "<Digest>AAA=</Digest>|",
        "<Digest>AA AA</Digest>|",
        "<Digest>AA==</Digest>|minLength",
        "<Digest>AAAAAA==</Digest>|maxLength",
        "<Digest>AAA</Digest>|datatype",
        "<Digest>AB==</Digest>|datatype",
        "<Digest>A===</Digest>|datatype",
        "<Digest>AA=A</Digest>|datatype",
    })
    void lengthsOfBinaryValuesCountOctets(String element, String facet) throws Exception {
        assertAgree(element, facet);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        // xs:NMTOKENS and xs:IDREFS are kept as one String
        "<Words>a b</Words>|",
        "<Words>abcdef</Words>|",
        "<Words> a &#10; b </Words>|",
        "<Words>a b c</Words>|maxLength",
        "<Refs>a1 a1</Refs>|",
        "<Refs>a1</Refs>|length",
        // an xs:list is a List; absent, it is not checked; present with no items, it has none
        "<Sizes>1 2</Sizes>|",
        "<Sizes>12</Sizes>|length",
        "|",
        "<Sizes/>|length",
        "<Sizes> </Sizes>|length",
        "<Smalls/>|",
    })
    void lengthsOfListsCountItems(String element, String facet) throws Exception {
        assertAgree(element == null ? "" : element, facet);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        // a named item type restricted by a bound
        "<Smalls>3 9</Smalls>|",
        "<Smalls>3 12</Smalls>|maxInclusive",
        // an item type with an enumeration of xs:int (an Integer with an enumeration facet)
        "<Levels>1 3</Levels>|",
        "<Levels> 3 &#9; 01 </Levels>|",
        "<Levels>1 4</Levels>|enumeration",
        // an item type that restricts an enumerated type: the enum's constants, and at most four characters
        "<FitCodes>Slim Slim</FitCodes>|",
        "<FitCodes>Slim Regular</FitCodes>|maxLength",
        // an item type that narrows an enumerated type's enumeration: one violation, also for unknown items
        "<Primaries>Red Blue</Primaries>|",
        "<Primaries>Red Green</Primaries>|enumeration",
        "<Primaries>Purple Red</Primaries>|enumeration",
        // anonymous item types, of a named list type and of an anonymous one
        "<Names>ab cd</Names>|",
        "<Names>ab Cd</Names>|pattern",
        "<Digits>0 9</Digits>|",
        "<Digits>0 10</Digits>|maxInclusive",
        "<Digits>-1 9</Digits>|minInclusive",
    })
    void itemsOfListsMeetTheFacetsOfTheItemType(String element, String facet) throws Exception {
        assertAgree(element, facet);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        // a pattern of a list type matches the list's text, collapsed
        "<SmallPair>3 4</SmallPair>|",
        "<SmallPair> 3 &#10; 4 </SmallPair>|",
        "<SmallPair>3 4 5</SmallPair>|pattern",
        "<SmallPair>3</SmallPair>|pattern",
        // an enumeration value of a list type is a list of values, compared item by item
        "<SmallPicks>1 2</SmallPicks>|",
        "<SmallPicks> 01  2 </SmallPicks>|",
        "<SmallPicks>3</SmallPicks>|",
        "<SmallPicks>2 1</SmallPicks>|enumeration",
        "<SmallPicks>1</SmallPicks>|enumeration",
        "<SmallPicks>1 2 3</SmallPicks>|enumeration",
        "<NamePicks>ab &#9; cd</NamePicks>|",
        "<NamePicks>ef</NamePicks>|",
        "<NamePicks>ab</NamePicks>|enumeration",
        "<NamePicks>cd ab</NamePicks>|enumeration",
        // a list of an enum: the items are the enum's, the list is one of the enumerated lists
        "<FitPicks>Slim Regular</FitPicks>|",
        "<FitPicks>Slim Slim</FitPicks>|enumeration",
        "<FitPicks>Slim</FitPicks>|enumeration",
        // a list of a numeric enum: the enumerated list's items are numbers, met by the same numbers
        "<GradePicks>1 2</GradePicks>|",
        "<GradePicks>01 +2</GradePicks>|",
        "<GradePicks>2 1</GradePicks>|enumeration",
        "<ScalePicks>1000 1E39</ScalePicks>|",
        "<ScalePicks>INF 1E3</ScalePicks>|enumeration",
        // a fixed value of a list is a list too, compared item by item; an empty element is that value
        "<FixedPair>1 2</FixedPair>|",
        "<FixedPair> 01 &#9; +2 </FixedPair>|",
        "<FixedPair/>|",
        "<FixedPair>2 1</FixedPair>|fixed",
        "<FixedPair>1 3</FixedPair>|fixed",
        "<FixedGrades>01 3</FixedGrades>|",
        "<FixedGrades/>|",
        "<FixedGrades>3 1</FixedGrades>|fixed",
        // whitespace is content, not the fixed value: an empty list
        "<FixedGrades> </FixedGrades>|fixed",
        // an empty list is one of the enumerated lists only if the enumeration has one
        "<SmallPicks/>|enumeration",
        // an item that breaks its own type's facets is the one violation: the list is not compared
        "<SmallPicks>1 12</SmallPicks>|maxInclusive",
        "<FitPicks>Slim Nope</FitPicks>|enumeration",
        "<GradePicks>1 7</GradePicks>|enumeration",
        "<GradePicks></GradePicks>|enumeration",
        "<SmallPair/>|pattern",
        // an item that is no xs:int is the one violation; the list is not also compared
        "<FixedGrades>1 x</FixedGrades>|datatype",
        "<GradePicks>1 2.0</GradePicks>|datatype",
        // a list of a jaxb:javaType: its text is what the type's print method writes
        "<Times>2024-01-02T03:04:05+0800 2024-01-02T04:04:05+0800</Times>|",
        "<Times>2024-01-02T03:04:05+0800 2024-01-02T04:04:05+0900</Times>|pattern",
    })
    void patternAndEnumerationOfAListTypeApplyToTheWholeList(String element, String facet) throws Exception {
        assertAgree(element, facet);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "<Count>0</Count>|",
        "<Count>4294967295</Count>|",
        "<Count>-1</Count>|minInclusive",
        "<Count>4294967296</Count>|maxInclusive",
        "<Rank>1</Rank>|",
        "<Rank>0</Rank>|minInclusive",
        "<Debt>-1</Debt>|",
        "<Debt>0</Debt>|maxInclusive",
        // a restriction keeps the built-in minimum and narrows the maximum
        "<Percent>100</Percent>|",
        "<Percent>101</Percent>|maxInclusive",
        "<Percent>-1</Percent>|minInclusive",
        "<Tokens>a</Tokens>|",
        "<Tokens></Tokens>|minLength",
        "<Tokens> </Tokens>|minLength",
    })
    void builtInTypesKeepTheFacetsTheyHaveByDefinition(String element, String facet) throws Exception {
        assertAgree(element, facet);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "<Handle>item-1</Handle>|",
        "<Handle> item-1 </Handle>|",
        "<Handle>ns:item</Handle>|datatype",
        "<Handle>1item</Handle>|datatype",
        "<Token>2024-a</Token>|",
        "<Token>a b</Token>|datatype",
        "<Lang>zh-CN</Lang>|",
        "<Lang>chinese-simplified</Lang>|datatype",
        "<Period>P1DT2H</Period>|",
        "<Period>-PT0.5S</Period>|",
        "<Period>P1DT</Period>|datatype",
        "<Period>PT</Period>|datatype",
        "<Blob>AAAA</Blob>|",
        "<Blob>AAA</Blob>|datatype",
        "<Anniversary>--02-29</Anniversary>|",
        "<Anniversary>--04-31</Anniversary>|datatype",
        // a jaxb:javaType value (OffsetDateTime) is checked on the text its print method writes
        "<When>2024-01-02T03:04:05+0800</When>|",
        "<When>2024-01-02T03:04:05+0900</When>|pattern",
        // the items of the built-in lists kept as one String
        "<Tokens>a-1 2.b</Tokens>|",
        "<Tokens>a b,c</Tokens>|datatype",
        "<Words>a;b</Words>|datatype",
        "<Refs>a1 1a</Refs>|datatype",
        // each item of a list of a type with a lexical form of its own
        "<Handles>a b-1</Handles>|",
        "<Handles>a b:c</Handles>|datatype",
    })
    void valuesKeptAsTextAreCheckedForTheirTypesLexicalForm(String element, String facet) throws Exception {
        assertAgree(element, facet);
    }

    /**
     * An {@code xs:QName} is checked for its form, an {@code xs:NCName} with an optional prefix; each row
     * binds the prefixes it uses, since whether a prefix is bound is the one thing {@code validate()}
     * cannot know (a String holds no namespace context), and the schema rejects an unbound one.
     */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "|<Qualified>item</Qualified>|",
        "xmlns:p=\"urn:p\"|<Qualified>p:item</Qualified>|",
        "xmlns:p=\"urn:p\"|<Qualified> p:item </Qualified>|",
        "xmlns:p=\"urn:p\"|<Qualified>p:item:more</Qualified>|datatype",
        "xmlns:p=\"urn:p\"|<Qualified>p:1item</Qualified>|datatype",
        "|<Qualified>:item</Qualified>|datatype",
        "|<Qualified>1item</Qualified>|datatype",
        "|<Qualified>a b</Qualified>|datatype",
        "|<Qualified></Qualified>|datatype",
        "xmlns:p=\"urn:p\" kind=\"p:k\"||",
        "kind=\" k \"||",
        "kind=\"k:\"||datatype",
    })
    void qualifiedNamesAreCheckedForTheirForm(String attributes, String element, String facet) throws Exception {
        assertAgree(attributes == null ? "" : attributes, element == null ? "" : element, facet);
    }

    @Test
    void rawItemsOfAnEnumListCollapseAsTheSingleRawSetterDoes() throws Exception {
        Object builder = GeneratedCode.invokeStatic(generated.type("Limits"), "builder");
        GeneratedCode.invoke(builder, "addFitsAsString", " Slim\n");
        GeneratedCode.invoke(builder, "addFitsAsString", "\tRegular  ");
        Object limits = GeneratedCode.build(builder);
        Object replaced = GeneratedCode.build(GeneratedCode.invoke(GeneratedCode.invoke(limits, "toBuilder"),
                "fitsAsString", List.of("  Slim ", "Regular\t")));

        assertThat(GeneratedEverything.call(limits, "getFitsAsString")).isEqualTo(List.of("Slim", "Regular"));
        assertThat((List<?>) GeneratedEverything.call(limits, "getFits")).extracting(Object::toString)
                .containsExactly("SLIM", "REGULAR");
        assertThat(violations(limits)).isEmpty();
        String xml = GeneratedEverything.toXml(limits);
        generated.validateAgainstSchema(xml);
        assertThat(GeneratedEverything.fromXml(limits.getClass(), xml)).isEqualTo(limits);
        assertThat(replaced).isEqualTo(limits);
    }

    @Test
    void itemsOfAListOfTextLoseTheWhitespaceAroundThemAndCannotHoldAny() throws Exception {
        Object builder = GeneratedCode.invokeStatic(generated.type("Limits"), "builder");
        GeneratedCode.invoke(builder, "addNames", " ab\n");
        GeneratedCode.invoke(builder, "addNamePicks", "\tcd ");
        Object limits = GeneratedCode.build(GeneratedCode.invoke(builder, "namePicks", List.of(" ab", "cd\t")));

        assertThat(GeneratedEverything.call(limits, "getNames")).isEqualTo(List.of("ab"));
        assertThat(GeneratedEverything.call(limits, "getNamePicks")).isEqualTo(List.of("ab", "cd"));
        String xml = GeneratedEverything.toXml(limits);
        generated.validateAgainstSchema(xml);
        assertThat(GeneratedEverything.fromXml(limits.getClass(), xml)).isEqualTo(limits);

        // whitespace inside an item would write two items, and an empty item none
        assertThatThrownBy(() -> GeneratedCode.invoke(builder, "addNames", "ab cd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("names item 'ab cd' contains whitespace, which separates the items of an xs:list;"
                        + " add each item on its own");
        assertThatThrownBy(() -> GeneratedCode.invoke(builder, "names", List.of("ab", " \n ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("names item ' \n ' is empty once the whitespace around it goes; an xs:list has no"
                        + " empty items");
        assertThatThrownBy(() -> GeneratedCode.invoke(builder, "addFitsAsString", "Slim\tRegular"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("fits item 'Slim\tRegular' contains whitespace");
    }

    /** Both the schema and {@code validate()} accept the element, or both reject it and validate() names {@code facet}. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "|",
        "<Left>1</Left>|",
        "<Right>1 2</Right>|",
        // an xs:list with no items is a chosen branch
        "<Right/>|",
        "<Left>1</Left><Right/>|choice",
    })
    void anOptionalChoiceTakesAtMostOneBranch(String elements, String facet) throws Exception {
        assertAgree(elements == null ? "" : elements, facet);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "twoSizes=\"1 2\"|",
        "twoSizes=\"1\"|length",
        "twoSizes=\"\"|length",
        "oneTwo=\" 01 2 \"|",
        "oneTwo=\"2 1\"|fixed",
        "oneTwo=\"\"|fixed",
        "fitList=\"\"|",
        "fitList=\"Slim Regular\"|",
        "fitList=\"Slim Nope\"|enumeration",
    })
    void listAttributesPresentWithNoItemsAreChecked(String attribute, String facet) throws Exception {
        assertAgree(attribute, "", facet);
    }

    private static void assertAgree(String element, String facet) throws Exception {
        assertAgree("", element, facet);
    }

    private static void assertAgree(String attributes, String element, String facet) throws Exception {
        String xml = "<Limits xmlns=\"urn:cosxml:test:catalog\" id=\"a1\" " + attributes + ">" + element + "</Limits>";
        Object limits = GeneratedEverything.fromXml(generated.type("Limits"), xml);

        if (facet == null) {
            assertThat(schemaAccepts(xml)).as("the schema accepts %s", element).isTrue();
            assertThat(violations(limits)).as(element).isEmpty();
        } else {
            assertThat(schemaAccepts(xml)).as("the schema rejects %s", element).isFalse();
            assertThat(violations(limits)).as(element).extracting(Violation::facet).containsExactly(facet);
        }
    }

    private static boolean schemaAccepts(String xml) throws Exception {
        try {
            generated.validateAgainstSchema(xml);
            return true;
        } catch (SAXException invalid) {
            return false;
        }
    }

    private static List<Violation> violations(Object value) throws Exception {
        return ((ValidationResult) GeneratedEverything.call(value, "validate")).violations();
    }
}
