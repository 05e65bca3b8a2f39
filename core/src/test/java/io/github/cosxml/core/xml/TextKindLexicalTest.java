package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The lexical forms {@link TextKind} checks, against the JDK's XSD validator on the built-in type
 * itself. The names use characters whose class is the same in XML 1.0 fifth edition (which
 * {@code \i} and {@code \c} follow) and in the tables the JDK's validator uses.
 */
class TextKindLexicalTest {
    private static final Map<TextKind, String> TYPES = new EnumMap<>(Map.of(TextKind.NCNAME, "NCName",
            TextKind.NAME, "Name", TextKind.NMTOKEN, "NMTOKEN", TextKind.LANGUAGE, "language",
            TextKind.DURATION, "duration", TextKind.G_YEAR, "gYear", TextKind.G_YEAR_MONTH, "gYearMonth",
            TextKind.G_MONTH, "gMonth", TextKind.G_DAY, "gDay", TextKind.G_MONTH_DAY, "gMonthDay"));
    static {
        TYPES.put(TextKind.NMTOKENS, "NMTOKENS");
        TYPES.put(TextKind.INTEGER, "integer");
        TYPES.put(TextKind.DECIMAL, "decimal");
        TYPES.put(TextKind.FLOAT, "float");
        TYPES.put(TextKind.DOUBLE, "double");
        // the lexical form of xs:IDREFS: the JDK's validator would also look up each reference among the IDs
    }

    @Test
    void examples() {
        assertThat(TextKind.NCNAME.isValid("item-1")).isTrue();
        assertThat(TextKind.NCNAME.isValid("ns:item")).isFalse();
        assertThat(TextKind.NCNAME.isValid("1item")).isFalse();
        assertThat(TextKind.NAME.isValid("ns:item")).isTrue();
        assertThat(TextKind.QNAME.isValid("item")).isTrue();
        assertThat(TextKind.QNAME.isValid("ns:item")).isTrue();
        assertThat(TextKind.QNAME.isValid("ns:item:more")).isFalse();
        assertThat(TextKind.QNAME.isValid(":item")).isFalse();
        assertThat(TextKind.QNAME.isValid("ns:")).isFalse();
        assertThat(TextKind.QNAME.isValid("ns:1item")).isFalse();
        assertThat(TextKind.QNAME.isValid("")).isFalse();
        assertThat(TextKind.NMTOKEN.isValid("2024-a")).isTrue();
        assertThat(TextKind.NMTOKEN.isValid("a b")).isFalse();
        assertThat(TextKind.LANGUAGE.isValid("zh-CN")).isTrue();
        assertThat(TextKind.LANGUAGE.isValid("chinese-simplified")).isFalse();
        assertThat(TextKind.DURATION.isValid("P1Y2M3DT4H5M6.5S")).isTrue();
        assertThat(TextKind.DURATION.isValid("-PT30M")).isTrue();
        assertThat(TextKind.DURATION.isValid("P")).isFalse();
        assertThat(TextKind.DURATION.isValid("P1DT")).isFalse();
        assertThat(TextKind.DURATION.isValid("PT1H30")).isFalse();
        assertThat(TextKind.NMTOKENS.isValid(" a-1  2.b ".trim())).isTrue();
        assertThat(TextKind.NMTOKENS.isValid("a b,c")).isFalse();
        assertThat(TextKind.NCNAMES.isValid("a1 b-2")).isTrue();
        assertThat(TextKind.NCNAMES.isValid("a1 2b")).isFalse();
        assertThat(TextKind.NCNAMES.length("a1 b-2")).isEqualTo(2);
        assertThat(TextKind.G_MONTH_DAY.isValid("--02-29")).isTrue();
        assertThat(TextKind.G_MONTH_DAY.isValid("--04-31")).isFalse();
        assertThat(TextKind.G_YEAR.isValid("0000")).isFalse();
        assertThat(TextKind.G_YEAR_MONTH.isValid("2024-05+08:00")).isTrue();
        assertThat(TextKind.BASE64_BINARY.isValid("AAA")).isFalse();
        assertThat(TextKind.INTEGER.isValid("+02")).isTrue();
        assertThat(TextKind.INTEGER.isValid("2.0")).isFalse();
        assertThat(TextKind.DECIMAL.isValid("-.5")).isTrue();
        assertThat(TextKind.DECIMAL.isValid("2.")).isTrue();
        assertThat(TextKind.DECIMAL.isValid("2E0")).isFalse();
        assertThat(TextKind.FLOAT.isValid("-1.e+3")).isTrue();
        assertThat(TextKind.FLOAT.isValid("-INF")).isTrue();
        assertThat(TextKind.FLOAT.isValid("+INF")).isFalse();
        assertThat(TextKind.DOUBLE.isValid("1e")).isFalse();
        assertThat(TextKind.DURATION.isValid("PT.5S")).isTrue();
        assertThat(TextKind.DURATION.isValid("-PT1M.25S")).isTrue();
        assertThat(TextKind.DURATION.isValid("PT1.S")).isFalse();
        assertThat(TextKind.DURATION.isValid("P.5D")).isFalse();
        assertThat(TextKind.TEXT.isValid("anything at all")).isTrue();
    }

    @Test
    void anInvalidValueIsReportedOnceAsItsDatatype() {
        Validation validation = new Validation();
        FacetSet facets = FacetSet.builder().textKind(TextKind.NCNAME).maxLength(3).build();
        validation.check("id", "a:bcdef", facets);
        validation.check("other", "abc", facets);

        assertThat(validation.result().violations()).extracting(Violation::path, Violation::facet, Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("id", "datatype",
                        "'a:bcdef' is not xs:NCName (an XML name without ':', such as item-1)"));
    }

    @Property(tries = 600, seed = "20261122")
    void namesAgreeWithTheJdkSchemaValidator(@ForAll("nameKinds") TextKind kind, @ForAll("nameLike") String text) {
        assertAgrees(kind, text);
    }

    @Property(tries = 600, seed = "20261122")
    void qualifiedNamesAgreeWithTheJdkSchemaValidator(@ForAll("nameLike") String text) {
        assertAgrees(TextKind.QNAME, text);
    }

    @Property(tries = 600, seed = "20261122")
    void durationsAgreeWithTheJdkSchemaValidator(@ForAll("durationLike") String text) {
        assertAgrees(TextKind.DURATION, text);
    }

    @Property(tries = 600, seed = "20261122")
    void numbersAgreeWithTheJdkSchemaValidator(@ForAll("numberKinds") TextKind kind, @ForAll("numberLike") String text) {
        assertAgrees(kind, text);
    }

    @Provide
    Arbitrary<TextKind> numberKinds() {
        return Arbitraries.of(TextKind.INTEGER, TextKind.DECIMAL, TextKind.FLOAT, TextKind.DOUBLE);
    }

    /**
     * Short strings over the alphabet of numbers (signs, digits, points, exponents, spaces), some
     * with a piece of {@code INF} or {@code NaN}.
     */
    @Provide
    Arbitrary<String> numberLike() {
        Arbitrary<String> numeric = Arbitraries.strings().withChars("+-.0129eE ").ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> special = Arbitraries.of("INF", "NaN", "IN", "inf", "NAN", "");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, numeric),
                net.jqwik.api.Tuple.of(1, net.jqwik.api.Combinators.combine(Arbitraries.of("", "-", "+", " "), special,
                        Arbitraries.of("", "0", " ")).as((a, b, c) -> a + b + c)));
    }

    @Property(tries = 1000, seed = "20261122")
    void calendarPartsAgreeWithTheJdkSchemaValidator(@ForAll("calendarCases") net.jqwik.api.Tuple.Tuple2<TextKind, String> c) {
        assertAgrees(c.get1(), c.get2());
    }

    /**
     * A kind and a text, most of them in that kind's shape with a year, month or day near an edge (year 0000,
     * month 13, day 31 of April, February 29, a zone of +14:01), the others in another kind's shape.
     */
    @Provide
    Arbitrary<net.jqwik.api.Tuple.Tuple2<TextKind, String>> calendarCases() {
        Arbitrary<String> year = Arbitraries.of("0000", "0001", "2024", "-0044", "12345", "999", "02024");
        Arbitrary<String> month = Arbitraries.of("00", "01", "02", "04", "12", "13", "1");
        Arbitrary<String> day = Arbitraries.of("00", "01", "28", "29", "30", "31", "32", "1");
        Arbitrary<String> zone = Arbitraries.of("", "", "Z", "+08:00", "-14:00", "+14:01", "+13:59", "+8:00");
        Map<TextKind, Arbitrary<String>> shapes = new EnumMap<>(TextKind.class);
        shapes.put(TextKind.G_YEAR, year);
        shapes.put(TextKind.G_YEAR_MONTH, net.jqwik.api.Combinators.combine(year, month).as((y, m) -> y + "-" + m));
        shapes.put(TextKind.G_MONTH, Arbitraries.oneOf(month.map(m -> "--" + m), month.map(m -> "--" + m + "--")));
        shapes.put(TextKind.G_DAY, day.map(d -> "---" + d));
        shapes.put(TextKind.G_MONTH_DAY, net.jqwik.api.Combinators.combine(month, day).as((m, d) -> "--" + m + "-" + d));
        Arbitrary<String> anyShape = Arbitraries.oneOf(new java.util.ArrayList<>(shapes.values()));
        return Arbitraries.of(shapes.keySet()).flatMap(kind -> net.jqwik.api.Combinators.combine(
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, shapes.get(kind)), net.jqwik.api.Tuple.of(1, anyShape)),
                zone).as((text, z) -> net.jqwik.api.Tuple.of(kind, text + z)));
    }

    private static void assertAgrees(TextKind kind, String text) {
        boolean jdk = jdkAccepts(kind, text);
        Statistics.label("accepted").collect(jdk);
        String lexical = WhiteSpace.COLLAPSE.apply(text);
        // xs:NMTOKENS also has minLength 1, which generated code checks as a facet of its own
        boolean accepted = kind.isValid(lexical) && (kind != TextKind.NMTOKENS || kind.length(lexical) >= 1);
        assertThat(accepted).as("%s '%s'", kind, text).isEqualTo(jdk);
        Statistics.label("accepted").coverage(coverage -> {
            coverage.check(true).percentage(p -> p > 10);
            coverage.check(false).percentage(p -> p > 10);
        });
    }

    @Provide
    Arbitrary<TextKind> nameKinds() {
        return Arbitraries.of(TextKind.NCNAME, TextKind.NAME, TextKind.NMTOKEN, TextKind.LANGUAGE, TextKind.NMTOKENS,
                TextKind.NCNAMES);
    }

    /** Short strings of letters, digits and the characters names treat specially (no exotic classes). */
    @Provide
    Arbitrary<String> nameLike() {
        return Arbitraries.strings().withChars("abzAZ019-._: \u00E9\u00B7\u4E2D\u0301").ofMinLength(1).ofMaxLength(10);
    }

    /** Strings over the duration alphabet, half of them assembled from its parts. */
    @Provide
    Arbitrary<String> durationLike() {
        Arbitrary<String> random = Arbitraries.strings().withChars("PTYMDHS-.0123").ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> number = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(3);
        Arbitrary<String> part = net.jqwik.api.Combinators.combine(number, Arbitraries.of("Y", "M", "D", "H", "S",
                ".5S", "M", "S")).as(String::concat);
        Arbitrary<String> assembled = net.jqwik.api.Combinators.combine(Arbitraries.of("P", "-P", "PT", "P1DT"),
                part.list().ofMaxSize(3)).as((start, parts) -> start + String.join("", parts));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, random), net.jqwik.api.Tuple.of(3, assembled));
    }

    private static boolean jdkAccepts(TextKind kind, String text) {
        if (kind == TextKind.QNAME) {
            return jdkAcceptsQName(text);
        }
        String element = kind == TextKind.NCNAMES
                ? "<xs:element name='v'><xs:simpleType><xs:list itemType='xs:NCName'/></xs:simpleType></xs:element>"
                : "<xs:element name='v' type='xs:" + TYPES.get(kind) + "'/>";
        return JdkXsdOracle.accepts(JdkXsdOracle.schema(element), "v", text);
    }

    /**
     * The JDK's validator also resolves a QName's prefix, which {@link TextKind} cannot: the document
     * binds the prefix whenever it is a name that can be bound, so that only the form decides.
     */
    private static boolean jdkAcceptsQName(String text) {
        String lexical = WhiteSpace.COLLAPSE.apply(text);
        int colon = lexical.indexOf(':');
        String prefix = colon > 0 ? lexical.substring(0, colon) : null;
        String binding = prefix != null && JdkXsdOracle.acceptsAs("NCName", prefix) ? " xmlns:" + prefix + "='urn:p'" : "";
        return JdkXsdOracle.accepts(JdkXsdOracle.schema("<xs:element name='v' type='xs:QName'/>"), "v" + binding, "v",
                text);
    }
}
