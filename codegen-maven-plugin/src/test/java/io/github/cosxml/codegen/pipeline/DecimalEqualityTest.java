package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.codegen.testing.SchemaUnderTest;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated {@code equals} and {@code hashCode} compare {@code xs:decimal} values by value, as XML Schema
 * does, in every shape a decimal takes ({@link DecimalOrders}). {@code BigDecimal.equals} tells
 * {@code 1.0} from {@code 1.00}, and a value built as {@code 1E+3} from the {@code 1000} that
 * {@code toXml()} writes for it, so two spellings of one document read unequal and such a value did not
 * read back equal.
 */
class DecimalEqualityTest {
    @AutoClose
    private static SchemaUnderTest schema;
    private static GeneratedCode classes;

    @BeforeAll
    static void generate() throws Exception {
        schema = DecimalOrders.generate();
        classes = schema.classes();
    }

    @Test
    void aValueBuiltWithAnExponentIsWrittenPlainAndReadsBackEqual() throws Exception {
        Object built = DecimalOrders.everyShape(classes, new BigDecimal("1E+3"));

        String xml = (String) GeneratedCode.invoke(built, "toXml");
        Object read = DecimalOrders.readBack(classes, built);

        assertThat(xml).contains("rate=\"1000\"", "steps=\"1000\"", "<Total>1000</Total>",
                "<Amount currency=\"EUR\">1000</Amount>", "<Sizes>1000 7</Sizes>");
        assertThat(schema.schemaAccepts(xml)).as("the schema's verdict on %s", xml).isTrue();
        assertThat(GeneratedCode.invoke(read, "getTotal")).as("read back at another scale")
                .isNotEqualTo(new BigDecimal("1E+3"));
        assertThat(read).isEqualTo(built).hasSameHashCodeAs(built);
        assertThat(built).isEqualTo(read);
        assertThat(GeneratedCode.invoke(read, "getAmount")).isEqualTo(GeneratedCode.invoke(built, "getAmount"))
                .hasSameHashCodeAs(GeneratedCode.invoke(built, "getAmount"));
    }

    /** One decimal of {@code Order} in a shape: its attributes and children with {@code %s} for the value. */
    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("element", "", "<Total>%s</Total>"),
                Arguments.of("nillable element", "", "<Tax>%s</Tax>"),
                Arguments.of("restriction with facets", "", "<Price>%s</Price>"),
                Arguments.of("simple content", "", "<Amount currency=\"EUR\">%s</Amount>"),
                Arguments.of("repeated element", "", "<Line>7</Line><Line>%s</Line>"),
                Arguments.of("repeated nillable element", "", "<Refund xsi:nil=\"true\"/><Refund>%s</Refund>"),
                Arguments.of("xs:list element", "", "<Sizes>7 %s</Sizes>"),
                Arguments.of("attribute", " rate=\"%s\"", ""),
                Arguments.of("xs:list attribute of the restriction", " steps=\"%s 7\"", ""));
    }

    static Stream<Arguments> sameValues() {
        return cross(List.of(List.of("1.0", "1.00"), List.of("1000", "1000.000"), List.of("0", "-0.00"),
                List.of("+2.5", "2.50"), List.of(".1", "0.10"), List.of("12.", "12")));
    }

    static Stream<Arguments> otherValues() {
        return cross(List.of(List.of("1.0", "1.1"), List.of("1", "-1"), List.of("0.1", "0.01"),
                List.of("0", "0.0000000000000000000001")));
    }

    private static Stream<Arguments> cross(List<List<String>> pairs) {
        return shapes().flatMap(shape -> pairs.stream().map(pair -> {
            Object[] row = shape.get();
            return Arguments.of(row[0], row[1], row[2], pair.get(0), pair.get(1));
        }));
    }

    @ParameterizedTest(name = "{0}: {3} and {4}")
    @MethodSource("sameValues")
    void twoSpellingsOfOneValueReadEqualWithOneHashCode(String shape, String attributes, String children, String a,
            String b) {
        Object first = DecimalOrders.read(classes, attributes.formatted(a), children.formatted(a));
        Object second = DecimalOrders.read(classes, attributes.formatted(b), children.formatted(b));

        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0}: {3} and {4}")
    @MethodSource("otherValues")
    void twoValuesReadUnequal(String shape, String attributes, String children, String a, String b) {
        Object first = DecimalOrders.read(classes, attributes.formatted(a), children.formatted(a));
        Object second = DecimalOrders.read(classes, attributes.formatted(b), children.formatted(b));

        assertThat(first).isNotEqualTo(second);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void absenceNilAndEmptyListsAreNoDecimalsAndStayApartFromThem() {
        Object nothing = DecimalOrders.read(classes, "", "");

        assertThat(DecimalOrders.read(classes, "", "<Total>0</Total>")).isNotEqualTo(nothing);
        assertThat(DecimalOrders.read(classes, " rate=\"0.0\"", "")).isNotEqualTo(nothing);
        assertThat(DecimalOrders.read(classes, "", "<Tax xsi:nil=\"true\"/>")).isNotEqualTo(nothing)
                .isNotEqualTo(DecimalOrders.read(classes, "", "<Tax>0</Tax>"))
                .isEqualTo(DecimalOrders.read(classes, "", "<Tax xsi:nil=\"true\"/>"));
        assertThat(DecimalOrders.read(classes, "", "<Refund xsi:nil=\"true\"/>"))
                .isNotEqualTo(DecimalOrders.read(classes, "", "<Refund>0</Refund>"))
                .isNotEqualTo(nothing)
                .isEqualTo(DecimalOrders.read(classes, "", "<Refund xsi:nil=\"true\"/>"))
                .hasSameHashCodeAs(DecimalOrders.read(classes, "", "<Refund xsi:nil=\"true\"/>"));
        assertThat(DecimalOrders.read(classes, "", "<Sizes/>")).isNotEqualTo(nothing)
                .isEqualTo(DecimalOrders.read(classes, "", "<Sizes> </Sizes>"));
        assertThat(DecimalOrders.read(classes, " steps=\"\"", "")).isNotEqualTo(nothing);
        assertThat(DecimalOrders.read(classes, "", "<Line>1</Line>"))
                .isNotEqualTo(DecimalOrders.read(classes, "", "<Line>1</Line><Line>1.0</Line>"));
    }

    @Test
    void aBuiltNilItemEqualsARead() {
        Object built = GeneratedCode.build(GeneratedCode.set(GeneratedCode.set(classes.builder(DecimalOrders.ORDER),
                "addRefund", (Object) null), "addRefund", new BigDecimal("25E-1")));

        Object read = DecimalOrders.read(classes, "", "<Refund xsi:nil=\"true\"/><Refund>2.50</Refund>");

        assertThat(read).isEqualTo(built).hasSameHashCodeAs(built);
        assertThat(GeneratedCode.invoke(read, "getRefund")).isEqualTo(Arrays.asList(null, new BigDecimal("2.50")));
    }

    @Test
    void aJaxbJavaTypeKeepsItsOwnEquals() {
        Object one = DecimalOrders.read(classes, "", "<Exact>1.0</Exact>");

        assertThat(one).isEqualTo(DecimalOrders.read(classes, "", "<Exact>1.0</Exact>"))
                .isNotEqualTo(DecimalOrders.read(classes, "", "<Exact>1.00</Exact>"));
    }
}
