package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private static ValidationResult check(Object value, FacetSet facets) {
        Validation v = new Validation();
        v.check("p", value, facets);
        return v.result();
    }

    private static String facetsOf(ValidationResult result) {
        StringBuilder text = new StringBuilder();
        for (Violation violation : result.violations()) {
            text.append(violation.facet()).append(' ');
        }
        return text.toString().trim();
    }

    @Test
    void anUnknownEnumValueThatIsNotOfTheTypeIsLeftToTheDatatypeCheck() {
        FacetSet grade = FacetSet.builder().whiteSpace(WhiteSpace.COLLAPSE).textKind(TextKind.INTEGER).build();
        Validation validation = new Validation();
        for (String raw : Arrays.asList("abc", "7", " 2 ")) {
            validation.enumeration(raw, raw, text -> " 2 ".equals(text) ? "SECOND" : null, grade);
            validation.check(raw, raw, grade);
        }
        validation.enumerationEach("items", Arrays.asList("1", "x"), raw -> "1".equals(raw) ? "FIRST" : null, grade);
        validation.checkEach("items", Arrays.asList("1", "x"), grade);

        assertThat(validation.result().violations()).extracting(Violation::path, Violation::facet).containsExactly(
                org.assertj.core.groups.Tuple.tuple("abc", "datatype"),
                org.assertj.core.groups.Tuple.tuple("7", "enumeration"),
                org.assertj.core.groups.Tuple.tuple("items[1]", "datatype"));
    }

    @Test
    void aJavaTypeValueIsCheckedOnTheTextItsPrintMethodWrites() {
        FacetSet chinaTime = FacetSet.builder().pattern("\\S+\\+0800").build();
        java.time.OffsetDateTime china = java.time.OffsetDateTime.parse("2024-01-02T03:04:05+08:00");
        java.time.OffsetDateTime tokyo = java.time.OffsetDateTime.parse("2024-01-02T03:04:05+09:00");
        Validation validation = new Validation();

        validation.check("at", china, CiTimestamp::print, chinaTime);
        validation.check("none", (java.time.OffsetDateTime) null, CiTimestamp::print, chinaTime);
        validation.checkEach("all", java.util.Arrays.asList(china, tokyo), CiTimestamp::print, chinaTime);

        assertThat(validation.result().violations()).extracting(Violation::path, Violation::facet, Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("all[1]", "pattern",
                        "'2024-01-02T03:04:05+0900' does not match pattern \\S+\\+0800"));
    }

    @Test
    void aHugeNumberKeptAsTextIsCheckedQuicklyAndShownShort() {
        FacetSet grade = FacetSet.builder().textKind(TextKind.DECIMAL).maxInclusive("2").totalDigits(3).build();
        String huge = "1" + new String(new char[100_000]).replace('\0', '0');

        assertThat(check(huge, grade).violations()).extracting(Violation::facet)
                .containsExactly("maxInclusive", "totalDigits");
        assertThat(check(huge, grade).violations()).allSatisfy(v -> assertThat(v.message().length()).isLessThan(200));
        // a double's exponent beyond its range is INF, as the schema reads it
        FacetSet ratio = FacetSet.builder().textKind(TextKind.DOUBLE).maxInclusive("2").build();
        assertThat(check("1E999999999", ratio).violations()).extracting(Violation::facet, Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("maxInclusive", "INF is greater than 2"));
        assertThat(check(huge, ratio).violations()).extracting(Violation::facet).containsExactly("maxInclusive");
    }

    @Test
    void floatsAndDoublesAreComparedInTheirOwnPrecision() {
        FacetSet scale = FacetSet.builder().textKind(TextKind.FLOAT).enumeration("0.1", "1E3", "INF").build();
        assertThat(check("0.100000001", scale).isValid()).as("the same float as 0.1").isTrue();
        assertThat(check("+1000.0", scale).isValid()).isTrue();
        assertThat(check("1e39", scale).isValid()).as("INF as a float").isTrue();
        assertThat(facetsOf(check("-INF", scale))).isEqualTo("enumeration");
        assertThat(facetsOf(check("NaN", scale))).isEqualTo("enumeration");
        assertThat(check("+INF", scale).violations()).extracting(Violation::facet, Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("datatype", "'+INF' is not xs:float (a number with an"
                        + " optional exponent, such as 2.5 or 1E3, or INF, -INF or NaN)"));
        assertThat(facetsOf(check("", scale))).isEqualTo("datatype");

        FacetSet single = FacetSet.builder().textKind(TextKind.FLOAT).maxInclusive("0.1").build();
        FacetSet doublePrecision = FacetSet.builder().textKind(TextKind.DOUBLE).maxInclusive("0.1").build();
        assertThat(check("0.100000001", single).isValid()).isTrue();
        assertThat(facetsOf(check("0.100000001", doublePrecision))).isEqualTo("maxInclusive");
        assertThat(check(0.1f, single).isValid()).isTrue();
        assertThat(check(Float.valueOf("1E3"), FacetSet.builder().enumeration("1000").build()).isValid()).isTrue();
        assertThat(check(Double.NaN, FacetSet.builder().enumeration("NaN").build()).isValid()).isTrue();
    }

    @Test
    void infinitiesAreOutsideTheirBoundsAndNaNOutsideEveryBoundOnce() {
        FacetSet ratio = FacetSet.builder().textKind(TextKind.DOUBLE).minInclusive("0").maxInclusive("1").build();
        assertThat(check("1", ratio).isValid()).isTrue();
        assertThat(check("-0", ratio).isValid()).isTrue();
        assertThat(facetsOf(check("1.5", ratio))).isEqualTo("maxInclusive");
        assertThat(facetsOf(check("INF", ratio))).isEqualTo("maxInclusive");
        assertThat(facetsOf(check("-INF", ratio))).isEqualTo("minInclusive");
        // the schema reports the first bound it checks: the maximum
        assertThat(check("NaN", ratio).violations()).extracting(Violation::facet, Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("maxInclusive",
                        "NaN is not a number, so it is outside the bound 1"));
        assertThat(facetsOf(check(Double.NaN, ratio))).isEqualTo("maxInclusive");
        assertThat(facetsOf(check(Float.NEGATIVE_INFINITY, ratio))).isEqualTo("minInclusive");
        assertThat(facetsOf(check(Double.NaN, FacetSet.builder().minExclusive("0").build()))).isEqualTo("minExclusive");
    }

    @Test
    void digitCountsAgreeWithBigDecimalArithmetic() {
        java.util.Random random = new java.util.Random(20261122);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal number = new BigDecimal(new java.math.BigInteger(random.nextInt(80), random)
                    .multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1)), random.nextInt(40) - 20);
            BigDecimal stripped = number.stripTrailingZeros();
            // XML Schema 1.0 (4.3.11): i * 10^-n needs max(digits of i, n) digits
            int total = stripped.signum() == 0 ? 1 : Math.max(
                    (stripped.scale() < 0 ? stripped.setScale(0) : stripped).precision(), stripped.scale());
            assertThat(FacetSet.totalDigits(number)).as(number.toString()).isEqualTo(total);
            assertThat(FacetSet.fractionDigits(number)).as(number.toString()).isEqualTo(Math.max(0, stripped.scale()));
        }
    }

    @Test
    void lengthFacetsCountCodePoints() {
        FacetSet facets = FacetSet.builder().minLength(2).maxLength(3).build();
        assertThat(check("\uD83D\uDE00\uD83D\uDE00", facets).isValid()).isTrue();
        assertThat(facetsOf(check("a", facets))).isEqualTo("minLength");
        assertThat(facetsOf(check("abcd", facets))).isEqualTo("maxLength");
        assertThat(facetsOf(check("ab", FacetSet.builder().length(3).build()))).isEqualTo("length");
    }

    @Test
    void lengthFacetsOfBinaryTextCountOctets() {
        FacetSet hex = FacetSet.builder().whiteSpace(WhiteSpace.COLLAPSE).textKind(TextKind.HEX_BINARY).length(2).build();
        assertThat(check(" 0aFF ", hex).isValid()).isTrue();
        assertThat(check("0a", hex).violations()).extracting(Violation::facet, Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("length", "length is 1 octets, must be 2"));
        assertThat(check("0aF", hex).violations()).extracting(Violation::facet, Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("datatype",
                        "'0aF' is not xs:hexBinary (two hex digits per octet)"));
        FacetSet base64 = FacetSet.builder().whiteSpace(WhiteSpace.COLLAPSE).textKind(TextKind.BASE64_BINARY)
                .minLength(2).maxLength(3).build();
        assertThat(check("AA AA", base64).isValid()).isTrue();
        assertThat(check("AAA=", base64).isValid()).isTrue();
        assertThat(facetsOf(check("AA==", base64))).isEqualTo("minLength");
        assertThat(facetsOf(check("AAAAAA==", base64))).isEqualTo("maxLength");
        assertThat(facetsOf(check("AB==", base64))).isEqualTo("datatype");
    }

    @Test
    void lengthFacetsOfListTextCountItems() {
        FacetSet tokens = FacetSet.builder().whiteSpace(WhiteSpace.COLLAPSE).textKind(TextKind.LIST).maxLength(2)
                .build();
        assertThat(check("abcdef", tokens).isValid()).isTrue();
        assertThat(check(" a \n b ", tokens).isValid()).isTrue();
        assertThat(check("a b c", tokens).violations()).extracting(Violation::facet, Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("maxLength", "has 3 items, must have at most 2"));
    }

    @Test
    void numericTextIsComparedAsTheNumberItStandsFor() {
        FacetSet grade = FacetSet.builder().whiteSpace(WhiteSpace.COLLAPSE).textKind(TextKind.INTEGER)
                .enumeration("1", "2", "3").maxInclusive("2").totalDigits(1).build();
        assertThat(check(" 2 ", grade).isValid()).isTrue();
        assertThat(check("02", grade).isValid()).isTrue();
        assertThat(facetsOf(check("3", grade))).isEqualTo("maxInclusive");
        assertThat(facetsOf(check("two", grade))).isEqualTo("datatype");
        assertThat(check("1.0", FacetSet.builder().textKind(TextKind.DECIMAL).fixed("1").build()).isValid()).isTrue();
        assertThat(check("3", FacetSet.builder().maxInclusive("2").build()).isValid())
                .as("text that is not declared a number has no bounds").isTrue();
        assertThatThrownBy(() -> FacetSet.builder().textKind(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAbsentListIsNotCheckedAndAnEmptyOneIs() {
        Validation absent = new Validation();
        absent.checkList("sizes", null, FacetSet.builder().length(2).minLength(1).build());
        absent.checkEach("sizes", null, FacetSet.builder().maxInclusive("1").build());
        absent.enumerationEach("states", null, raw -> null);
        assertThat(absent.result().isValid()).isTrue();

        Validation empty = new Validation();
        empty.checkList("sizes", Collections.emptyList(), FacetSet.builder().length(2).minLength(1).build());
        empty.checkList("picks", Collections.emptyList(), FacetSet.builder().enumeration("1").pattern("\\d").build());
        empty.checkList("any", Collections.emptyList(), FacetSet.builder().maxLength(2).enumeration("", "1").build());
        assertThat(empty.result().violations()).extracting(Violation::path, Violation::facet).containsExactly(
                tuple("sizes", "length"), tuple("sizes", "minLength"), tuple("picks", "pattern"),
                tuple("picks", "enumeration"));
    }

    @Test
    void aListWithAnItemReportedIsNotComparedAsAWhole() {
        FacetSet items = FacetSet.builder().maxInclusive("9").build();
        FacetSet lists = FacetSet.builder().enumeration("1 2", "3").build();
        Validation v = new Validation();
        v.checkEach("picks", Arrays.asList(1, 12), items);
        v.checkList("picks", Arrays.asList(1, 12), lists);
        v.checkEach("other", Arrays.asList(1, 2, 3), items);
        v.checkList("other", Arrays.asList(1, 2, 3), lists);
        v.checkList("pick", Arrays.asList(4), lists);
        assertThat(v.result().violations()).extracting(Violation::path, Violation::facet).containsExactly(
                tuple("picks[1]", "maxInclusive"), tuple("other", "enumeration"), tuple("pick", "enumeration"));
    }

    /**
     * A date in year 0 has no text, so a list holding one cannot be written, and is no value of its
     * list type: its facets are not checked (the list's length neither), and the item is reported,
     * not thrown, also when the item type has no facets of its own to report it first.
     */
    @Test
    void aListItemWithNoTextIsReportedAsItsDatatypeAndTheListIsNotCompared() {
        List<LocalDate> days = Arrays.asList(LocalDate.of(2020, 1, 1), LocalDate.of(0, 1, 1), LocalDate.of(0, 2, 1));
        for (FacetSet lists : new FacetSet[] {FacetSet.builder().pattern("\\S+ \\S+").build(),
            FacetSet.builder().enumeration("2020-01-01").build(), FacetSet.builder().maxLength(2).build()}) {
            Validation v = new Validation();
            v.checkList("days", days, lists);
            assertThat(v.result().violations()).extracting(Violation::path, Violation::facet)
                    .containsExactly(tuple("days[1]", "datatype"), tuple("days[2]", "datatype"));
            assertThat(v.result().violations().get(0).message()).contains("no year 0000").contains("use year 1 or -1");
        }
    }

    private static ValidationResult checkList(List<?> items, FacetSet facets) {
        Validation v = new Validation();
        v.checkList("p", items, facets);
        return v.result();
    }

    @Test
    void aFixedValueOfAListIsAListComparedItemByItem() {
        FacetSet pair = FacetSet.builder().fixed(" 1\t2 ").build();
        assertThat(checkList(Arrays.asList(1, 2), pair).isValid()).isTrue();
        assertThat(checkList(Arrays.asList(2, 1), pair).violations()).extracting(Violation::facet, Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fixed", "'2 1' is not the fixed value '1 2'"));
        assertThat(facetsOf(checkList(Arrays.asList(1, 2, 3), pair))).isEqualTo("fixed");
        FacetSet grades = FacetSet.builder().itemTextKind(TextKind.INTEGER).fixed("1 3").build();
        assertThat(checkList(Arrays.asList("01", "+3"), grades).isValid()).as("raw items of xs:int, as numbers").isTrue();
        assertThat(facetsOf(checkList(Arrays.asList("01", "+3"), FacetSet.builder().fixed("1 3").build())))
                .as("text items compare as text").isEqualTo("fixed");
    }

    @Test
    void aPatternOfAListMatchesTheItemsJoinedBySpaces() {
        FacetSet pair = FacetSet.builder().pattern("\\d \\d").build();
        assertThat(checkList(Arrays.asList(3, 4), pair).isValid()).isTrue();
        assertThat(checkList(Arrays.asList(3, 4, 5), pair).violations()).extracting(Violation::path, Violation::facet,
                Violation::message).containsExactly(org.assertj.core.groups.Tuple.tuple("p", "pattern",
                "'3 4 5' does not match pattern \\d \\d"));
        assertThat(facetsOf(checkList(Arrays.asList(34), pair))).isEqualTo("pattern");
        assertThat(checkList(Arrays.asList("ab", "cd"), FacetSet.builder().pattern("[a-z]+ [a-z]+").build())
                .isValid()).isTrue();
    }

    @Test
    void anEnumerationOfAListHasListsOfValues() {
        FacetSet picks = FacetSet.builder().enumeration("1 2", " 3 ").build();
        assertThat(checkList(Arrays.asList(1, 2), picks).isValid()).isTrue();
        assertThat(checkList(Arrays.asList(3), picks).isValid()).isTrue();
        assertThat(checkList(Arrays.asList(2, 1), picks).violations()).extracting(Violation::path, Violation::facet,
                Violation::message).containsExactly(org.assertj.core.groups.Tuple.tuple("p", "enumeration",
                "'2 1' is not one of [1 2, 3]"));
        assertThat(facetsOf(checkList(Arrays.asList(1), picks))).isEqualTo("enumeration");
        assertThat(facetsOf(checkList(Arrays.asList(1, 2, 3), picks))).isEqualTo("enumeration");
        // each item is compared by value, as the schema compares list values
        FacetSet decimals = FacetSet.builder().enumeration("1.0 2").build();
        assertThat(checkList(Arrays.asList(new BigDecimal("1"), new BigDecimal("2.00")), decimals).isValid()).isTrue();
        FacetSet booleans = FacetSet.builder().enumeration("true  0").build();
        assertThat(checkList(Arrays.asList(true, false), booleans).isValid()).isTrue();
        assertThat(facetsOf(checkList(Arrays.asList(true, true), booleans))).isEqualTo("enumeration");
        assertThat(checkList(Arrays.asList("ab", "cd"), FacetSet.builder().enumeration("ab\ncd").build()).isValid())
                .isTrue();
    }

    @Test
    void aListOfOtherTypesIsPrintedByItsPrinter() {
        Validation v = new Validation();
        FacetSet facets = FacetSet.builder().pattern("#\\d( #\\d)*").enumeration("#1 #2").maxLength(2).build();
        v.checkList("ok", Arrays.asList(1, 2), n -> "#" + n, facets);
        v.checkList("bad", Arrays.asList(2, 1, 0), n -> "#" + n, facets);
        assertThat(v.result().violations()).extracting(Violation::path, Violation::facet).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bad", "maxLength"),
                org.assertj.core.groups.Tuple.tuple("bad", "enumeration"));
    }

    @Test
    void patternsAreAnchoredAndAllMustMatch() {
        FacetSet facets = FacetSet.builder().pattern("[a-z]+").pattern(".{2}").build();
        assertThat(check("ab", facets).isValid()).isTrue();
        assertThat(check("abc", facets).violations()).extracting(Violation::message)
                .containsExactly("'abc' does not match pattern .{2}");
        assertThat(facetsOf(check("1b", facets))).isEqualTo("pattern");
    }

    @Test
    void numericBoundsAndDigits() {
        FacetSet facets = FacetSet.builder().minInclusive("1").maxInclusive("10").build();
        assertThat(check(1, facets).isValid()).isTrue();
        assertThat(check(10L, facets).isValid()).isTrue();
        assertThat(facetsOf(check(0, facets))).isEqualTo("minInclusive");
        assertThat(facetsOf(check(new BigDecimal("10.01"), facets))).isEqualTo("maxInclusive");
        FacetSet exclusive = FacetSet.builder().minExclusive("0").maxExclusive("1").build();
        assertThat(facetsOf(check(0.0, exclusive))).isEqualTo("minExclusive");
        assertThat(facetsOf(check(1.0f, exclusive))).isEqualTo("maxExclusive");
        assertThat(check(0.5, exclusive).isValid()).isTrue();
        assertThat(facetsOf(check(Double.NaN, exclusive))).as("NaN is outside every bound").isEqualTo("maxExclusive");
        FacetSet digits = FacetSet.builder().totalDigits(3).build();
        assertThat(check(new BigDecimal("12.3"), digits).isValid()).isTrue();
        assertThat(check(new BigDecimal("100"), digits).isValid()).isTrue();
        assertThat(check(new BigDecimal("1.000"), digits).isValid()).isTrue();
        assertThat(facetsOf(check(new BigDecimal("1234"), digits))).isEqualTo("totalDigits");
        // XML Schema 1.0 (4.3.11) limits the fraction's digits too: 0.0001 is 1 * 10^-4, and 4 > 3
        assertThat(facetsOf(check(new BigDecimal("0.0001"), digits))).isEqualTo("totalDigits");
        assertThat(check(new BigDecimal("0.001"), digits).isValid()).isTrue();
        assertThat(check(new BigDecimal("0.050"), FacetSet.builder().totalDigits(2).build()).isValid()).isTrue();
        assertThat(FacetSet.totalDigits(new BigDecimal("0.0000001"))).isEqualTo(7);
        assertThat(FacetSet.totalDigits(new BigDecimal("-12.50"))).isEqualTo(3);
        assertThat(FacetSet.totalDigits(new BigDecimal("0.00"))).isEqualTo(1);
        assertThat(FacetSet.totalDigits(new BigDecimal("1E+5"))).isEqualTo(6);
    }

    @Test
    void fractionDigitsCountDigitsAfterThePointWithoutTrailingZeros() {
        FacetSet cents = FacetSet.builder().fractionDigits(2).build();
        assertThat(check(new BigDecimal("12.34"), cents).isValid()).isTrue();
        assertThat(check(new BigDecimal("12.3400"), cents).isValid()).isTrue();
        assertThat(check(new BigDecimal("1E+3"), cents).isValid()).isTrue();
        assertThat(check(7, cents).isValid()).isTrue();
        assertThat(check(new BigDecimal("0.125"), cents).violations()).extracting(Violation::message)
                .containsExactly("0.125 has 3 fraction digits, at most 2 allowed");
        assertThat(facetsOf(check(0.125, cents))).as("digits are facets of decimals; a double has none").isEmpty();
        assertThat(facetsOf(check(new BigDecimal("1.5"), FacetSet.builder().fractionDigits(0).build())))
                .isEqualTo("fractionDigits");
    }

    @Test
    void aTokenIsCheckedAfterItsWhitespaceCollapses() {
        FacetSet token = FacetSet.builder().whiteSpace(WhiteSpace.COLLAPSE).pattern("[A-Z]+( [A-Z]+)*").maxLength(5)
                .enumeration(" AB  CD ", "EF").build();
        assertThat(check("  AB \n CD\t", token).isValid()).isTrue();
        assertThat(check(" EF ", token).isValid()).isTrue();
        assertThat(facetsOf(check("ab cdef", token))).isEqualTo("maxLength pattern enumeration");
        FacetSet string = FacetSet.builder().pattern("[A-Z]+").build();
        assertThat(facetsOf(check(" AB", string))).isEqualTo("pattern");
        FacetSet normalized = FacetSet.builder().whiteSpace(WhiteSpace.REPLACE).length(3).build();
        assertThat(check("a\tb", normalized).isValid()).isTrue();
        assertThat(facetsOf(check(" a\tb", normalized))).isEqualTo("length");
        assertThatThrownBy(() -> FacetSet.builder().whiteSpace(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WhiteSpace.PRESERVE");
    }

    @Test
    void aFixedValueMustBeMetByValue() {
        FacetSet version = FacetSet.builder().fixed("2.0").build();
        assertThat(check(new BigDecimal("2"), version).isValid()).isTrue();
        assertThat(check("2.0", version).isValid()).isTrue();
        assertThat(check(new BigDecimal("2.1"), version).violations()).extracting(Violation::message)
                .containsExactly("'2.1' is not the fixed value '2.0'");
        FacetSet kind = FacetSet.builder().whiteSpace(WhiteSpace.COLLAPSE).fixed(" ocr ").build();
        assertThat(check("ocr\n", kind).isValid()).isTrue();
        assertThat(facetsOf(check("OCR", kind))).isEqualTo("fixed");
        assertThat(check(null, kind).isValid()).isTrue();
    }

    @Test
    void fixedAndEnumerationCompareBooleansDatesAndTimesByValue() {
        FacetSet on = FacetSet.builder().fixed(" 1 ").build();
        assertThat(check(Boolean.TRUE, on).isValid()).isTrue();
        assertThat(facetsOf(check(Boolean.FALSE, on))).isEqualTo("fixed");
        assertThat(check(Boolean.FALSE, FacetSet.builder().enumeration("0").build()).isValid()).isTrue();
        FacetSet instant = FacetSet.builder().fixed("2020-01-01T00:00:00Z").build();
        assertThat(check(OffsetDateTime.parse("2020-01-01T08:00:00+08:00"), instant).isValid()).isTrue();
        assertThat(facetsOf(check(OffsetDateTime.parse("2020-01-01T00:00:00+08:00"), instant))).isEqualTo("fixed");
        assertThat(check(OffsetTime.parse("09:00:00+01:00"), FacetSet.builder().fixed("08:00:00Z").build()).isValid())
                .isTrue();
        assertThat(check(LocalDate.of(2020, 1, 1), FacetSet.builder().fixed("2020-01-01").build()).isValid()).isTrue();
        assertThat(facetsOf(check(LocalDate.of(2020, 1, 2), FacetSet.builder().fixed("not a date").build())))
                .isEqualTo("fixed");
    }

    @Test
    void enumerationComparesNumbersByValue() {
        FacetSet numbers = FacetSet.builder().enumeration("1", "2.0").build();
        assertThat(check(2, numbers).isValid()).isTrue();
        assertThat(facetsOf(check(3, numbers))).isEqualTo("enumeration");
        FacetSet words = FacetSet.builder().enumeration("a", "b").build();
        assertThat(check("b", words).isValid()).isTrue();
        assertThat(check("c", words).violations().get(0).toString()).isEqualTo("p: 'c' is not one of [a, b] (enumeration)");
    }

    @Test
    void collectorChecksRequiredOccursEnumsChoicesAndLists() {
        Validation v = new Validation();
        v.required("a", null);
        v.required("b", "x");
        v.occurs("c", Collections.emptyList(), 1, -1);
        v.occurs("d", Arrays.asList(1, 2, 3), 0, 2);
        v.enumeration("e", "Unknown", raw -> null);
        v.enumeration("f", "Known", raw -> "K");
        v.enumerationEach("g", Arrays.asList("x", "y"), raw -> "x".equals(raw) ? raw : null);
        v.choice("", true, "h, i", null, Collections.emptyList());
        v.choice("", false, "j, k", "1", "2");
        v.checkEach("l", Arrays.asList("ok", "toolong"), FacetSet.builder().maxLength(3).build());
        v.checkList("m", Arrays.asList("a", "bb"), FacetSet.builder().maxLength(1).build());
        assertThat(v.result().violations()).extracting(Violation::path, Violation::facet).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", "required"),
                org.assertj.core.groups.Tuple.tuple("c", "minOccurs"),
                org.assertj.core.groups.Tuple.tuple("d", "maxOccurs"),
                org.assertj.core.groups.Tuple.tuple("e", "enumeration"),
                org.assertj.core.groups.Tuple.tuple("g[1]", "enumeration"),
                org.assertj.core.groups.Tuple.tuple("", "choice"),
                org.assertj.core.groups.Tuple.tuple("", "choice"),
                org.assertj.core.groups.Tuple.tuple("l[1]", "maxLength"),
                org.assertj.core.groups.Tuple.tuple("m", "maxLength"));
        assertThat(v.result().toString()).startsWith("9 violations:").contains("(object): one of h, i is required");
    }

    @Test
    void pathsAndEmptyResult() {
        assertThat(Validation.path("", "a")).isEqualTo("a");
        assertThat(Validation.path("a", "b", 2)).isEqualTo("a.b[2]");
        ValidationResult valid = new Validation().result();
        assertThat(valid.isValid()).isTrue();
        assertThat(valid.toString()).isEqualTo("valid");
        assertThat(valid).isEqualTo(ValidationResult.of(Collections.<Violation>emptyList()));
    }

    @Test
    void aDateOrTimeWithNoXmlSchemaTextIsReportedWhereItIs() {
        Validation v = new Validation();
        v.writable("a", OffsetDateTime.of(2024, 1, 31, 12, 0, 0, 0, ZoneOffset.ofHours(8)));
        v.writable("b", null);
        v.writable("c", LocalDate.of(0, 6, 1));
        v.writable("d", OffsetTime.of(12, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(1, 0, 30)));
        v.writableEach("e", Arrays.asList(LocalDate.of(1, 1, 1), null,
                OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-15))));
        v.writableEach("f", null);

        assertThat(v.result().violations()).extracting(Violation::path, Violation::facet).containsExactly(
                tuple("c", "datatype"), tuple("d", "datatype"), tuple("e[2]", "datatype"));
        assertThat(v.result().violations().get(0).message()).contains("no year 0000").contains("use year 1 or -1");
        assertThat(v.result().violations().get(1).message()).contains("+01:00:30").contains("has seconds");
        assertThat(v.result().violations().get(2).message()).contains("-15:00").contains("more than 14:00 from UTC");
    }

    @Test
    void textXmlCannotHoldIsReportedWhereItIs() {
        Validation v = new Validation();
        v.writable("ok", "tab\tline\ncr\r \uD83D\uDE00");
        v.writable("nul", "Na\u0000me");
        v.writableEach("items", Arrays.asList("a", null, "\uD800"));
        v.writable("printed", 5, n -> "\uFFFE" + n);
        v.writable("printedAsNothing", 5, n -> null);
        v.checkList("listOfNothing", Arrays.asList("a", null), FacetSet.builder().maxLength(5).build());
        FacetSet facets = FacetSet.builder().pattern("[a-z]+").maxLength(2).build();
        v.check("faceted", "a\u0001", facets);
        v.checkEach("facetedItems", Arrays.asList("ab", "\uFFFF"), facets);
        v.checkList("list", Arrays.asList("a", "b\u0002"), FacetSet.builder().maxLength(5).build());
        v.check("printedFaceted", 7, n -> n + "\u0003", facets);

        assertThat(v.result().violations()).extracting(Violation::path, Violation::facet, Violation::message)
                .as("each once, as datatype, and no facet on such a value").containsExactly(
                        tuple("nul", "datatype", "character U+0000 at index 2 cannot be written in XML 1.0; remove it"
                                + " or encode the value"),
                        tuple("items[2]", "datatype", "character U+D800 at index 0 cannot be written in XML 1.0; remove"
                                + " it or encode the value"),
                        tuple("printed", "datatype", "character U+FFFE at index 0 cannot be written in XML 1.0; remove"
                                + " it or encode the value"),
                        tuple("faceted", "datatype", "character U+0001 at index 1 cannot be written in XML 1.0; remove"
                                + " it or encode the value"),
                        tuple("facetedItems[1]", "datatype", "character U+FFFF at index 0 cannot be written in XML 1.0;"
                                + " remove it or encode the value"),
                        tuple("list[1]", "datatype", "character U+0002 at index 1 cannot be written in XML 1.0; remove"
                                + " it or encode the value"),
                        tuple("printedFaceted", "datatype", "character U+0003 at index 1 cannot be written in XML 1.0;"
                                + " remove it or encode the value"));
    }

    @Test
    void wildcardContentAndOtherAttributesXmlCannotHoldAreReportedWithWhereInside() {
        XmlChildren children = XmlChildren.builder().wildcardChild(0, XmlWildcard.any(), 0, 1).build();
        XmlElement element = XmlElement.builder("urn:x", "Extra")
                .attribute("", "id", "1\u0000")
                .child(XmlElement.builder("", "Item").text("fine").build())
                .child(XmlElement.builder("", "Item").attribute("urn:y", "code", "\uDC00").text("x\u0007").build())
                .text("\uFFFF")
                .build();
        Validation v = new Validation();
        v.wildcard("any", element, children, 0);
        v.wildcard("none", null, children, 0);
        java.util.Map<javax.xml.namespace.QName, String> attributes = new java.util.LinkedHashMap<>();
        attributes.put(new javax.xml.namespace.QName("urn:z", "a"), "ok");
        attributes.put(new javax.xml.namespace.QName("urn:z", "b"), "\u0008");
        v.otherAttributes("otherAttributes", attributes, XmlAttributeWildcard.of(XmlWildcard.any()));

        assertThat(v.result().violations()).extracting(Violation::path, Violation::facet, Violation::message)
                .containsExactly(
                        tuple("any", "datatype", "in {urn:x}Extra/@id: character U+0000 at index 1 cannot be written in"
                                + " XML 1.0; remove it or encode the value"),
                        tuple("any", "datatype", "in {urn:x}Extra/Item[2]/@{urn:y}code: character U+DC00 at index 0"
                                + " cannot be written in XML 1.0; remove it or encode the value"),
                        tuple("any", "datatype", "in {urn:x}Extra/Item[2]/text(): character U+0007 at index 1 cannot"
                                + " be written in XML 1.0; remove it or encode the value"),
                        tuple("any", "datatype", "in {urn:x}Extra/text(): character U+FFFF at index 0 cannot be"
                                + " written in XML 1.0; remove it or encode the value"),
                        tuple("otherAttributes[{urn:z}b]", "datatype", "character U+0008 at index 0 cannot be written"
                                + " in XML 1.0; remove it or encode the value"));
    }

    @Test
    void invalidPatternFailsWhenBuilt() {
        assertThatThrownBy(() -> FacetSet.builder().pattern("[a-").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid xs:pattern '[a-'");
    }
}
