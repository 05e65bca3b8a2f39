package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link XmlValues#decimalEquals} and the other helpers with which generated {@code equals} and
 * {@code hashCode} compare {@code xs:decimal} values: by value, whatever the scale.
 */
class XmlValuesDecimalEqualityTest {

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void decimalsAreEqualByValueWhateverTheirScale() {
        assertThat(XmlValues.decimalEquals(d("1.0"), d("1.00"))).isTrue();
        assertThat(XmlValues.decimalEquals(d("1E+3"), d("1000"))).isTrue();
        assertThat(XmlValues.decimalEquals(d("1E+3"), XmlValues.parseDecimal(XmlValues.print(d("1E+3"))))).isTrue();
        assertThat(XmlValues.decimalEquals(d("0"), d("-0.000"))).isTrue();
        assertThat(XmlValues.decimalEquals(d("0E+5"), BigDecimal.ZERO)).isTrue();
        assertThat(XmlValues.decimalEquals(d("1.0"), d("1.1"))).isFalse();
        assertThat(XmlValues.decimalEquals(d("1"), d("-1"))).isFalse();
        assertThat(XmlValues.decimalEquals(d("0"), d("1E-30"))).isFalse();
    }

    @Test
    void nullEqualsOnlyNull() {
        assertThat(XmlValues.decimalEquals(null, null)).isTrue();
        assertThat(XmlValues.decimalEquals(null, BigDecimal.ZERO)).isFalse();
        assertThat(XmlValues.decimalEquals(BigDecimal.ZERO, null)).isFalse();
        assertThat(XmlValues.decimalHashCode(null)).isZero();
    }

    @Test
    void equalDecimalsHaveOneHashCodeAndEveryZeroIsZero() {
        assertThat(XmlValues.decimalHashCode(d("1.0"))).isEqualTo(XmlValues.decimalHashCode(d("1.00")))
                .isEqualTo(XmlValues.decimalHashCode(BigDecimal.ONE));
        assertThat(XmlValues.decimalHashCode(d("1E+3"))).isEqualTo(XmlValues.decimalHashCode(d("1000.000")));
        assertThat(XmlValues.decimalHashCode(d("-12.3400"))).isEqualTo(XmlValues.decimalHashCode(d("-12.34")));
        for (String zero : List.of("0", "0.0", "-0.000", "0E+7", "0E-7")) {
            assertThat(XmlValues.decimalHashCode(d(zero))).as(zero).isZero();
        }
    }

    @Test
    void listsAreEqualItemByItemByValueWithNullItems() {
        List<BigDecimal> read = Arrays.asList(d("1.0"), null, d("1E+3"));
        List<BigDecimal> built = new LinkedList<>(Arrays.asList(d("1.00"), null, d("1000")));

        assertThat(XmlValues.decimalListEquals(read, built)).isTrue();
        assertThat(XmlValues.decimalListHashCode(read)).isEqualTo(XmlValues.decimalListHashCode(built));
        assertThat(XmlValues.decimalListEquals(read, Arrays.asList(d("1.0"), BigDecimal.ZERO, d("1E+3")))).isFalse();
        assertThat(XmlValues.decimalListEquals(read, Arrays.asList(d("1.0"), null, d("1E+4")))).isFalse();
        assertThat(XmlValues.decimalListEquals(read, Arrays.asList(d("1.0"), null))).isFalse();
        assertThat(XmlValues.decimalListEquals(Arrays.asList(d("1.0"), null), read)).isFalse();
    }

    @Test
    void aNullListIsAbsentAndNoEmptyList() {
        List<BigDecimal> empty = Collections.emptyList();

        assertThat(XmlValues.decimalListEquals(null, null)).isTrue();
        assertThat(XmlValues.decimalListEquals(null, empty)).isFalse();
        assertThat(XmlValues.decimalListEquals(empty, null)).isFalse();
        assertThat(XmlValues.decimalListEquals(empty, new ArrayList<>())).isTrue();
        assertThat(XmlValues.decimalListHashCode(null)).isZero();
        assertThat(XmlValues.decimalListHashCode(empty)).isEqualTo(empty.hashCode()).isEqualTo(1);
    }

    @Test
    void aListHashesAsListHashCodeDoesOfTheItemsHashCodes() {
        List<BigDecimal> items = Arrays.asList(d("2.50"), null, d("-7"));

        assertThat(XmlValues.decimalListHashCode(items)).isEqualTo(Arrays.asList(
                XmlValues.decimalHashCode(d("2.5")), 0, XmlValues.decimalHashCode(d("-7"))).hashCode());
    }

    @Property(tries = 1000, seed = "20261126")
    void decimalsEqualByValueAreEqualWithOneHashCode(@ForAll("decimals") BigDecimal value,
            @ForAll @IntRange(min = 0, max = 12) int zeros) {
        BigDecimal moreZeros = value.setScale(value.scale() + zeros);
        BigDecimal noZeros = value.stripTrailingZeros();

        assertThat(XmlValues.decimalEquals(value, moreZeros)).isTrue();
        assertThat(XmlValues.decimalEquals(noZeros, value)).isTrue();
        assertThat(XmlValues.decimalHashCode(moreZeros)).isEqualTo(XmlValues.decimalHashCode(value))
                .isEqualTo(XmlValues.decimalHashCode(noZeros));
        assertThat(XmlValues.decimalListEquals(Arrays.asList(value, null), Arrays.asList(moreZeros, null))).isTrue();
        assertThat(XmlValues.decimalListHashCode(Arrays.asList(value, null)))
                .isEqualTo(XmlValues.decimalListHashCode(Arrays.asList(noZeros, null)));
    }

    @Property(tries = 1000, seed = "20261126")
    void decimalEqualsIsCompareTo(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
        assertThat(XmlValues.decimalEquals(a, b)).isEqualTo(a.compareTo(b) == 0)
                .isEqualTo(XmlValues.decimalEquals(b, a));
    }

    /**
     * A value of 400,001 digits, which reading takes (maxTextLength is a million chars), is hashed in
     * time linear in its length: stripping its zeros one at a time took minutes.
     */
    @Test
    void aLongValueIsHashedWithoutStrippingItsZerosOneByOne() {
        BigDecimal huge = new BigDecimal(BigInteger.TEN.pow(400_000));
        BigDecimal sameValue = huge.setScale(5);

        int hash = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> XmlValues.decimalHashCode(huge));
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> XmlValues.decimalHashCode(sameValue)))
                .isEqualTo(hash);
        BigDecimal longFraction = new BigDecimal(BigInteger.ONE, 400_000).add(BigDecimal.ONE);
        assertThat(XmlValues.decimalHashCode(longFraction.setScale(400_010)))
                .isEqualTo(XmlValues.decimalHashCode(longFraction));
    }

    /** Decimals of up to 20 digits at scales from -10 (an exponent: {@code 1E+10}) to 12, zeros among them. */
    @Provide
    Arbitrary<BigDecimal> decimals() {
        BigInteger limit = BigInteger.TEN.pow(20);
        return Combinators.combine(Arbitraries.bigIntegers().between(limit.negate(), limit),
                Arbitraries.integers().between(-10, 12)).as(BigDecimal::new);
    }
}
